import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h, replaceChildren } from '../dom/h';
import { percentAxis, roundAxis, roundScales } from '../dom/uplot-axes';
import { canvasFontFamily } from '../i18n/fonts';
import { currentLocale, t } from '../i18n/messages';
import { indicatorLabel, indicatorMeaning } from '../i18n/names';
import { INDICATORS, type IndicatorId } from '../model/ids';
import type { Scenario } from '../model/schema';
import { fewGames, type Spread } from './lab-bands';
import type { LabSummary } from './lab-batch';
import type { LabResults } from './lab-run';
import { firstFewRound, runningNote, runningTable } from './lab-running';
import { strategyLetter } from './lab-words';

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

function lines(colour: string, dash: number[] | undefined, key: 'a' | 'b'): uPlot.Series[] {
  const edge = { stroke: `${colour}99`, width: 1, dash: [2, 3], points: { show: false } };
  const faintEdge = { ...edge, stroke: `${colour}55` };
  const strategy = strategyLetter(key);
  return [
    { label: t('lab.chart.p90', { strategy }), ...edge },
    {
      label: t('lab.chart.median', { strategy }),
      stroke: colour,
      width: 3,
      ...(dash ? { dash } : {}),
    },
    { label: t('lab.chart.p10', { strategy }), ...edge },
    { label: t('lab.chart.p90Few', { strategy }), ...faintEdge },
    {
      label: t('lab.chart.medianFew', { strategy }),
      stroke: `${colour}88`,
      width: 1.5,
      dash: [2, 4],
    },
    { label: t('lab.chart.p10Few', { strategy }), ...faintEdge },
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
  const text = t('lab.chart.fewShaded');
  return (u: uPlot) => {
    const { ctx } = u;
    const left = u.valToPos(from - 0.5, 'x', true);
    const right = u.bbox.left + u.bbox.width;
    ctx.save();
    ctx.fillStyle = 'rgba(120, 120, 120, 0.12)';
    ctx.fillRect(left, u.bbox.top, right - left, u.bbox.height);
    ctx.fillStyle = '#333';
    ctx.font = `${12 * devicePixelRatio}px ${canvasFontFamily(currentLocale())}`;
    ctx.textAlign = 'right';
    ctx.fillText(text, right - 6 * devicePixelRatio, u.bbox.top + 14 * devicePixelRatio);
    ctx.restore();
  };
}

function valuesTable(results: LabResults, id: IndicatorId): HTMLElement {
  const rows = (key: 'a' | 'b', s: LabSummary) => {
    const strategy = strategyLetter(key);
    return [
      [t('lab.chart.p90', { strategy }), s.bands.map((b) => b.spread?.p90[id] ?? '—')],
      [t('lab.chart.median', { strategy }), s.bands.map((b) => b.spread?.median[id] ?? '—')],
      [t('lab.chart.p10', { strategy }), s.bands.map((b) => b.spread?.p10[id] ?? '—')],
      [t('lab.chart.playing', { strategy }), s.bands.map((b) => b.running)],
    ].map(([label, values]) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, label as string),
        (values as (number | string)[]).map((v) => h('td', {}, String(v))),
      ),
    );
  };
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
          h(
            'th',
            { scope: 'col' },
            b.round === 0 ? t('lab.chart.start') : t('lab.chart.roundShort', { round: b.round }),
          ),
        ),
      ),
    ),
    h('tbody', {}, rows('a', results.a), results.b ? rows('b', results.b) : null),
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
    holder.setAttribute(
      'aria-label',
      t(results.b ? 'lab.chart.ariaCompared' : 'lab.chart.aria', {
        indicator: indicatorLabel(indicator),
      }),
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
          { label: t('lab.chart.roundSeries') },
          ...lines(BLUE, undefined, 'a'),
          ...(results.b ? lines(VERMILLION, [10, 6], 'b') : []),
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
      h('label', {}, h('span', { class: 'lab-label' }, t('lab.chart.pick')), select),
      h(
        'span',
        { class: 'lab-key' },
        h('span', { class: 'swatch swatch-a' }),
        ' ',
        t('lab.chart.keyAMedian'),
        ' ',
        h('span', { class: 'band band-a' }),
        ' ',
        t('lab.chart.keyABand'),
        results.b
          ? [
              ' · ',
              h('span', { class: 'swatch swatch-b' }),
              ' ',
              t('lab.chart.keyBMedian'),
              ' ',
              h('span', { class: 'band band-b' }),
              ' ',
              t('lab.chart.keyBBand'),
            ]
          : null,
        ' · ',
        t('lab.chart.keyFew'),
      ),
    ),
    meaning,
    h(
      'div',
      { class: 'small lab-carry', 'data-testid': 'lab-running-note' },
      h('p', {}, t('lab.chart.bandNote')),
      h(
        'p',
        {},
        results.b
          ? t('lab.chart.noteOf', {
              strategy: strategyLetter('a'),
              note: runningNote(scenario, results.a),
            })
          : runningNote(scenario, results.a),
      ),
      results.b
        ? h(
            'p',
            {},
            t('lab.chart.noteOf', {
              strategy: strategyLetter('b'),
              note: runningNote(scenario, results.b),
            }),
          )
        : null,
    ),
    holder,
    runningTable(
      scenario,
      results.b
        ? [
            ['a', results.a],
            ['b', results.b],
          ]
        : [['a', results.a]],
    ),
    h('details', { class: 'chart-table' }, h('summary', {}, t('lab.chart.asTable')), table),
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
