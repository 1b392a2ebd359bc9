import { h } from '../../dom/h';
import { recordTable } from '../../dom/record-table';
import { launchComparison } from '../../history/launch-comparison';
import { gameLaunchesByRound } from '../../history/launch-record';
import { RECORD_EVENTS, RECORD_NOTES } from '../../history/record-data';
import { type NoteForGame, notesForGame, STANCE_LABELS } from '../../history/record-notes';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';

/** One note of the record's view: its stance on the named claims, the figures, the source. */
function noteItem(scenario: Scenario, { note, claims }: NoteForGame): HTMLElement {
  const named = (claims.length > 0 ? claims : note.claims)
    .map((id) => scenario.claimIndex[id]?.text ?? id)
    .map((text) => `“${text}”`);
  return h(
    'li',
    { 'data-testid': `record-note-${note.id}` },
    h(
      'p',
      { class: 'note-head' },
      h('strong', {}, note.title),
      ' ',
      h('span', { class: 'stance' }, `${STANCE_LABELS[note.stance]}.`),
      ' ',
      h('span', { class: 'tag' }, 'Public record'),
    ),
    h(
      'p',
      { class: 'claim' },
      'The game’s claim: ',
      named[0] ?? '',
      named.length > 1 ? ` (and ${named.length - 1} more)` : '',
    ),
    h('p', {}, note.text),
    h(
      'ul',
      {},
      note.figures.map((f) => h('li', {}, f)),
    ),
    h(
      'p',
      { class: 'source' },
      `Source (public record, not one of the game's texts): ${note.source}.`,
    ),
  );
}

/**
 * The debrief's "record beside the model": this game's launches per round beside the real
 * ones for the same dates, and the record's view on the claims this game's story touched.
 */
export function debriefRecord(scenario: Scenario, game: GameState): HTMLElement {
  const comparison = launchComparison(
    scenario,
    [{ label: 'this game', byRound: gameLaunchesByRound(game) }],
    RECORD_EVENTS,
  );
  const notes = notesForGame(game, RECORD_NOTES);
  return h(
    'section',
    { class: 'debrief-record', 'aria-labelledby': 'record-heading' },
    h('h2', { id: 'record-heading' }, 'The record beside the model'),
    recordTable(comparison, 'this game', 'launch-record'),
    notes.length > 0
      ? [
          h('h3', {}, 'What the record says about the claims this game leaned on'),
          h(
            'ul',
            { class: 'record-notes', 'data-testid': 'record-notes' },
            notes.map((n) => noteItem(scenario, n)),
          ),
        ]
      : null,
  );
}
