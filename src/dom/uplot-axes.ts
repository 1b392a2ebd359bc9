import type uPlot from 'uplot';
import { canvasFontFamily } from '../i18n/fonts';
import { currentLocale, t } from '../i18n/messages';
import { roundAxisTitle, roundLabel, roundTicks, Y_TICKS } from './chart-style';

/**
 * The axes' lettering: the page's fonts, so Japanese and Korean titles and ticks draw in the
 * same type as the page (the canvas has no fallback to the page's web fonts of its own).
 */
export function axisFonts(): Pick<uPlot.Axis, 'font' | 'labelFont'> {
  const family = canvasFontFamily(currentLocale());
  return { font: `12px ${family}`, labelFont: `bold 12px ${family}` };
}

/** Scales for a chart over rounds 0…last on the shared 0–100 indicator scale: no half rounds. */
export function roundScales(last: number): uPlot.Scales {
  return {
    x: { time: false, range: [0, Math.max(1, last)] },
    y: { range: [0, 100] },
  };
}

/** The x axis: a tick on every whole round (every other past 12), "Start" at 0, titled Round. */
export function roundAxis(): uPlot.Axis {
  return {
    ...axisFonts(),
    label: roundAxisTitle(),
    splits: (_u, _axis, min, max) => roundTicks(min, max),
    values: (_u, splits) => splits.map(roundLabel),
  };
}

/** The y axis: 0, 25, 50, 75, 100, titled by what the scale is, never by a chart's heading. */
export function percentAxis(label = t('why.chart.level')): uPlot.Axis {
  return {
    ...axisFonts(),
    label,
    splits: () => [...Y_TICKS],
    values: (_u, splits) => splits.map(String),
  };
}
