import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h } from '../../dom/h';
import { INDICATORS } from '../../model/ids';
import { INDICATOR_DOCS } from '../../model/indicators';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';

/** Okabe–Ito colours (safe for the common colour-vision deficiencies), paired with dash patterns
 * so no series is told apart by colour alone. */
const COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#8C6D00',
];
const DASHES: (number[] | undefined)[] = [undefined, [8, 4], [2, 3], [10, 3, 2, 3]];

/**
 * Markers: the rounds with launches (from each round's `launches`, with how many: a round may
 * hold several), and the rounds where Washington offered talks.
 */
export function decisionMarkers(scenario: Scenario, game: GameState) {
  const tests: { round: number; launches: number }[] = [];
  const talks: number[] = [];
  for (const record of game.history) {
    if (record.launches.length > 0)
      tests.push({ round: record.round, launches: record.launches.length });
    if (scenario.optionIndex[record.decisions.us.optionId]?.tags.includes('talks-offer'))
      talks.push(record.round);
  }
  return { tests, talks };
}

/** The indicators over the rounds (round 0 = the start), as uPlot's aligned data. */
export function chartData(scenario: Scenario, game: GameState): uPlot.AlignedData {
  const rounds = [0, ...game.history.map((r) => r.round)];
  const series = INDICATORS.map((id) => [
    scenario.indicators[id].value,
    ...game.history.map((r) => r.indicators[id]),
  ]);
  return [rounds, ...series];
}

/**
 * A line chart of every indicator over the rounds, with markers for Pyongyang's tests (▲) and
 * Washington's offers of talks (●), plus the same data as a table for screen readers.
 */
export function indicatorChart(scenario: Scenario, game: GameState, width: number): HTMLElement {
  const data = chartData(scenario, game);
  const markers = decisionMarkers(scenario, game);
  const holder = h('div', {
    class: 'chart',
    role: 'img',
    'aria-label': 'Indicators over the rounds; the table below has the same values.',
  });
  const drawMarkers = (u: uPlot) => {
    const { ctx } = u;
    const top = u.bbox.top + 4 * devicePixelRatio;
    ctx.save();
    ctx.font = `${12 * devicePixelRatio}px sans-serif`;
    ctx.textAlign = 'center';
    for (const { round, launches } of markers.tests) {
      ctx.fillStyle = '#D55E00';
      const mark = launches > 1 ? `▲${launches}` : '▲';
      ctx.fillText(mark, u.valToPos(round, 'x', true), top + 10 * devicePixelRatio);
    }
    for (const round of markers.talks) {
      ctx.fillStyle = '#0072B2';
      ctx.fillText('●', u.valToPos(round, 'x', true), top + 24 * devicePixelRatio);
    }
    ctx.restore();
  };
  const options: uPlot.Options = {
    width,
    height: Math.round(width * 0.42),
    scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [{ label: 'Round' }, { label: '0–100' }],
    series: [
      { label: 'Round' },
      ...INDICATORS.map((id, i) => ({
        label: INDICATOR_DOCS[id].label,
        stroke: COLOURS[i % COLOURS.length],
        width: 2,
        ...(DASHES[Math.floor(i / COLOURS.length) + (i % 2) * 2]
          ? { dash: DASHES[Math.floor(i / COLOURS.length) + (i % 2) * 2] }
          : {}),
      })),
    ],
    hooks: { draw: [drawMarkers] },
  };
  const chart = new uPlot(options, data, holder);
  const table = h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, 'The same values as a table'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Indicator'),
          (data[0] as number[]).map((r) => h('th', { scope: 'col' }, r === 0 ? 'Start' : `R${r}`)),
        ),
      ),
      h(
        'tbody',
        {},
        INDICATORS.map((id, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, INDICATOR_DOCS[id].label),
            (data[i + 1] as number[]).map((v) => h('td', {}, String(v))),
          ),
        ),
      ),
    ),
  );
  const legend = h(
    'p',
    { class: 'chart-key' },
    '▲ Pyongyang launched or tested (▲2: two launch events that round) · ● Washington offered talks',
  );
  const wrapper = h(
    'figure',
    { class: 'indicator-chart' },
    h('figcaption', {}, 'The crisis over time'),
    legend,
    holder,
    table,
  );
  (wrapper as HTMLElement & { chart?: uPlot }).chart = chart;
  return wrapper;
}
