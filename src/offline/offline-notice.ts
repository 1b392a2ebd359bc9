// The small notice that tells the teacher about the copy of the game kept in this browser. It
// never takes the focus or covers the board's controls, and it never reloads anything itself:
// only its "Reload now" button does, when the teacher chooses.
import { h } from '../dom/h';
import { t } from '../i18n/messages';
import type { OfflineNotice } from './register-offline';
import './offline-notice.css';

/** What a notice says, in words a teacher reads at a glance. */
export function noticeText(notice: OfflineNotice): string {
  switch (notice) {
    case 'ready':
      return t('menus.offline.ready');
    case 'update':
      return t('menus.offline.update');
    case 'updated-elsewhere':
      return t('menus.offline.updatedElsewhere');
  }
}

/** How long the "ready" notice stays (it needs no answer). */
const READY_MS = 10_000;

let shown: HTMLElement | null = null;

/** Show a notice at the foot of the page, in place of any earlier one. */
export function showOfflineNotice(notice: OfflineNotice, reloadNow: () => void): void {
  shown?.remove();
  const close = () => {
    box.remove();
    if (shown === box) shown = null;
  };
  const box = h(
    'aside',
    {
      class: 'offline-notice',
      role: 'status',
      'data-testid': 'offline-notice',
      'data-notice': notice,
    },
    h('p', {}, noticeText(notice)),
    notice === 'ready'
      ? h('button', { type: 'button', onclick: close }, t('menus.offline.ok'))
      : [
          h(
            'button',
            { type: 'button', 'data-testid': 'offline-reload', onclick: () => reloadNow() },
            t('menus.offline.reload'),
          ),
          h(
            'button',
            { type: 'button', 'data-testid': 'offline-later', onclick: close },
            t('menus.offline.later'),
          ),
        ],
  );
  if (notice === 'ready') window.setTimeout(close, READY_MS);
  document.body.append(box);
  shown = box;
}
