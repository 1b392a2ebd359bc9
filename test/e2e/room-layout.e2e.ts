// The board laid out for the room, at a projector's 1920×1080, a laptop's 1366×768, a
// 1024×768 projector and a tablet held upright: what a team needs at each moment is on screen
// without scrolling, measured from the elements' boxes.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, settled } from './browser';
import { setUp, startTimer } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');
const SHOTS = '/tmp/shots-room';
mkdirSync(SHOTS, { recursive: true });

const SIZES = [
  [1920, 1080],
  [1366, 768],
  [1024, 768],
  [768, 1024],
] as const;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Rect> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} is not on screen`);
  return b;
}

/** Every element the locator finds lies wholly inside the viewport (to half a pixel). */
async function allInView(page: Page, locator: Locator, what: string): Promise<number> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const boxes = await locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        x: r.x,
        y: r.y,
        right: r.right,
        bottom: r.bottom,
        id: el.getAttribute('data-testid'),
      };
    }),
  );
  expect(boxes.length, `${what}: none found`).toBeGreaterThan(0);
  for (const b of boxes) {
    const inside = b.x >= -0.5 && b.y >= -0.5 && b.right <= width + 0.5 && b.bottom <= height + 0.5;
    expect(inside, `${what} ${b.id} at ${JSON.stringify(b)} in ${width}×${height}`).toBe(true);
  }
  return boxes.length;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The top bar is one row: every item's vertical middle within a few pixels of the others. */
async function topBarIsOneRow(page: Page) {
  const middles = await page.locator('.topbar > *').evaluateAll((els) =>
    els
      .filter(
        (el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0,
      )
      .map((el) => {
        const r = el.getBoundingClientRect();
        return r.y + r.height / 2;
      }),
  );
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(6);
}

/** Nothing in the dock needs scrolling to be seen. */
async function dockNeedsNoScroll(page: Page) {
  const { scroll, client } = await page
    .locator('.dock-area')
    .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(scroll).toBeLessThanOrEqual(client + 1);
}

describe('the board laid out for the room', () => {
  for (const [width, height] of SIZES) {
    it(`at ${width}×${height}: hand-over with the timer, every card and Commit, the aims and the gauges in view; details and pause leave them so; the reveal gives the map the room`, async () => {
      const { page, errors, close } = await openGame(browser(), url, { width, height });
      const size = `${width}x${height}`;
      // Two teams in sealed hotseat; Washington (ten options) decides first.
      await setUp(page, ['us', 'japan']);
      await startTimer(page, 5, 'selection-stands');
      await topBarIsOneRow(page);
      const handover = page.getByTestId('handover');
      await handover.waitFor();
      await allInView(page, page.getByTestId('handover-timer'), 'the hand-over timer');
      expect(await page.getByTestId('handover-timer').innerText()).toMatch(/[45]:\d\d/);
      await allInView(page, page.getByTestId('handover-ready'), 'the ready button');
      await page.getByTestId('handover-ready').click();

      // The deciding team's whole choice, its aims and score, the gauges and the timer.
      const cards = page.locator('.cards > .card');
      await cards.first().waitFor();
      expect(await allInView(page, cards, 'card')).toBe(10);
      await allInView(page, page.getByTestId('commit'), 'Commit');
      await allInView(page, page.getByTestId('objectives'), 'our aims');
      await allInView(page, page.locator('[data-testid^="gauge-"]'), 'gauge');
      await allInView(page, page.getByTestId('timer'), 'the timer');
      await dockNeedsNoScroll(page);
      await topBarIsOneRow(page);
      // The map keeps a real share of the screen even while a team decides.
      expect((await box(page.locator('.stage'))).height).toBeGreaterThan(height * 0.18);
      await page.screenshot({ path: `${SHOTS}/decide-${size}.png` });

      // Choosing the last card leaves Commit in view and clear of the top bar.
      await page.getByTestId('choose-us.covert-pressure').click();
      const commit = page.getByTestId('commit');
      await expect.poll(() => commit.innerText()).toMatch(/Commit: Covert pressure/);
      await allInView(page, commit, 'Commit after choosing the last card');
      expect(overlaps(await box(commit), await box(page.locator('.topbar')))).toBe(false);
      expect(await allInView(page, cards, 'card')).toBe(10);

      // A card's details open over the map; no card and not Commit move out of view.
      await page.getByTestId('details-us.talks-no-preconditions').click();
      const detail = page.getByTestId('card-detail');
      await allInView(page, detail, 'the details');
      expect(await detail.innerText()).toMatch(/Cost:/);
      expect(await allInView(page, cards, 'card')).toBe(10);
      await allInView(page, commit, 'Commit with details open');
      await page.screenshot({ path: `${SHOTS}/details-${size}.png` });
      await page.getByTestId('detail-close').click();
      await detail.waitFor({ state: 'detached' });

      // The running score, and how it is worked out, one click away.
      await page.getByTestId('score-how').click();
      const dialog = page.getByTestId('score-dialog');
      expect(await dialog.innerText()).toMatch(/Washington: \d+(\.\d)?/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // Pause hides the cards, keeps the countdown in view, and stops it.
      await page.keyboard.press('Alt+Shift+F');
      await page.getByTestId('pause-play').click();
      await page.getByTestId('resume-play').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('paused-dock').waitFor();
      expect(await cards.count()).toBe(0);
      await allInView(page, page.getByTestId('paused-timer'), 'the paused timer');
      const left = await page.getByTestId('timer').innerText();
      expect(left).toMatch(/paused/);
      await page.waitForTimeout(2200);
      expect(await page.getByTestId('timer').innerText()).toBe(left);
      await page.keyboard.press('Alt+Shift+F');
      await page.getByTestId('resume-play').click();
      await page.getByTestId('pause-play').waitFor();
      await page.keyboard.press('Escape');

      // Washington commits; Tokyo takes the device and commits; the reveal.
      await page.getByTestId('commit').click();
      await page.getByTestId('handover-ready').click();
      await page.locator('[data-testid^="choose-japan."]:not([disabled])').first().click();
      await page.getByTestId('commit').click();
      await page.waitForFunction(() => window.__overflight.phase() === 'report');
      await settled(page);
      // During the reveal the map has most of the height, and the round's news is in view.
      expect((await box(page.locator('.stage'))).height).toBeGreaterThan(height * 0.4);
      await allInView(page, page.getByTestId('next-round'), 'Next round');
      await allInView(page, page.getByTestId('scores-now'), 'the scores');
      await allInView(page, page.locator('[data-testid^="revealed-"]'), 'a revealed decision');
      await dockNeedsNoScroll(page);
      await page.screenshot({ path: `${SHOTS}/reveal-${size}.png` });
      expect(errors).toEqual([]);
      await close();
    });
  }
});
