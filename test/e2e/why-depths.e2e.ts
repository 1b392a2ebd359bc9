import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, SHOTS, settled } from './browser';
import { setUp } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');

/** What a player would notice if the game were lost: phase, round, gauges, history, selection. */
function gameState(page: Page) {
  return page.evaluate(() => {
    const game = window.__overflight.game();
    return {
      scene: window.__overflight.scene(),
      phase: window.__overflight.phase(),
      round: game.round,
      indicators: game.indicators,
      history: JSON.stringify(game.history),
    };
  });
}

/** Words a reader meets, counted as the measurement script counts them. */
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('"why?" in two depths, and the sources screen', () => {
  it('opens short with linked citations, shows the evidence on demand, follows a citation to its paragraph and comes back to the same game', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await setUp(page, ['us']);
    await page.getByTestId('choose-us.un-sanctions').click();
    await page.getByTestId('commit').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'report');
    await settled(page);

    // Depth one: a short list, one line per step, each with its number and a citation link
    // or the designer-assumption mark; the evidence is hidden.
    await page.getByTestId('gauge-nkTestingDrive').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const lines = dialog.locator('.why-line');
    const count = await lines.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const line = lines.nth(i);
      expect(await line.locator('.why-number').innerText()).toMatch(/^[▲▼ ]*[+−±]\d+$/);
      const marks =
        (await line.locator('a.cite-link').count()) +
        (await line.locator('.assumption-mark').count());
      expect(marks).toBeGreaterThan(0);
    }
    const first = `${await dialog.locator('#why-title').innerText()} ${await dialog.getByTestId('why-plain').innerText()}`;
    expect(words(first)).toBeLessThanOrEqual(120);
    expect(first).not.toMatch(/reciprocal|firm-response|reading/i);
    expect(await dialog.getByTestId('why-deep').isVisible()).toBe(false);
    // Each source is named once, in full, at the foot — not in every line.
    const sources = dialog.locator('.why-sources li');
    const ids = await sources.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-source')),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    await page.screenshot({ path: join(SHOTS, 'why-depth-one.png') });

    // Depth two: the claims, their paragraphs and the lenses, behind "Show the evidence".
    const toggle = dialog.getByTestId('show-evidence');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const deep = dialog.getByTestId('why-deep');
    expect(await deep.isVisible()).toBe(true);
    const evidence = await deep.innerText();
    expect(evidence).toMatch(/lens/i);
    expect(await deep.locator('.why-claim').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'why-depth-two.png') });

    // A citation opens the sources screen at that paragraph's claims.
    const before = await gameState(page);
    const link = lines.locator('a.cite-link').first();
    const cite = (await link.getAttribute('data-cite')) ?? '';
    expect(cite).toMatch(/^\d{3}:\d+$/);
    await link.click();
    await page.waitForFunction(() => window.__overflight.scene() === 'EvidenceScene');
    await page.getByRole('heading', { name: 'The sources', exact: true }).waitFor();
    const focused = page.locator('.evidence-focus');
    expect(await focused.count()).toBeGreaterThan(0);
    expect(await focused.first().getAttribute('data-cites')).toContain(cite);
    const source = cite.split(':')[0];
    expect(
      await focused
        .first()
        .evaluate((el) => el.closest('[data-source]')?.getAttribute('data-source')),
    ).toBe(source);
    // It is in view inside the scrolling list, and the status says what was found.
    const inView = await focused.first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      const list = (el.closest('.evidence-list') as HTMLElement).getBoundingClientRect();
      return box.top >= list.top - 1 && box.top < list.bottom;
    });
    expect(inView).toBe(true);
    expect(await page.getByTestId('sources-found').innerText()).toContain(cite);
    // The source's section: what the text shows of it, and a summary in our words.
    const section = page.locator(`[data-source="${source}"]`).first();
    expect(await section.locator('.evidence-summary').innerText()).toMatch(/\w{4,}.*\w{4,}/);
    await page.screenshot({ path: join(SHOTS, 'sources-at-citation.png') });

    // Back: the same game, where it was.
    await page.getByTestId('evidence-back').click();
    await page.waitForFunction(() => window.__overflight.scene() === 'BoardScene');
    expect(await gameState(page)).toEqual(before);
    await page.getByTestId('next-round').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
