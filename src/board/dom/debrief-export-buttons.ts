import './print.css';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { GameLabels } from '../../model/labels';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import { debriefJson } from '../view/debrief-json';
import { debriefMarkdown } from '../view/debrief-markdown';

/** A label as part of a file name: ASCII letters and digits joined by single dashes (or ''). */
export function slug(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * A download's file name, safe on any system: `overflight-<scenario>-<class>-<date>-seed-<n>.<ext>`
 * (class and date when the teacher gave them), e.g.
 * `overflight-aug-2017-10B-History-2026-12-01-seed-1.md`.
 */
export function exportFileName(
  scenario: Scenario,
  game: GameState,
  ext: 'md' | 'json',
  labels?: GameLabels | null,
): string {
  const crisis = /^[a-z]{3}-\d{4}/.exec(scenario.id)?.[0] ?? slug(scenario.id);
  const parts = ['overflight', crisis, slug(labels?.className), labels?.date ?? ''];
  return `${parts.filter(Boolean).join('-')}-seed-${game.seed}.${ext}`;
}

/** Hand the browser a file to save: a Blob behind an object URL, clicked through an <a download>. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next tick: some browsers start reading the URL only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The chart's data table sits in a closed <details>, which a browser does not print. Open it for
 * printing, however printing was started (this button or the browser's menu), then restore it.
 */
function openTablesWhilePrinting(): void {
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.debrief details')) {
      if (details.open) continue;
      details.open = true;
      opened.push(details);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}
if (typeof window !== 'undefined') openTablesWhilePrinting();

/**
 * The debrief's export buttons: Markdown and JSON downloads, a printable page ("Save as PDF"
 * in the browser's print dialog), and a share link that opens this debrief elsewhere. The
 * screen that shows the debrief appends the returned group.
 */
export function debriefExportButtons(
  scenario: Scenario,
  setup: GameSetup,
  game: GameState,
  shareLink: () => HTMLElement,
): HTMLElement {
  const status = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const link = h('div', { class: 'share-link' });
  const save = (ext: 'md' | 'json') => {
    const name = exportFileName(scenario, game, ext, setup.labels);
    if (ext === 'md')
      download(name, 'text/markdown;charset=utf-8', debriefMarkdown(scenario, setup, game));
    else
      download(
        name,
        'application/json;charset=utf-8',
        `${JSON.stringify(debriefJson(scenario, setup, game), null, 2)}\n`,
      );
    status.textContent = t('debrief.heading.downloaded', { file: name });
  };
  return h(
    'div',
    { class: 'export-buttons', role: 'group', 'aria-labelledby': 'export-heading' },
    h('h2', { id: 'export-heading' }, t('debrief.export.heading')),
    h('p', { class: 'hint', id: 'export-hint' }, t('debrief.export.hint')),
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'export-md',
        'aria-describedby': 'export-hint',
        onclick: () => save('md'),
      },
      t('debrief.heading.downloadMarkdown'),
    ),
    ' ',
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'export-json',
        'aria-describedby': 'export-hint',
        onclick: () => save('json'),
      },
      t('debrief.heading.downloadJson'),
    ),
    ' ',
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'export-print',
        'aria-describedby': 'export-hint',
        onclick: () => window.print(),
      },
      t('debrief.heading.print'),
    ),
    ' ',
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'copy-link',
        onclick: () => link.replaceChildren(shareLink()),
      },
      t('debrief.export.copyLink'),
    ),
    link,
    status,
  );
}
