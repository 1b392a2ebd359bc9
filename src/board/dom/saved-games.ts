import { h } from '../../dom/h';
import { readRecordFile } from '../save/record-link';
import type { SaveEnvelope, SaveSummary } from '../save/save-store';

/** What the saved-games panel asks of the title scene. */
export interface SavedGamesIntents {
  resume(id: string): void;
  remove(id: string): void;
  openFallback(save: SaveEnvelope): void;
  dismissNotice(): void;
  importText(text: string): void;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Saved games (resume or delete), a game record to open from a file, and — when a save could
 * not be opened — the reason in plain words and the last good save, if there is one.
 */
export function savedGamesPanel(
  saves: SaveSummary[],
  notice: { message: string; fallback: SaveEnvelope | null } | null,
  intents: SavedGamesIntents,
): HTMLElement {
  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    'data-testid': 'import-record',
    'aria-label': 'Open a game record file',
  });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    intents.importText(await readRecordFile(chosen));
  });
  return h(
    'section',
    { class: 'saved-games', 'aria-labelledby': 'saves-heading' },
    notice
      ? h(
          'div',
          { class: 'refusal', role: 'alert', 'data-testid': 'save-notice' },
          h('p', {}, notice.message),
          notice.fallback
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'primary',
                  'data-testid': 'open-fallback',
                  onclick: () => notice.fallback && intents.openFallback(notice.fallback),
                },
                `Open the last good save (round ${notice.fallback.round}, ${when(notice.fallback.savedAt)})`,
              )
            : h('p', {}, 'No earlier good save of this game was found.'),
          ' ',
          h('button', { type: 'button', onclick: intents.dismissNotice }, 'Dismiss'),
        )
      : null,
    h('h2', { id: 'saves-heading' }, 'Saved games'),
    saves.length === 0
      ? h('p', { class: 'small' }, 'None yet. Games save themselves every round.')
      : h(
          'ul',
          { class: 'save-list' },
          saves.map((s) =>
            h(
              'li',
              { 'data-testid': `save-${s.id}` },
              h(
                'span',
                {},
                `${s.title} — ${s.finished ? 'finished' : `round ${s.round}`} · ${when(s.savedAt)} `,
              ),
              h(
                'button',
                { type: 'button', onclick: () => intents.resume(s.id), 'data-testid': 'resume' },
                s.finished ? 'Open' : 'Resume',
              ),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => intents.remove(s.id),
                  'aria-label': `Delete ${s.title}, ${when(s.savedAt)}`,
                },
                'Delete',
              ),
            ),
          ),
        ),
    h('label', { class: 'small' }, 'Open a game record file: ', file),
  );
}
