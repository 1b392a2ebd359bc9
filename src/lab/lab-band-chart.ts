import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h, replaceChildren } from '../dom/h';
import { percentAxis, roundAxis, roundScales } from '../dom/uplot-axes';
import { indicatorLabel, indicatorMeaning } from '../i18n/names';
import { INDICATORS, type IndicatorId } from '../model/ids';
import type { Scenario } from '../model/schema';
import { fewGames, type Spread } from './lab-bands';
import type { LabSummary } from './lab-batch';
import type { LabResults } from './lab-run';
import { firstFewRound, runningNote, runningTable } from './lab-running';

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

/** A strategy's six series: p90, median, p10 where the band rests on many games, then on few. */
function seriesFor(s: LabSummary, id: IndicatorId): (number | null)[][] {
  const few = s.bands.map((b) => fewGames(b.running, s.runs));
  // The few-games stretch starts from the last well-supported round, so the two join up.
  const inFew = (i: number) => few[i] === true || few[i + 1] === true;
  const pick = (of: keyof Spread, where: (i: number) => boolean) =>
    s.bands.map((b, i) => (where(i) ? (b.spread?.[of][id] ?? null) : null));
  const many = (i: number) => !few[i];
  return [
    pick('p90', many),
    pick('median', many),
    pick('p10', many),
    pick('p90', inFew),
    pick('median', inFew),
    pick('p10', inFew),
  ];
}

function dataFor(results: LabResults, id: IndicatorId): uPlot.AlignedData {
  const rounds = results.a.bands.map((b) => b.round);
  return [
    rounds,
    ...seriesFor(results.a, id),
    ...(results.b ? seriesFor(results.b, id) : []),
  ] as uPlot.AlignedData;
}

function lines(colour: string, dash: number[] | undefined, who: string): uPlot.Series[] {
  const edge = { stroke: `${colour}99`, width: 1, dash: [2, 3], points: { show: false } };
  const faintEdge = { ...edge, stroke: `${colour}55` };
  return [
    { label: `${who} p90`, ...edge },
    { label: `${who} median`, stroke: colour, width: 3, ...(dash ? { dash } : {}) },
    { label: `${who} p10`, ...edge },
    { label: `${who} p90, few games`, ...faintEdge },
    { label: `${who} median, few games`, stroke: `${colour}88`, width: 1.5, dash: [2, 4] },
    { label: `${who} p10, few games`, ...faintEdge },
  ];
}

/** Shade the rounds where a band rests on few games, under the lines, and say so in the plot. */
function shadeFewRounds(results: LabResults) {
  const firsts = [results.a, results.b]
    .filter((s): s is LabSummary => s !== undefined)
    .map(firstFewRound)
    .filter((r): r is number => r !== null);
  if (firsts.length === 0) return () => {};
  const from = Math.min(...firsts);
  return (u: uPlot) => {
    const { ctx } = u;
    const left = u.valToPos(from - 0.5, 'x', true);
    const right = u.bbox.left + u.bbox.width;
    ctx.save();
    ctx.fillStyle = 'rgba(120, 120, 120, 0.12)';
    ctx.fillRect(left, u.bbox.top, right - left, u.bbox.height);
    ctx.fillStyle = '#333';
    ctx.font = `${12 * devicePixelRatio}px sans-serif`;
    ctx.textAlign = 'right';
    ctx.fillText(
      'few games still running',
      right - 6 * devicePixelRatio,
      u.bbox.top + 14 * devicePixelRatio,
    );
    ctx.restore();
  };
}

function valuesTable(results: LabResults, id: IndicatorId): HTMLElement {
  const rows = (name: string, s: LabSummary) =>
    [
      ['p90', s.bands.map((b) => b.spread?.p90[id] ?? '—')],
      ['median', s.bands.map((b) => b.spread?.median[id] ?? '—')],
      ['p10', s.bands.map((b) => b.spread?.p10[id] ?? '—')],
      ['games still playing', s.bands.map((b) => b.running)],
    ].map(([label, values]) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, `${name} ${label}`),
        (values as (number | string)[]).map((v) => h('td', {}, String(v))),
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
        h('th', { scope: 'col' }, indicatorLabel(id)),
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
export function bandChart(
  scenario: Scenario,
  results: LabResults,
  initial: IndicatorId = 'nkTestingDrive',
) {
  let plot: uPlot | null = null;
  let indicator = initial;
  const holder = h('div', { class: 'lab-chart', role: 'img' });
  const meaning = h('p', { class: 'small lab-meaning' });
  const table = h('div', {});
  const select = h(
    'select',
    { 'data-testid': 'lab-indicator' },
    INDICATORS.map((id) =>
      h('option', { value: id, selected: id === initial }, indicatorLabel(id)),
    ),
  );
  const describe = () => {
    const label = indicatorLabel(indicator);
    holder.setAttribute(
      'aria-label',
      `${label} over the rounds: median lines and p10–p90 bands${results.b ? ', A solid and shaded, B dashed and hatched' : ''}. The table below has the values.`,
    );
    replaceChildren(meaning, indicatorMeaning(indicator));
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
    const bands: uPlot.Band[] = [
      { series: [1, 3], fill: `${BLUE}2e` },
      { series: [4, 6], fill: `${BLUE}12` },
    ];
    if (results.b)
      bands.push({ series: [7, 9], fill: hatch() }, { series: [10, 12], fill: `${VERMILLION}10` });
    plot = new uPlot(
      {
        width: widthNow(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: roundScales(results.a.bands.length - 1),
        axes: [roundAxis(), percentAxis()],
        hooks: { drawClear: [shadeFewRounds(results)] },
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
        ' · faint and dotted: few games still running',
      ),
    ),
    meaning,
    h(
      'div',
      { class: 'small lab-carry', 'data-testid': 'lab-running-note' },
      h(
        'p',
        {},
        'Each band holds the middle 80% of the games still running in that round (p10 to p90); games that had ended are not in it, they are counted below by ending.',
      ),
      h('p', {}, `${results.b ? 'A: ' : ''}${runningNote(scenario, results.a)}`),
      results.b ? h('p', {}, `B: ${runningNote(scenario, results.b)}`) : null,
    ),
    holder,
    runningTable(
      scenario,
      results.b
        ? [
            ['A', results.a],
            ['B', results.b],
          ]
        : [['A', results.a]],
    ),
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
