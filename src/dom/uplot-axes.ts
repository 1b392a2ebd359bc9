import type uPlot from 'uplot';
import { t } from '../i18n/messages';
import { roundAxisTitle, roundLabel, roundTicks, Y_TICKS } from './chart-style';

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
    label: roundAxisTitle(),
    splits: (_u, _axis, min, max) => roundTicks(min, max),
    values: (_u, splits) => splits.map(roundLabel),
  };
}

/** The y axis: 0, 25, 50, 75, 100, titled by what the scale is, never by a chart's heading. */
export function percentAxis(label = t('why.chart.level')): uPlot.Axis {
  return {
    label,
    splits: () => [...Y_TICKS],
    values: (_u, splits) => splits.map(String),
  };
}
