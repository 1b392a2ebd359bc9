import { h } from '../../dom/h';
import { type MessageKey, t } from '../../i18n/messages';
import type { App } from '../app';

/**
 * What a screen loaded on demand says, as whole messages of the catalog: the status line while
 * its code arrives, and the alert when it cannot.
 */
export interface LazyScreenTexts {
  loading: MessageKey;
  failed: MessageKey;
}

/**
 * Show a screen whose code is loaded on demand (the debrief and the lab carry the chart library,
 * which the first board does not need). Until the code arrives, a status line says so; if it
 * cannot be fetched (the network dropped), the player is told and can go back. Returns a cleanup
 * for the scene's shutdown: if the player has left before the code arrives, nothing is shown.
 */
export function showWhenLoaded<M>(
  app: App,
  texts: LazyScreenTexts,
  load: () => Promise<M>,
  show: (module: M) => () => void,
  back: () => void,
): () => void {
  let left = false;
  let cleanup: (() => void) | null = null;
  app.overlay.show(
    h(
      'section',
      { class: 'panel loading-panel' },
      h('p', { role: 'status', class: 'loading' }, t(texts.loading)),
    ),
    false,
  );
  load().then(
    (module) => {
      if (!left) cleanup = show(module);
    },
    () => {
      if (left) return;
      app.overlay.show(
        h(
          'section',
          { class: 'panel loading-panel', role: 'alert' },
          h('p', {}, t(texts.failed)),
          h('button', { type: 'button', class: 'primary', onclick: back }, t('common.back')),
        ),
      );
    },
  );
  return () => {
    left = true;
    cleanup?.();
  };
}
