import { recordTable } from '../dom/record-table';
import { launchComparison, type ModelSeries } from '../history/launch-comparison';
import { batchLaunchesByRound } from '../history/launch-record';
import { RECORD_EVENTS } from '../history/record-data';
import type { Scenario } from '../model/schema';
import type { LabSummary } from './lab-batch';

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
  const series = [labSeries(b ? 'A' : 'mean', a), ...(b ? [labSeries('B', b)] : [])];
  const comparison = launchComparison(scenario, series, RECORD_EVENTS);
  const what = `the mean over ${runs.toLocaleString('en-GB')} games${b ? ' (A, then B)' : ''}`;
  return recordTable(comparison, what, 'lab-launch-record');
}
