import { h } from '../../dom/h';
import { intlLocale, PSEUDO_LOCALE } from '../../i18n/locales';
import { currentLocale, t } from '../../i18n/messages';
import { pseudoText } from '../../i18n/pseudo';
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

/** When a game was saved, to the minute, as the page's language writes it. */
function when(iso: string): string {
  const locale = currentLocale();
  const text = new Date(iso).toLocaleString(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return locale === PSEUDO_LOCALE ? pseudoText(text) : text;
}

/** A save named for a teacher: "Aug 2017 — 10B History · 1 Dec 2026", else its title alone. */
function named(save: SaveSummary): string {
  const filed = filedUnder(save.labels);
  return filed ? t('menus.saves.named', { title: save.title, filed }) : save.title;
}

/** A save's name as the saved-games list gives it (the class debrief names its room so). */
export const savedGameName = named;

/** The lines under a save: its teams, and where a branch came from. */
function details(save: SaveSummary, saves: SaveSummary[]): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const teams = teamNames(save.labels);
  if (teams.length > 0)
    lines.push(
      h(
        'span',
        { class: 'save-detail' },
        t('menus.saves.teams', { teams: teams.join(t('menus.saves.teamSeparator')) }),
      ),
    );
  if (save.branchOf) {
    const original = saves.find((o) => o.id === save.branchOf?.id);
    const round = save.branchOf.fromRound;
    lines.push(
      h(
        'span',
        { class: 'save-detail', 'data-testid': 'save-branch' },
        original
          ? t('menus.saves.branchOf', {
              name: named(original),
              when: when(original.savedAt),
              round,
            })
          : t('menus.saves.branchOfUnknown', { round }),
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
    'aria-label': t('menus.saves.recordFile'),
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
                t('menus.saves.openFallback', {
                  round: notice.fallback.round,
                  when: when(notice.fallback.savedAt),
                }),
              )
            : h('p', {}, t('menus.saves.noFallback')),
          ' ',
          h('button', { type: 'button', onclick: intents.dismissNotice }, t('menus.saves.dismiss')),
        )
      : null,
    h('h2', { id: 'saves-heading' }, t('menus.saves.heading')),
    saves.length === 0
      ? h('p', { class: 'small' }, t('menus.saves.none'))
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
                `${
                  s.finished
                    ? t('menus.saves.itemFinished', { name: named(s), when: when(s.savedAt) })
                    : t('menus.saves.itemRound', {
                        name: named(s),
                        round: s.round,
                        when: when(s.savedAt),
                      })
                } `,
              ),
              h(
                'button',
                { type: 'button', onclick: () => intents.resume(s.id), 'data-testid': 'resume' },
                s.finished ? t('menus.saves.open') : t('menus.saves.resume'),
              ),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => intents.remove(s.id),
                  'aria-label': t('menus.saves.deleteLabel', {
                    name: named(s),
                    when: when(s.savedAt),
                  }),
                },
                t('menus.saves.delete'),
              ),
              details(s, saves),
            ),
          ),
        ),
    h('label', { class: 'small' }, `${t('menus.saves.recordFileLabel')} `, file),
    h(
      'p',
      { class: 'small' },
      h(
        'button',
        { type: 'button', onclick: intents.compare, 'data-testid': 'compare-games' },
        t('menus.saves.compare'),
      ),
      ` ${t('menus.saves.compareHint')}`,
    ),
  );
}
