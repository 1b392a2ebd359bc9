// The record files as the game ships them: bundled by Vite as JSON, imported only by the lazily
// loaded debrief and lab (never by the first board). `npm run validate` and the tests check both
// files against src/history/record-schema.ts, so the browser carries no validator for them.
import launchFile from '../../scenarios/record/nk-launches.json';
import notesFile from '../../scenarios/record/record-notes.json';
import { t } from '../i18n/messages';
import type { LaunchRecordFile, RecordEvent, RecordNote } from './record-schema';

/** The real test events, in date order (CNS North Korea Missile Test Database via NTI, and nuclear tests). */
export const RECORD_EVENTS: readonly RecordEvent[] = (launchFile as LaunchRecordFile).events;

/** The record's notes on named claims. */
export const RECORD_NOTES: readonly RecordNote[] = (notesFile as { notes: RecordNote[] }).notes;

/** How the launch record is credited wherever it is shown (in English: the command line's). */
export const RECORD_CREDIT =
  'CNS North Korea Missile Test Database (via NTI); nuclear tests: public record';

/** How the launch record is credited on a screen or in an export, in the page's language. */
export function recordCredit(): string {
  return t('why.record.credit');
}
