import { comparisonMarkdown, launchComparison } from '../../history/launch-comparison';
import { gameLaunchesByRound } from '../../history/launch-record';
import { RECORD_EVENTS, recordCredit, recordNotesOf } from '../../history/record-data';
import { notesForGame, stanceLabel } from '../../history/record-notes';
import type { RecordStance } from '../../history/record-schema';
import { t } from '../../i18n/messages';
import { sentences } from '../../i18n/sentences';
import type { LaunchCounts } from '../../model/launches';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';

/** The launches of a debrief beside the real record, as exported. */
export interface ExportLaunchRecord {
  credit: string;
  /** Per round played: its dates, this game's launch events and the record's, by kind. */
  rounds: {
    round: number;
    from: string;
    /** First day of the next round (not part of this one). */
    to: string;
    game: LaunchCounts;
    /** The record's counts; it leaves out cruise missiles, so `cruise` is null. */
    record: Omit<LaunchCounts, 'cruise'> & { cruise: null };
    recordEvents: { date: string; kind: string; missile: string }[];
  }[];
  /** Launch events the record holds in the scenario's rounds the game did not reach. */
  later: { fromRound: number; events: number } | null;
}

/** A note of the record's view that this game called up, as exported (public record). */
export interface ExportRecordNote {
  id: string;
  stance: RecordStance;
  title: string;
  claims: string[];
  text: string;
  figures: string[];
  source: string;
  publicRecord: true;
}

/** The game's launches beside the record, and the record's notes the game called up. */
export function recordExport(scenario: Scenario, game: GameState) {
  const byRound = gameLaunchesByRound(game);
  const comparison = launchComparison(
    scenario,
    [{ label: t('debrief.record.thisGame'), byRound }],
    RECORD_EVENTS,
  );
  const launchRecord: ExportLaunchRecord = {
    credit: recordCredit(),
    rounds: comparison.record.map((r, i) => ({
      round: r.round,
      from: r.from,
      to: r.to,
      game: { ...(byRound[i] as LaunchCounts) },
      record: { ...r.counts, cruise: null },
      recordEvents: r.events.map((e) => ({ date: e.date, kind: e.kind, missile: e.missile })),
    })),
    later: comparison.later,
  };
  const recordNotes: ExportRecordNote[] = notesForGame(game, recordNotesOf(scenario)).map(
    ({ note }) => ({
      id: note.id,
      stance: note.stance,
      title: note.title,
      claims: [...note.claims],
      text: note.text,
      figures: [...note.figures],
      source: note.source,
      publicRecord: true,
    }),
  );
  return { launchRecord, recordNotes, comparison };
}

/** The Markdown section: the table of launches per round and the record's notes. */
export function recordMarkdown(scenario: Scenario, game: GameState): string[] {
  const { recordNotes, comparison } = recordExport(scenario, game);
  const notes = [
    `*${t('debrief.record.credit', { credit: recordCredit() })}*`,
    comparison.kinds.includes('cruise') ? t('debrief.record.noCruise') : '',
    comparison.later
      ? t('debrief.record.later', {
          round: comparison.later.fromRound - 1,
          count: comparison.later.events,
        })
      : '',
  ];
  const out = [
    `## ${t('debrief.heading.record')}`,
    '',
    t('debrief.record.intro'),
    '',
    ...comparisonMarkdown(comparison),
    '',
    sentences(notes),
    '',
  ];
  if (recordNotes.length > 0) {
    out.push(`### ${t('debrief.heading.recordNotes')}`, '');
    for (const n of recordNotes) {
      out.push(
        `- **${n.title}** ${t('debrief.record.stance', { stance: stanceLabel(n.stance) })} ${n.text}`,
      );
      for (const f of n.figures) out.push(`  - ${f}`);
      out.push(
        `  - ${t('debrief.record.noteSource', { source: n.source, claims: n.claims.join(', ') })}`,
      );
    }
    out.push('');
  }
  return out;
}
