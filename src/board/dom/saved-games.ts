import { h } from '../../dom/h';
import { readRecordFile } from '../save/record-link';
import type { SaveEnvelope, SaveSummary } from '../save/save-store';
import { filedUnder, teamNames } from '../view/debrief-words';

/** What the saved-games panel asks of the title scene. */
export interface SavedGamesIntents {
  resume(id: string): void;
  remove(id: string): void;
  openFallback(save: SaveEnvelope): void;
  dismissNotice(): void;
  importText(text: string): void;
  /** Open "Compare games…" (the class debrief's picker). */
  compare(): void;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A save named for a teacher: "Aug 2017 — 10B History · 1 Dec 2026", else its title alone. */
function named(save: SaveSummary): string {
  const filed = filedUnder(save.labels);
  return filed ? `${save.title} — ${filed}` : save.title;
}

/** A save's name as the saved-games list gives it (the class debrief names its room so). */
export const savedGameName = named;

/** The lines under a save: its teams, and where a branch came from. */
function details(save: SaveSummary, saves: SaveSummary[]): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const teams = teamNames(save.labels);
  if (teams.length > 0)
    lines.push(h('span', { class: 'save-detail' }, `Teams: ${teams.join('; ')}`));
  if (save.branchOf) {
    const original = saves.find((o) => o.id === save.branchOf?.id);
    const of = original
      ? `${named(original)} (saved ${when(original.savedAt)})`
      : 'an earlier game';
    lines.push(
      h(
        'span',
        { class: 'save-detail', 'data-testid': 'save-branch' },
        `Branch of ${of} from round ${save.branchOf.fromRound}`,
      ),
    );
  }
  return lines;
}

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
                `${named(s)} — ${s.finished ? 'finished' : `round ${s.round}`} · ${when(s.savedAt)} `,
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
                  'aria-label': `Delete ${named(s)}, ${when(s.savedAt)}`,
                },
                'Delete',
              ),
              details(s, saves),
            ),
          ),
        ),
    h('label', { class: 'small' }, 'Open a game record file: ', file),
    h(
      'p',
      { class: 'small' },
      h(
        'button',
        { type: 'button', onclick: intents.compare, 'data-testid': 'compare-games' },
        'Compare games…',
      ),
      ' Rooms or groups side by side: the class debrief.',
    ),
  );
}
