import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h, replaceChildren } from '../dom/h';
import { INDICATORS, type IndicatorId } from '../model/ids';
import { INDICATOR_DOCS } from '../model/indicators';
import type { LabSummary } from './lab-batch';
import type { LabResults } from './lab-run';

// Okabe–Ito blue for A, vermillion for B; B is also dashed and hatched, so colour is never
// the only thing that tells them apart.
const BLUE = '#0072B2';
const VERMILLION = '#D55E00';
const HEIGHT = 230;

/** A diagonal hatch for B's band: a pattern, not a second shade, tells the two bands apart. */
function hatch(): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return '#D55E0033';
  ctx.strokeStyle = '#D55E0099';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? '#D55E0033';
}

function seriesFor(s: LabSummary, id: IndicatorId): number[][] {
  return [
    s.bands.map((b) => b.p90[id]),
    s.bands.map((b) => b.median[id]),
    s.bands.map((b) => b.p10[id]),
  ];
}

function dataFor(results: LabResults, id: IndicatorId): uPlot.AlignedData {
  const rounds = results.a.bands.map((b) => b.round);
  return [rounds, ...seriesFor(results.a, id), ...(results.b ? seriesFor(results.b, id) : [])];
}

function lines(colour: string, dash: number[] | undefined, who: string): uPlot.Series[] {
  const edge = { stroke: `${colour}99`, width: 1, dash: [2, 3], points: { show: false } };
  return [
    { label: `${who} p90`, ...edge },
    { label: `${who} median`, stroke: colour, width: 3, ...(dash ? { dash } : {}) },
    { label: `${who} p10`, ...edge },
  ];
}

function valuesTable(results: LabResults, id: IndicatorId): HTMLElement {
  const rows = (name: string, s: LabSummary) =>
    [
      ['p90', s.bands.map((b) => b.p90[id])],
      ['median', s.bands.map((b) => b.median[id])],
      ['p10', s.bands.map((b) => b.p10[id])],
      ['games still playing', s.bands.map((b) => b.running)],
    ].map(([label, values]) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, `${name} ${label}`),
        (values as number[]).map((v) => h('td', {}, String(v))),
      ),
    );
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, INDICATOR_DOCS[id].label),
        results.a.bands.map((b) =>
          h('th', { scope: 'col' }, b.round === 0 ? 'Start' : `R${b.round}`),
        ),
      ),
    ),
    h('tbody', {}, rows('A', results.a), results.b ? rows('B', results.b) : null),
  );
}

/**
 * The band of one indicator over the rounds: each strategy's median as a line and its
 * p10–p90 as a band, A and B on the same axes, with a selector for the indicator and the same
 * numbers as a table. `mount` draws it once it is in the page (uPlot needs the width).
 */
export function bandChart(results: LabResults, initial: IndicatorId = 'nkTestingDrive') {
  let plot: uPlot | null = null;
  let indicator = initial;
  const holder = h('div', { class: 'lab-chart', role: 'img' });
  const meaning = h('p', { class: 'small lab-meaning' });
  const table = h('div', {});
  const select = h(
    'select',
    { 'data-testid': 'lab-indicator' },
    INDICATORS.map((id) =>
      h('option', { value: id, selected: id === initial }, INDICATOR_DOCS[id].label),
    ),
  );
  const describe = () => {
    const label = INDICATOR_DOCS[indicator].label;
    holder.setAttribute(
      'aria-label',
      `${label} over the rounds: median lines and p10–p90 bands${results.b ? ', A solid and shaded, B dashed and hatched' : ''}. The table below has the values.`,
    );
    replaceChildren(meaning, INDICATOR_DOCS[indicator].meaning);
    replaceChildren(table, valuesTable(results, indicator));
  };
  select.addEventListener('change', () => {
    indicator = select.value as IndicatorId;
    describe();
    plot?.setData(dataFor(results, indicator));
  });
  describe();
  const widthNow = () => Math.max(320, holder.clientWidth);
  const resize = () => plot?.setSize({ width: widthNow(), height: HEIGHT });
  const mount = () => {
    const bands: uPlot.Band[] = [{ series: [1, 3], fill: `${BLUE}2e` }];
    if (results.b) bands.push({ series: [4, 6], fill: hatch() });
    plot = new uPlot(
      {
        width: widthNow(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: [0, 100] } },
        axes: [
          {
            label: 'Round',
            values: (_u, splits) =>
              splits.map((v) => (v === 0 ? 'Start' : Number.isInteger(v) ? String(v) : '')),
          },
          { label: '0–100' },
        ],
        series: [
          { label: 'Round' },
          ...lines(BLUE, undefined, 'A'),
          ...(results.b ? lines(VERMILLION, [10, 6], 'B') : []),
        ],
        bands,
      },
      dataFor(results, indicator),
      holder,
    );
    window.addEventListener('resize', resize);
  };
  const last = results.a.bands.at(-1);
  const still = (s: LabSummary | undefined, who: string) =>
    s ? `${who} ${s.bands.at(-1)?.running ?? 0} of ${s.runs}` : null;
  const element = h(
    'figure',
    { class: 'lab-figure' },
    h(
      'figcaption',
      { class: 'lab-figure-head' },
      h('label', {}, h('span', { class: 'lab-label' }, 'Indicator over the rounds'), select),
      h(
        'span',
        { class: 'lab-key' },
        h('span', { class: 'swatch swatch-a' }),
        ' A median (solid), ',
        h('span', { class: 'band band-a' }),
        ' A p10–p90',
        results.b
          ? [
              ' · ',
              h('span', { class: 'swatch swatch-b' }),
              ' B median (dashed), ',
              h('span', { class: 'band band-b' }),
              ' B p10–p90',
            ]
          : null,
      ),
    ),
    meaning,
    h(
      'p',
      { class: 'small lab-carry', 'data-testid': 'lab-carry-note' },
      'Bands hold the middle 80% of games. A game that ended early keeps its final values in ',
      `later rounds; still playing in round ${last?.round ?? ''}: `,
      [still(results.a, 'A'), still(results.b, 'B')].filter(Boolean).join(', '),
      '.',
    ),
    holder,
    h('details', { class: 'chart-table' }, h('summary', {}, 'The same values as a table'), table),
  );
  return {
    element,
    mount,
    destroy: () => {
      window.removeEventListener('resize', resize);
      plot?.destroy();
      plot = null;
    },
  };
}
