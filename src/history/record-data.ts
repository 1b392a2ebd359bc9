// The record files as the game ships them: bundled by Vite as JSON, imported only by the lazily
// loaded debrief and lab (never by the first board). `npm run validate` and the tests check both
// files against src/history/record-schema.ts, so the browser carries no validator for them. The
// notes a player reads come with the shared content instead, in the page's language
// (`recordNotesOf`); the file's English here is what is shown where a scenario has none.
import launchFile from '../../scenarios/record/nk-launches.json';
import notesFile from '../../scenarios/record/record-notes.json';
import { t } from '../i18n/messages';
import type { Scenario } from '../model/schema';
import type { ScenarioWithRecord } from '../scenario/resolve';
import type { LaunchRecordFile, RecordEvent, RecordNote } from './record-schema';

/** The real test events, in date order (CNS North Korea Missile Test Database via NTI, and nuclear tests). */
export const RECORD_EVENTS: readonly RecordEvent[] = (launchFile as LaunchRecordFile).events;

/** The record's notes on named claims, in English as the file has them. */
export const RECORD_NOTES: readonly RecordNote[] = (notesFile as { notes: RecordNote[] }).notes;

/**
 * The record's notes in the language of a scenario's texts: the shared content's, translated
 * with the claims (src/scenario/prose.ts), or the file's English where a scenario was resolved
 * without them.
 */
export function recordNotesOf(scenario: Scenario): readonly RecordNote[] {
  return (scenario as ScenarioWithRecord).recordNotes ?? RECORD_NOTES;
}

/** How the launch record is credited on a screen or in an export, in the page's language. */
export function recordCredit(): string {
  return t('why.record.credit');
}
