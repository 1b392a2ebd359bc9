import { t } from '../i18n/messages';
import type { GameState } from '../model/state';
import type { RecordNote, RecordStance } from './record-schema';

/** A note that applies to a game, with what in the game called it up. */
export interface NoteForGame {
  note: RecordNote;
  /** The note's claims that some change in the game cited. */
  claims: string[];
  /** The note's launch kinds that happened in the game. */
  launchKinds: string[];
}

/** Plain words for a stance, in the page's language, as the debrief and the export print them. */
export function stanceLabel(stance: RecordStance): string {
  return t(`why.record.stance.${stance}`);
}

/**
 * The record's notes a game calls up: those whose claims a change in the game cited, or one of
 * whose launch kinds happened. Contesting notes first, then in the file's order.
 */
export function notesForGame(game: GameState, notes: readonly RecordNote[]): NoteForGame[] {
  const cited = new Set<string>();
  const launched = new Set<string>();
  for (const record of game.history) {
    for (const entry of record.trace) for (const id of entry.claims) cited.add(id);
    for (const launch of record.launches) launched.add(launch.kind);
  }
  const order: RecordStance[] = ['contests', 'partly-supports', 'mixed', 'supports'];
  return notes
    .map((note) => ({
      note,
      claims: note.claims.filter((id) => cited.has(id)),
      launchKinds: note.launchKinds.filter((kind) => launched.has(kind)),
    }))
    .filter((n) => n.claims.length + n.launchKinds.length > 0)
    .sort((a, b) => order.indexOf(a.note.stance) - order.indexOf(b.note.stance));
}
