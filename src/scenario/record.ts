import {
  type LaunchRecordFile,
  LaunchRecordFileSchema,
  type RecordNotesFile,
  RecordNotesFileSchema,
} from '../history/record-schema';
import type { Claim } from '../model/schema';
import { parseWith } from './load';
import { type LoadResult, parseJsonText } from './result';

/** The record files' names inside scenarios/. */
export const RECORD_FILES = {
  launches: 'record/nk-launches.json',
  notes: 'record/record-notes.json',
} as const;

/** Load the real launch record from its JSON text; events must run in date order. */
export function loadLaunchRecord(text: string, file: string): LoadResult<LaunchRecordFile> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseWith(LaunchRecordFileSchema, json.value, file);
  if (!parsed.ok) return parsed;
  const events = parsed.value.events;
  for (let i = 1; i < events.length; i++) {
    if ((events[i]?.date ?? '') < (events[i - 1]?.date ?? '')) {
      return {
        ok: false,
        errors: [{ file, path: `events[${i}].date`, message: 'events must be in date order' }],
      };
    }
  }
  return parsed;
}

/**
 * Load the record's notes from their JSON text: the schema, then every claim a note speaks to
 * must be in the claim catalog, and ids must be unique. All errors at once, naming file and path.
 */
export function loadRecordNotes(
  text: string,
  file: string,
  claims: readonly Claim[],
): LoadResult<RecordNotesFile> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseWith(RecordNotesFileSchema, json.value, file);
  if (!parsed.ok) return parsed;
  const known = new Set(claims.map((c) => c.id));
  const seen = new Set<string>();
  const errors: { file: string; path: string; message: string }[] = [];
  parsed.value.notes.forEach((note, i) => {
    if (seen.has(note.id))
      errors.push({ file, path: `notes[${i}].id`, message: `${note.id} is used twice` });
    seen.add(note.id);
    note.claims.forEach((id, j) => {
      if (!known.has(id))
        errors.push({
          file,
          path: `notes[${i}].claims[${j}]`,
          message: `unknown claim "${id}" (not in scenarios/claims.json)`,
        });
    });
  });
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
