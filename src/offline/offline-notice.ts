// The small notice that tells the teacher about the copy of the game kept in this browser. It
// never takes the focus or covers the board's controls, and it never reloads anything itself:
// only its "Reload now" button does, when the teacher chooses.
import { h } from '../dom/h';
import type { OfflineNotice } from './register-offline';
import './offline-notice.css';

/** What each notice says, in words a teacher reads at a glance. */
export const NOTICE_TEXT: Readonly<Record<OfflineNotice, string>> = {
  ready: 'Overflight is now kept in this browser: it will open here even without the internet.',
  update: 'A new version of Overflight is ready. Reload when the class is done.',
  'updated-elsewhere':
    'Overflight was updated in another tab. Reload this one when the class is done.',
};

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
    h('p', {}, NOTICE_TEXT[notice]),
    notice === 'ready'
      ? h('button', { type: 'button', onclick: close }, 'OK')
      : [
          h(
            'button',
            { type: 'button', 'data-testid': 'offline-reload', onclick: () => reloadNow() },
            'Reload now',
          ),
          h('button', { type: 'button', 'data-testid': 'offline-later', onclick: close }, 'Later'),
        ],
  );
  if (notice === 'ready') window.setTimeout(close, READY_MS);
  document.body.append(box);
  shown = box;
}
