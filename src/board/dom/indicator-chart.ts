import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { DEFAULT_FOCUS, roundLabel } from '../../dom/chart-style';
import { h } from '../../dom/h';
import { canvasFontFamily } from '../../i18n/fonts';
import { currentLocale, t } from '../../i18n/messages';
import { indicatorLabel } from '../../i18n/names';
import { INDICATORS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import { chartLegend } from './chart-legend';
import {
  chartData,
  decisionMarkers,
  FOCUS_WIDTH,
  indicatorChartOptions,
  indicatorLines,
  LAUNCH_COLOUR,
  TALKS_COLOUR,
} from './indicator-series';

const FAINT_ALPHA = 0.22;

function valuesTable(data: uPlot.AlignedData): HTMLElement {
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, t('why.chart.table')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('why.chart.indicator')),
          (data[0] as number[]).map((r) =>
            h('th', { scope: 'col' }, r === 0 ? roundLabel(0) : t('why.chart.round', { round: r })),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        INDICATORS.map((id, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, indicatorLabel(id)),
            (data[i + 1] as number[]).map((v) => h('td', {}, String(v))),
          ),
        ),
      ),
    ),
  );
}

/**
 * A line chart of every indicator over the rounds, with markers for Pyongyang's tests (▲) and
 * Washington's offers of talks (●). A legend outside the plot names every line and chooses the
 * ones in focus (the rest stay faint); the same data follows as a table for screen readers.
 */
export function indicatorChart(scenario: Scenario, game: GameState, width: number): HTMLElement {
  const data = chartData(scenario, game);
  const markers = decisionMarkers(scenario, game);
  const lastRound = Math.max(1, game.history.length);
  const holder = h('div', {
    class: 'chart',
    role: 'img',
    'aria-label': t('why.chart.label'),
  });
  const drawMarkers = (u: uPlot) => {
    const { ctx } = u;
    const top = u.bbox.top + 4 * devicePixelRatio;
    ctx.save();
    ctx.font = `${12 * devicePixelRatio}px ${canvasFontFamily(currentLocale())}`;
    ctx.textAlign = 'center';
    for (const { round, launches } of markers.tests) {
      ctx.fillStyle = LAUNCH_COLOUR;
      const mark = launches > 1 ? `▲${launches}` : '▲';
      ctx.fillText(mark, u.valToPos(round, 'x', true), top + 10 * devicePixelRatio);
    }
    for (const round of markers.talks) {
      ctx.fillStyle = TALKS_COLOUR;
      ctx.fillText('●', u.valToPos(round, 'x', true), top + 24 * devicePixelRatio);
    }
    ctx.restore();
  };
  const options = indicatorChartOptions(lastRound, width);
  options.hooks = { draw: [drawMarkers] };
  const chart = new uPlot(options, data, holder);
  const lines = indicatorLines();
  const legend = chartLegend(lines, DEFAULT_FOCUS, (focus) => {
    lines.forEach((line, i) => {
      const series = chart.series[i + 1];
      if (!series) return;
      series.alpha = focus.has(line.id) ? 1 : FAINT_ALPHA;
      series.width = focus.has(line.id) ? FOCUS_WIDTH : 1;
    });
    chart.redraw();
  });
  const key = h('p', { class: 'chart-key' }, t('why.chart.key'));
  const wrapper = h(
    'figure',
    { class: 'indicator-chart' },
    h('figcaption', {}, t('why.chart.caption')),
    key,
    holder,
    legend.element,
    valuesTable(data),
  );
  legend.apply();
  (wrapper as HTMLElement & { chart?: uPlot }).chart = chart;
  return wrapper;
}
