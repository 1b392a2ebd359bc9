import { t } from '../i18n/messages';
import { INDICATORS, type IndicatorId } from '../model/ids';

/** How one line is drawn: a colour and a dash pattern (empty: solid), both unique per line. */
export interface LineStyle {
  colour: string;
  /** Canvas/SVG dash lengths in CSS pixels; [] is a solid line. */
  dash: number[];
}

/**
 * Twelve lines told apart twice over: Okabe–Ito's eight colours (yellow darkened to read on
 * white) and four of Paul Tol's (wine, teal, olive, indigo) — safe for the common colour-vision
 * deficiencies — each paired with its own dash pattern, so neither colour nor dash alone carries
 * the difference, and the lines still differ in a black-and-white print.
 */
export const LINE_STYLES: readonly LineStyle[] = [
  { colour: '#0072B2', dash: [] },
  { colour: '#D55E00', dash: [9, 4] },
  { colour: '#009E73', dash: [2, 3] },
  { colour: '#CC79A7', dash: [10, 3, 2, 3] },
  { colour: '#E69F00', dash: [16, 4] },
  { colour: '#56B4E9', dash: [5, 5] },
  { colour: '#000000', dash: [10, 3, 2, 3, 2, 3] },
  { colour: '#882255', dash: [2, 7] },
  { colour: '#44AA99', dash: [14, 3, 5, 3] },
  { colour: '#999933', dash: [6, 2, 2, 2] },
  { colour: '#332288', dash: [18, 4, 2, 4] },
  { colour: '#8C6D00', dash: [3, 3, 9, 3] },
];

/** Each indicator's line style, the same in every chart of the game. */
export function indicatorStyle(id: IndicatorId): LineStyle {
  return LINE_STYLES[INDICATORS.indexOf(id) % LINE_STYLES.length] as LineStyle;
}

/** The indicators a chart brings forward at first; the others are drawn faint until chosen. */
export const DEFAULT_FOCUS: readonly IndicatorId[] = [
  'nkTestingDrive',
  'allianceConfidence.japan',
  'regionalTension',
  'diplomaticChannel',
];

/** Ticks of the 0–100 scale every indicator shares. */
export const Y_TICKS: readonly number[] = [0, 25, 50, 75, 100];

/** Whole-round ticks from 0 (the start) to `last`: every round up to 12, else every other. */
export function roundTicks(first: number, last: number): number[] {
  const from = Math.max(0, Math.ceil(first));
  const to = Math.floor(last);
  const step = to - from > 12 ? 2 : 1;
  const ticks: number[] = [];
  for (let r = from; r <= to; r += step) ticks.push(r);
  return ticks;
}

/** A round's tick label: "Start" for round 0, else its number. */
export function roundLabel(round: number): string {
  return round === 0 ? t('why.chart.start') : String(round);
}

/** The x axis title of every chart over the rounds. */
export function roundAxisTitle(): string {
  return t('why.chart.roundAxis');
}
