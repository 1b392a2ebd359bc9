import { h } from '../../dom/h';
import { type MessageKey, t } from '../../i18n/messages';
import type { App } from '../app';

/** The screens whose code is loaded on demand, as their callers name them. */
export type LazyScreen = 'debrief' | 'policy lab' | 'evidence';

const LOADING: Record<LazyScreen, MessageKey> = {
  debrief: 'play.lazy.loading.debrief',
  'policy lab': 'play.lazy.loading.lab',
  evidence: 'play.lazy.loading.evidence',
};

const FAILED: Record<LazyScreen, MessageKey> = {
  debrief: 'play.lazy.failed.debrief',
  'policy lab': 'play.lazy.failed.lab',
  evidence: 'play.lazy.failed.evidence',
};

/**
 * Show a screen whose code is loaded on demand (the debrief and the lab carry the chart library,
 * which the first board does not need). Until the code arrives, a status line says so; if it
 * cannot be fetched (the network dropped), the player is told and can go back. Returns a cleanup
 * for the scene's shutdown: if the player has left before the code arrives, nothing is shown.
 */
export function showWhenLoaded<M>(
  app: App,
  what: LazyScreen,
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
      h('p', { role: 'status', class: 'loading' }, t(LOADING[what])),
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
          h('p', {}, t(FAILED[what])),
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
