import { recordTable } from '../dom/record-table';
import { launchComparison, type ModelSeries } from '../history/launch-comparison';
import { batchLaunchesByRound } from '../history/launch-record';
import { RECORD_EVENTS } from '../history/record-data';
import { t } from '../i18n/messages';
import type { Scenario } from '../model/schema';
import type { LabSummary } from './lab-batch';
import { strategyLetter } from './lab-words';

/** A strategy's mean launch events per round, by kind, as a series beside the record. */
export function labSeries(label: string, summary: LabSummary): ModelSeries {
  return { label, byRound: batchLaunchesByRound(summary.perRound), decimals: 1 };
}

/**
 * The lab's mean launches per round (strategy A, and B when compared) beside the real record
 * for the same dates. Means are over the games that reached each round.
 */
export function labRecordTable(
  scenario: Scenario,
  runs: number,
  a: LabSummary,
  b?: LabSummary,
): HTMLElement {
  const series = [
    labSeries(b ? strategyLetter('a') : t('lab.record.mean'), a),
    ...(b ? [labSeries(strategyLetter('b'), b)] : []),
  ];
  const comparison = launchComparison(scenario, series, RECORD_EVENTS);
  const what = t(b ? 'lab.record.whatCompared' : 'lab.record.what', { runs });
  return recordTable(comparison, what, 'lab-launch-record');
}
