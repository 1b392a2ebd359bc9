import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, SHOTS } from './browser';
import { game, setUp, usPlays } from './classroom-setup';
import { HAS_PYTHON, type ServedCopy, serveWithNode, serveWithPython } from './serve-folder';

const browser = browserForFile();

/** A fresh browser profile (no copy of the game kept yet) with the page's errors and requests. */
async function visit(served: ServedCopy) {
  const context = await browser().newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  const failed: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p.on('pageerror', (error) => errors.push(String(error)));
    p.on('request', (r) => requested.push(r.url()));
    p.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  };
  watch(page);
  context.on('page', watch);
  await page.goto(served.url);
  await page.getByTestId('play').waitFor();
  return { context, page, errors, requested, failed };
}

/** Wait until the game says it is kept in this browser, and a service worker serves the page. */
async function keptOffline(page: Page): Promise<void> {
  // Caching the game's 2.5 MB takes a moment; far longer on a machine busy with other tests.
  await page.locator('[data-notice="ready"]').waitFor({ timeout: 150_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The registration's waiting worker, if a new version is waiting. */
function waitingVersion(page: Page): Promise<boolean> {
  return page.evaluate(async () =>
    Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
  );
}

/** The page's buttons and fields, other than the notice's own, that the notice overlaps. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notice = document.querySelector('.offline-notice')?.getBoundingClientRect();
    if (!notice) return ['(no notice)'];
    return [...document.querySelectorAll<HTMLElement>('#ui button, #ui input, #ui select')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        return (
          r.left < notice.right &&
          r.right > notice.left &&
          r.top < notice.bottom &&
          r.bottom > notice.top
        );
      })
      .map((el) => el.dataset.testid ?? el.textContent ?? el.tagName);
  });
}

/** The sound files the page fetched, each with whether the kept copy answered. */
function soundsFrom(context: BrowserContext) {
  const sounds: { file: string; status: number; fromCopy: boolean }[] = [];
  context.on('response', (r) => {
    if (r.url().endsWith('.mp3'))
      sounds.push({
        file: r.url().replace(/^.*\/assets\//, ''),
        status: r.status(),
        fromCopy: r.fromServiceWorker(),
      });
  });
  return sounds;
}

// Each test caches the whole game in a fresh browser profile first.
describe('a class without installing anything', { timeout: 400_000 }, () => {
  it.skipIf(!HAS_PYTHON)(
    'from a folder served by `python3 -m http.server` under /overflight/: after one visit it plays, runs the lab, sounds and opens a share link with no connection, and opens with the server gone',
    async () => {
      const served = await serveWithPython();
      const { context, page, errors, requested, failed } = await visit(served);
      await keptOffline(page);
      expect(await page.locator('[data-notice="ready"]').innerText()).toMatch(
        /kept in this browser: it will open here even without the internet/,
      );
      // Everything the game asked for lies inside its folder, and was there.
      expect(requested.filter((u) => !u.startsWith(served.url))).toEqual([]);
      expect(failed).toEqual([]);

      await context.setOffline(true);
      const sounds = soundsFrom(context);
      await page.reload();
      await page.getByTestId('play').waitFor();

      // The lab's worker, from the kept copy.
      await page.getByTestId('open-lab').click();
      await page.getByTestId('lab-runs').fill('20');
      await page.getByTestId('lab-run').click();
      await page.getByTestId('result-a').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('lab-status').innerText()).toMatch(/Done: 20 games/);
      await page.getByTestId('lab-back').click();

      // Title → setup → the first decision → commit → the round's report.
      await setUp(page, ['us']);
      await usPlays(page, 'us.un-sanctions');
      expect((await game(page)).history).toHaveLength(1);
      await expect
        .poll(() => sounds.map((s) => s.file.replace(/-.*/, '')).sort(), { timeout: 30_000 })
        .toEqual(['ambient', 'bell', 'chime', 'launch', 'siren']);
      expect(sounds.every((s) => s.status === 200 && s.fromCopy)).toBe(true);

      // A share link made here carries the sub-folder, and opens the same game, still offline.
      await page.keyboard.press('Shift+F');
      await page.getByTestId('copy-link').click();
      const link = await page.getByTestId('share-link').inputValue();
      expect(link.startsWith(`${served.url}#record=`)).toBe(true);
      const other = await context.newPage();
      await other.goto(link);
      await other.waitForFunction(() => window.__overflight?.game()?.history?.length === 1);
      expect(JSON.stringify(await game(other))).toBe(JSON.stringify(await game(page)));
      expect(errors).toEqual([]);

      // The USB stick pulled out: the server stopped and its files gone. This browser still
      // opens the game at the same address (here the saved game, where the class left it).
      await served.close();
      await context.setOffline(false);
      const later = await context.newPage();
      await later.goto(served.url);
      await later.waitForFunction(() => window.__overflight?.phase() === 'report');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('a new version on the server is announced, never applied mid-game, and applied by "Reload now" or by closing the game', async () => {
    const served = await serveWithNode();
    try {
      const { context, page, errors } = await visit(served);
      await keptOffline(page);
      await setUp(page, ['us']);

      // The school's IT copies a new build over the old one (any change to sw.js is one).
      const newVersion = (n: number) =>
        appendFileSync(join(served.folder, 'sw.js'), `\n// version ${n}\n`);
      newVersion(2);
      // The next time the game is opened, the browser finds the new version and downloads it.
      await page.reload();
      const notice = page.locator('[data-notice="update"]');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.innerText()).toMatch(
        /A new version of Overflight is ready\. Reload when the class is done\./,
      );
      expect(await page.evaluate(() => window.__overflight.phase())).toBe('decisions');
      // It covers none of the board's controls (the cards, Commit, the top bar's buttons).
      expect(await coveredControls(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'offline-update-notice.png') });

      // The class plays on in the same page: nothing reloads it.
      await page.evaluate(() => Object.assign(window, { samePage: true }));
      await usPlays(page, 'us.un-sanctions');
      await page.waitForTimeout(2000);
      expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
      expect(await waitingVersion(page)).toBe(true);

      // "Later" puts it away; opening the game again reminds the teacher.
      await page.getByTestId('offline-later').click();
      expect(await notice.count()).toBe(0);
      await page.reload();
      await notice.waitFor({ timeout: 30_000 });
      expect(await waitingVersion(page)).toBe(true);

      // Every tab of the game closed, the next opening runs the new version, at the saved game.
      await page.close();
      const next = await context.newPage();
      await next.goto(served.url);
      await next.waitForFunction(() => window.__overflight?.phase() === 'report');
      expect(await waitingVersion(next)).toBe(false);
      expect(await next.locator('[data-testid="offline-notice"]').count()).toBe(0);

      // "Reload now": the new version takes over and the saved game opens where it was.
      newVersion(3);
      await next.reload();
      await next.locator('[data-notice="update"]').waitFor({ timeout: 60_000 });
      await Promise.all([next.waitForEvent('load'), next.getByTestId('offline-reload').click()]);
      await next.waitForFunction(() => window.__overflight?.phase() === 'report');
      expect(await waitingVersion(next)).toBe(false);
      expect(await next.locator('[data-testid="offline-notice"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await served.close();
    }
  });

  it('opened as a file (file://), it says what to do instead of staying blank', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const index = join(import.meta.dirname, '..', '..', 'dist', 'index.html');
    await page.goto(pathToFileURL(index).href);
    const warning = page.locator('#file-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(
      /cannot start from a file opened directly[\s\S]*START-HERE\.txt/,
    );
    // Chromium blocks the game's module scripts from file://, so the title never comes.
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('play').count()).toBe(0);
    await context.close();
  });
});
