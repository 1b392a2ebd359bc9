import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import flags from '../../scripts/chromium-flags.json';
import type { MapRoomProbe, NamedBox } from '../../src/board/scenes/map-overlays';

/** A box on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The game's read-only test hook (see src/main.ts). */
export interface TestHook {
  scene(): string | null;
  phase(): string | null;
  // biome-ignore lint/suspicious/noExplicitAny: the game record is plain JSON here
  game(): any;
  animating(): boolean;
  renderer(): string;
  /** The launch captions the map showed in the latest reveal. */
  launchCaptions(): string[];
  /** Where those captions went on the page (CSS pixels), the map's frame, and the labels each covers. */
  launchCaptionBoxes(): {
    caption: string;
    box: Box;
    map: Box;
    covers: string[];
    up: boolean;
  }[];
  /** Display only: replay the latest reveal with these launches. */
  // biome-ignore lint/suspicious/noExplicitAny: launches are plain JSON here
  replayRevealWith(launches: any[]): boolean;
  /** The board map's labels, overlays and flight path, in page pixels (null off the board). */
  mapRoom(): MapRoomProbe | null;
}

/** What the map's test hook reads, in page pixels: the board's own types. */
export type { MapRoomProbe, NamedBox };

declare global {
  interface Window {
    __overflight: TestHook;
  }
}

/** Flags Debian's Chromium needs on these machines (shared with the scripts that launch it). */
export const CHROMIUM_FLAGS: string[] = flags;

/** Where browser tests leave their screenshots, for people to look at. */
export const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Launch Debian's Chromium headless, with the flags these machines need. */
export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * One Chromium for the test file that calls this (at its top level): launched before its tests,
 * closed after them. Returns the browser for use inside tests.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll; use it inside a test');
    return browser;
  };
}

/**
 * A page that records every console error and uncaught exception; with `clock`, its time is
 * Playwright's to move.
 */
export async function openGame(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; reducedMotion?: boolean; clock?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // Playwright's clock, installed before the page loads: time flows as usual until a test
  // moves it on (page.clock.fastForward) — for the round timer, without waiting minutes.
  if (options.clock) await page.clock.install();
  await page.goto(url);
  await page.getByTestId('play').waitFor();
  return { page, errors, close: () => context.close() };
}

/** The game's phase, read through the test hook. */
export function phase(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__overflight.phase());
}

/** Wait until the map has finished playing the round. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__overflight.animating(), null, { timeout: 60_000 });
}

/**
 * Press Tab (or Shift+Tab with `back`) until the focused element matches, then return; fails
 * after `limit` presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  limit = 400,
  back = false,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return;
  }
  throw new Error(`could not reach ${selector} by keyboard`);
}
