import { describe, expect, it } from 'vitest';
import {
  type OfflineNotice,
  type WorkerContainer,
  watchServiceWorker,
} from '../../src/offline/register-offline';

/** A service worker as the page sees it: a state that changes, and the messages sent to it. */
class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  becomes(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** The browser's side: a registration with its workers, and the page's controller. */
function browserWith(start: { controlled: boolean; active?: boolean; waiting?: boolean }) {
  const registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: start.waiting ? new FakeWorker('installed') : null,
    active: start.active ? new FakeWorker('activated') : null,
  });
  const events = new EventTarget();
  const container = {
    controller: start.controlled ? registration.active : null,
    register: async () => registration,
    addEventListener: events.addEventListener.bind(events),
  };
  const shown: OfflineNotice[] = [];
  let reloadNow = () => {};
  let reloads = 0;
  const watching = watchServiceWorker(
    container as unknown as WorkerContainer,
    'sw.js',
    (notice, reload) => {
      shown.push(notice);
      reloadNow = reload;
    },
    () => reloads++,
  );
  return {
    watching,
    registration,
    shown,
    reloads: () => reloads,
    reloadNow: () => reloadNow(),
    /** A new worker is found and installs (caching every file). */
    installs() {
      const worker = new FakeWorker('installing');
      registration.installing = worker;
      registration.dispatchEvent(new Event('updatefound'));
      registration.installing = null;
      registration.waiting = worker;
      worker.becomes('installed');
      return worker;
    },
    /** A worker takes the page over. */
    takesOver() {
      events.dispatchEvent(new Event('controllerchange'));
    },
  };
}

describe('the offline copy tells the teacher, and never reloads a class by itself', () => {
  it('first visit: once everything is cached, says the game will open offline', async () => {
    const page = browserWith({ controlled: false });
    await page.watching;
    page.installs();
    page.takesOver(); // the first copy takes the page over at once (clientsClaim)
    expect(page.shown).toEqual(['ready']);
    expect(page.reloads()).toBe(0);
  });

  it('a new version found mid-game waits; "Reload now" applies it, and only then reloads', async () => {
    const page = browserWith({ controlled: true, active: true });
    await page.watching;
    const next = page.installs();
    expect(page.shown).toEqual(['update']);
    expect(page.reloads()).toBe(0);
    page.reloadNow();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(page.reloads()).toBe(0); // not before the new version has taken over
    page.takesOver();
    expect(page.reloads()).toBe(1);
  });

  it('a version downloaded on an earlier visit and still waiting is announced again', async () => {
    const page = browserWith({ controlled: true, active: true, waiting: true });
    await page.watching;
    expect(page.shown).toEqual(['update']);
  });

  it('another tab applying the new version is announced here, not followed by a reload', async () => {
    const page = browserWith({ controlled: true, active: true });
    await page.watching;
    page.takesOver();
    expect(page.shown).toEqual(['updated-elsewhere']);
    expect(page.reloads()).toBe(0);
    // Nothing is waiting any more: "Reload now" simply reloads into the new version.
    page.reloadNow();
    expect(page.reloads()).toBe(1);
  });
});
