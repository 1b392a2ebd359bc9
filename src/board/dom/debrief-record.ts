import { h } from '../../dom/h';
import { recordTable } from '../../dom/record-table';
import { launchComparison } from '../../history/launch-comparison';
import { gameLaunchesByRound } from '../../history/launch-record';
import { RECORD_EVENTS, recordNotesOf } from '../../history/record-data';
import { type NoteForGame, notesForGame, stanceLabel } from '../../history/record-notes';
import { t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import { tParts } from './t-parts';

/** One note of the record's view: its stance on the named claims, the figures, the source. */
function noteItem(scenario: Scenario, { note, claims }: NoteForGame): HTMLElement {
  const named = (claims.length > 0 ? claims : note.claims)
    .map((id) => scenario.claimIndex[id]?.text ?? id)
    .map((text) => t('debrief.record.quoted', { text }));
  return h(
    'li',
    { 'data-testid': `record-note-${note.id}` },
    h(
      'p',
      { class: 'note-head' },
      h('strong', {}, note.title),
      ' ',
      h(
        'span',
        { class: 'stance' },
        t('debrief.record.stance', { stance: stanceLabel(note.stance) }),
      ),
      ' ',
      h('span', { class: 'tag' }, t('debrief.record.publicRecord')),
    ),
    h(
      'p',
      { class: 'claim' },
      t('debrief.record.gameClaim', { claim: named[0] ?? '', more: Math.max(0, named.length - 1) }),
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
      // The source is a citation: as published, in whatever language it was.
      tParts('debrief.record.noteSourceLine', {
        source: h('span', { translate: 'no' }, note.source),
      }),
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
    [{ label: t('debrief.record.thisGame'), byRound: gameLaunchesByRound(game) }],
    RECORD_EVENTS,
  );
  const notes = notesForGame(game, recordNotesOf(scenario));
  return h(
    'section',
    { class: 'debrief-record', 'aria-labelledby': 'record-heading' },
    h('h2', { id: 'record-heading' }, t('debrief.heading.record')),
    recordTable(comparison, t('debrief.record.thisGame'), 'launch-record'),
    notes.length > 0
      ? [
          h('h3', {}, t('debrief.heading.recordNotes')),
          h(
            'ul',
            { class: 'record-notes', 'data-testid': 'record-notes' },
            notes.map((n) => noteItem(scenario, n)),
          ),
        ]
      : null,
  );
}
