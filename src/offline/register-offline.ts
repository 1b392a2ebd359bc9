// The page's side of playing offline. After the page has loaded, it registers the service worker
// that vite-plugin-pwa built (dist/sw.js): on the first visit the worker caches every file of the
// game in the background; from then on the game opens with no connection. A new version is never
// applied by itself in the middle of a class: the teacher is told, and reloads when it suits.

/** What the teacher is told about the copy of the game kept in this browser. */
export type OfflineNotice =
  /** Everything is cached: from now on the game opens without the internet. */
  | 'ready'
  /** A new version has been downloaded and waits; it is applied when the teacher reloads. */
  | 'update'
  /** Another tab applied a new version; this tab still runs the one it opened with. */
  | 'updated-elsewhere';

/** Shows a notice; `reloadNow` applies the new version and reloads this tab. */
export type ShowNotice = (notice: OfflineNotice, reloadNow: () => void) => void;

/** The parts of the browser's ServiceWorkerContainer used here (a fake stands in for tests). */
export type WorkerContainer = Pick<
  ServiceWorkerContainer,
  'controller' | 'register' | 'addEventListener'
>;

/** The message Workbox's generated worker answers by taking over from the version before it. */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Register the worker at `scriptUrl` and report to `show` what the teacher should know. Nothing
 * here ever reloads the page, except `reloadNow` once the teacher has asked for it and the new
 * version has taken over.
 */
export async function watchServiceWorker(
  container: WorkerContainer,
  scriptUrl: string,
  show: ShowNotice,
  reload: () => void,
): Promise<void> {
  // Whether a worker served this page: false on the very first visit, until the new worker
  // takes the page over (which is not an update, and needs no notice).
  let controlled = container.controller !== null;
  let reloadAsked = false;
  const registration = await container.register(scriptUrl);

  const reloadNow = () => {
    reloadAsked = true;
    const waiting = registration.waiting;
    // With nothing waiting (another tab already applied it), a plain reload loads the new version.
    if (waiting) waiting.postMessage(SKIP_WAITING);
    else reload();
  };

  container.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    if (reloadAsked) reload();
    else if (wasControlled) show('updated-elsewhere', reloadNow);
  });

  const watched = new WeakSet<ServiceWorker>();
  const watchInstall = (worker: ServiceWorker) => {
    if (watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // Installed beside a version already active, it waits: that is an update. Otherwise it is
      // the first copy, and it has just cached everything.
      const active = registration.active;
      show(active && active !== worker ? 'update' : 'ready', reloadNow);
    });
  };

  // A version downloaded on an earlier visit and still waiting: remind the teacher.
  if (registration.waiting && registration.active) show('update', reloadNow);
  if (registration.installing) watchInstall(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watchInstall(registration.installing);
  });
}

/** True in a build of the game, false under `npm start` (defined in src/offline/pwa-plugin.ts). */
declare const __OFFLINE_COPY__: boolean;

/**
 * In a build (not under `npm start`), register the service worker once the page has loaded, so
 * that the first visit's download is not slowed by it.
 * Browsers allow service workers only on https:// and on http://localhost (and 127.0.0.1): elsewhere,
 * and from file://, the game still runs but is not kept for offline use.
 */
export function registerOffline(): void {
  if (!__OFFLINE_COPY__ || !('serviceWorker' in navigator)) return;
  // The notices' code is fetched only when there is something to say (it is in the copy too).
  const show: ShowNotice = (notice, reloadNow) =>
    void import('./offline-notice').then(({ showOfflineNotice }) =>
      showOfflineNotice(notice, reloadNow),
    );
  const start = () =>
    watchServiceWorker(navigator.serviceWorker, new URL('sw.js', document.baseURI).href, show, () =>
      location.reload(),
    ).catch((error: unknown) => {
      // The game works without it; say why in the console for whoever looks after the server.
      console.warn('Overflight will not be kept for offline use:', error);
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
