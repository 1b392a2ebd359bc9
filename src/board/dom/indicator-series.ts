import type uPlot from 'uplot';
import { indicatorStyle, type LineStyle, roundAxisTitle } from '../../dom/chart-style';
import { lineChartSvg, type SvgMark } from '../../dom/line-chart-svg';
import { percentAxis, roundAxis, roundScales } from '../../dom/uplot-axes';
import { t } from '../../i18n/messages';
import { indicatorLabel } from '../../i18n/names';
import { INDICATORS, type IndicatorId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';

// The debrief chart's series and styles, without uPlot's code: the screen's chart
// (indicator-chart.ts) and the printed one (indicatorChartSvg) both draw from here.

/** Colour of the launch markers (▲). */
export const LAUNCH_COLOUR = '#D55E00';
/** Colour of the talks markers (●). */
export const TALKS_COLOUR = '#0072B2';
/** Stroke width of a line in focus. */
export const FOCUS_WIDTH = 2.5;

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
export function chartData(scenario: Scenario, game: GameState): [number[], ...number[][]] {
  const rounds = [0, ...game.history.map((r) => r.round)];
  const series = INDICATORS.map((id) => [
    scenario.indicators[id].value,
    ...game.history.map((r) => r.indicators[id]),
  ]);
  return [rounds, ...series];
}

/** One indicator's line as every rendering of this chart draws it. */
export interface IndicatorLine {
  id: IndicatorId;
  label: string;
  style: LineStyle;
}

/** The twelve lines: real names and one colour-and-dash style each, in INDICATORS order. */
export function indicatorLines(): IndicatorLine[] {
  return INDICATORS.map((id) => ({
    id,
    label: indicatorLabel(id),
    style: indicatorStyle(id),
  }));
}

/** The uPlot options of the debrief chart: whole rounds, 0–100, no legend inside the plot. */
export function indicatorChartOptions(lastRound: number, width: number): uPlot.Options {
  return {
    width,
    height: Math.round(Math.min(420, Math.max(220, width * 0.4))),
    legend: { show: false },
    cursor: { show: false },
    scales: roundScales(lastRound),
    axes: [roundAxis(), percentAxis()],
    series: [
      { label: roundAxisTitle() },
      ...indicatorLines().map((line) => ({
        label: line.label,
        stroke: line.style.colour,
        width: FOCUS_WIDTH,
        ...(line.style.dash.length > 0 ? { dash: line.style.dash } : {}),
      })),
    ],
  };
}

/**
 * The debrief chart as a standalone SVG string, for the printed debrief: the same lines,
 * styles, axes and markers as the screen's chart, with the legend below the plot. `focus`
 * (default: all twelve) names the lines drawn strongly; the rest are drawn faint.
 */
export function indicatorChartSvg(
  scenario: Scenario,
  game: GameState,
  options: { width?: number; height?: number; focus?: readonly IndicatorId[] } = {},
): string {
  const data = chartData(scenario, game);
  const focus = new Set(options.focus ?? INDICATORS);
  const markers = decisionMarkers(scenario, game);
  const marks: SvgMark[] = [
    ...markers.tests.map(({ round, launches }) => ({
      round,
      text: launches > 1 ? `▲${launches}` : '▲',
      colour: LAUNCH_COLOUR,
      row: 0 as const,
    })),
    ...markers.talks.map((round) => ({ round, text: '●', colour: TALKS_COLOUR, row: 1 as const })),
  ];
  return lineChartSvg({
    title: t('why.chart.svgTitle'),
    rounds: data[0] as number[],
    width: options.width ?? 720,
    height: options.height ?? 320,
    yLabel: t('why.chart.level'),
    marks,
    lines: indicatorLines().map((line, i) => ({
      label: line.label,
      values: data[i + 1] as number[],
      style: line.style,
      width: FOCUS_WIDTH,
      faint: !focus.has(line.id),
    })),
  });
}
