import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, SHOTS } from './browser';
import { game, setUp, usPlays } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');

describe('charts a class can read, in a real browser at 1366×768', () => {
  it('Compare shows every indicator for both games; the debrief chart names every line and brings chosen ones forward', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    for (const option of ['us.un-sanctions', 'us.show-of-force', 'us.un-sanctions']) {
      await usPlays(page, option);
      await page.getByTestId('next-round').click();
    }
    await page.keyboard.press('Shift+F');
    await page.getByTestId('rewind-select').selectOption('2');
    await page.getByTestId('rewind').click();
    await page.waitForFunction(() => window.__overflight.game()?.history.length === 1);
    await usPlays(page, 'us.talks-no-preconditions');
    await page.getByTestId('next-round').click();
    await usPlays(page, 'us.talks-no-preconditions');
    await page.keyboard.press('Shift+F');
    await page.getByTestId('compare').click();

    // Small multiples: one chart per indicator, each with both games, named once in the key.
    const compare = page.getByTestId('branch-compare');
    await compare.waitFor();
    const charts = compare.locator('.compare-one');
    expect(await charts.count()).toBe(12);
    expect(await charts.first().locator('svg path').count()).toBe(2);
    expect(await compare.locator('.compare-key').innerText()).toMatch(
      /Original game[\s\S]*This branch/,
    );
    expect(await charts.nth(4).locator('h3').innerText()).toBe('Regional tension');
    expect(await charts.nth(4).locator('.compare-now').innerText()).toMatch(
      /^Now: original \d+(\.\d)?, branch \d+(\.\d)? \((▲ |▼ |same)/,
    );
    // Round ticks are whole rounds, "Start" first; nothing on an axis repeats a heading.
    await page.screenshot({ path: join(SHOTS, 'compare-1366.png') });
    const ticks = await charts
      .first()
      .locator('svg text')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(ticks).toEqual(
      expect.arrayContaining(['Start', '1', '2', '3', 'Round', '0', '50', '100']),
    );
    expect(ticks.filter((t) => /^\d+\.\d+$/.test(t))).toEqual([]);
    // At 1366×768 at least two rows of four charts are in view at once.
    const boxes = await charts.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
    expect(new Set(boxes.slice(0, 4).map((b) => Math.round(b.top))).size).toBe(1);
    expect(boxes[4]?.bottom ?? 9999).toBeLessThan(768);
    await page.screenshot({ path: join(SHOTS, 'compare-1366.png') });
    await page.keyboard.press('Escape');

    await page.keyboard.press('Shift+F');
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    const figure = page.locator('.indicator-chart');
    await figure.scrollIntoViewIfNeeded();
    const entries = figure.locator('.legend-entry');
    expect(await entries.count()).toBe(12);
    const names = await entries.allInnerTexts();
    expect(names.every((n) => n.trim().length > 3 && !/^-+$/.test(n.trim()))).toBe(true);
    expect(await figure.innerText()).not.toMatch(/--/);
    const pressed = () =>
      entries.evaluateAll(
        (els) => els.filter((e) => e.getAttribute('aria-pressed') === 'true').length,
      );
    expect(await pressed()).toBe(4);
    await entries.nth(0).click();
    expect(await pressed()).toBe(5);
    // The chart's x axis spans the rounds played, in whole rounds, starting at 0.
    const range = await page.evaluate(() => {
      const el = document.querySelector('.indicator-chart') as HTMLElement & {
        chart?: { scales: { x: { min: number; max: number } } };
      };
      return el.chart?.scales.x;
    });
    const played = (await game(page)).history.length;
    expect(range?.min).toBe(0);
    expect(range?.max).toBe(played);
    await page.screenshot({ path: join(SHOTS, 'debrief-chart-1366.png') });
    await figure.getByRole('button', { name: 'All lines' }).click();
    expect(await pressed()).toBe(12);
    await page.screenshot({ path: join(SHOTS, 'debrief-chart-all-1366.png') });
    expect(errors).toEqual([]);
    await close();
  });
});
