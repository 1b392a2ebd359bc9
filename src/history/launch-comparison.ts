import { t } from '../i18n/messages';
import {
  LAUNCH_KINDS,
  type LaunchCounts,
  type LaunchKind,
  totalLaunches,
  zeroCounts,
} from '../model/launches';
import type { Scenario } from '../model/schema';
import { kindRowLabel } from './kind-labels';
import { type RecordRound, recordByRound } from './launch-record';
import type { RecordEvent } from './record-schema';

/** The record leaves out cruise missiles: its count for them is unknown, not zero. */
export const NOT_IN_RECORD: readonly LaunchKind[] = ['cruise'];

/** One run of the model beside the record: a game, or a batch's per-round means. */
export interface ModelSeries {
  label: string;
  /** Launch events per round, by kind (index 0 = round 1). */
  byRound: LaunchCounts[];
  /** Decimals to show (means of many games read best with one); 2 unless given. */
  decimals?: number;
}

/** The model's launches and the record's for the same round windows, ready to show. */
export interface LaunchComparison {
  /** The record per round, for the rounds shown (those the model played). */
  record: RecordRound[];
  series: ModelSeries[];
  /** The kinds worth a row: every kind that the model or the record has in these rounds. */
  kinds: LaunchKind[];
  /** The record's events in the scenario's later rounds, which the model did not reach. */
  later: { fromRound: number; events: number } | null;
}

/**
 * The model's launches per round beside the record's for the same windows. Shows as many
 * rounds as the longest series (at least one); the record after that is summed in `later`.
 */
export function launchComparison(
  scenario: Scenario,
  series: ModelSeries[],
  events: readonly RecordEvent[],
): LaunchComparison {
  const all = recordByRound(scenario, events);
  const shown = Math.max(1, Math.min(scenario.rounds, ...series.map((s) => s.byRound.length)));
  const record = all.slice(0, shown);
  const kinds = LAUNCH_KINDS.filter(
    (kind) =>
      record.some((r) => r.counts[kind] > 0) ||
      series.some((s) => s.byRound.slice(0, shown).some((c) => (c?.[kind] ?? 0) > 0)),
  );
  const rest = all.slice(shown);
  const later =
    rest.length > 0
      ? { fromRound: shown + 1, events: rest.reduce((t, r) => t + totalLaunches(r.counts), 0) }
      : null;
  return { record, series, kinds, later };
}

/** A model figure as shown: whole numbers plain, means to `decimals` places at most. */
export function figure(n: number, decimals = 2): string {
  const scale = 10 ** decimals;
  return String(Math.round(n * scale) / scale);
}

/** The record's count of a kind in a round, or null where the record does not count that kind. */
export function recordCount(round: RecordRound, kind: LaunchKind): number | null {
  return NOT_IN_RECORD.includes(kind) ? null : round.counts[kind];
}

/** One table cell: each series' figure, then the record's, joined by " / " ("n/a" where unknown). */
export function cellText(c: LaunchComparison, roundIndex: number, kind: LaunchKind | 'all') {
  const round = c.record[roundIndex] as RecordRound;
  const model = c.series.map((s) => {
    const counts = s.byRound[roundIndex] ?? zeroCounts();
    return figure(kind === 'all' ? totalLaunches(counts) : counts[kind], s.decimals);
  });
  const record =
    kind === 'all'
      ? `${totalLaunches(round.counts)}`
      : (recordCount(round, kind)?.toString() ?? t('why.record.notCounted'));
  return [...model, record].join(' / ');
}

/** The row labels: a kind's short plain name (kind-labels.ts), or "all kinds". */
export function kindLabel(kind: LaunchKind | 'all'): string {
  return kind === 'all' ? t('why.record.allKinds') : kindRowLabel(kind);
}

/** The comparison as Markdown table lines: a row per kind (and all kinds), a column per round. */
export function comparisonMarkdown(c: LaunchComparison): string[] {
  const cells = (s: string) => s.replace(/\|/g, '\\|');
  const head = [
    t('why.record.launchEvents'),
    ...c.record.map((r) => t('why.record.roundFrom', { round: r.round, from: r.from })),
  ];
  const rows = [...c.kinds, 'all' as const].map((kind) => [
    kindLabel(kind),
    ...c.record.map((_, i) => cellText(c, i, kind)),
  ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cells).join(' | ')} |`);
}
