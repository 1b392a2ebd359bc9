import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, SHOTS } from './browser';
import { setUp } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');

const CLAIM = 'claim.001-14.overflight-wedge';

/** The evidence screen is up, with a claim, the rule that uses it and no page scroll. */
async function checkEvidence(page: Page) {
  await page.getByRole('heading', { name: 'The sources', exact: true }).waitFor();
  const claim = page.locator(`[data-claim="${CLAIM}"]`).first();
  const text = await claim.innerText();
  expect(text).toMatch(/Paragraphs 14, 15, 16/);
  expect(text).toMatch(/Rules that use it: .*A missile over Japan shakes the alliances/);
  expect(await page.getByText('Designer assumptions (no source)').isVisible()).toBe(true);
  // The list scrolls inside the panel; the page itself never needs to.
  const fits = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight <= window.innerHeight + 1,
    list: (() => {
      const list = document.querySelector('.evidence-list') as HTMLElement;
      return list.scrollHeight > list.clientHeight;
    })(),
  }));
  expect(fits).toEqual({ page: true, list: true });
  expect(await page.getByTestId('compare-lenses').isVisible()).toBe(true);
  expect(await page.getByTestId('evidence-back').isVisible()).toBe(true);
}

describe('the evidence screen in a real browser', () => {
  it('opens from the title, keyboard first, and compares the lenses in the worker on demand', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await page.getByTestId('open-evidence').focus();
    await page.keyboard.press('Enter');
    await checkEvidence(page);
    await page.getByTestId('compare-lenses').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('evidence-status').innerText())
      .toMatch(/Lens \d of 4/);
    const table = page.getByTestId('lens-table');
    await table.waitFor({ timeout: 90_000 });
    const rows = await table.innerText();
    for (const lens of [
      'A balanced reading',
      'Engagement is the least bad option',
      'A firm, united response',
    ])
      expect(rows).toContain(lens);
    expect(rows).toMatch(/pts\)/);
    await page.screenshot({ path: join(SHOTS, 'evidence-1366x768.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'evidence-1920x1080.png') });
    await page.getByTestId('evidence-back').click();
    await page.getByTestId('play').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('opens from a "why?" panel of an option, and Back returns to the board', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await setUp(page, ['us']);
    await page.locator('[data-key="why-us.talks-no-preconditions"]').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const why = await dialog.innerText();
    expect(why).toMatch(/Rules this choice can set off/);
    // The sanctions rule this offer prevents is listed as ruled out, never as set off.
    const setOff = why.split('Rules this choice can set off')[1]?.split('Rules it')[0] ?? '';
    expect(setOff).toMatch(/Talks offer eases|%|chance|\+|−|-/);
    expect(setOff).not.toContain('Sanctions with no offer of talks');
    expect(why).toMatch(
      /Rules it rules out in the next rounds[\s\S]*Sanctions with no offer of talks/,
    );
    await page.screenshot({ path: join(SHOTS, 'why-option.png') });
    await page.getByTestId('see-evidence').click();
    await checkEvidence(page);
    await page.getByTestId('evidence-back').click();
    await page.waitForFunction(() => window.__overflight.scene() === 'BoardScene');
    expect(await page.getByTestId('choose-us.un-sanctions').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
