import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cellText, launchComparison } from '../../src/history/launch-comparison';
import { batchLaunchesByRound } from '../../src/history/launch-record';
import { RECORD_EVENTS } from '../../src/history/record-data';
import { runLabBatch } from '../../src/lab/lab-batch';
import { firstFewRound } from '../../src/lab/lab-running';
import { runBatch } from '../../src/sim/batch';
import { AUG_2017, scenario } from '../helpers';
import { browserForFile, openGame, SHOTS, tabTo } from './browser';

const browser = browserForFile();
const url = inject('baseUrl');

/** The progress bar's value and maximum. */
function progress(page: Page): Promise<{ value: number; max: number }> {
  return page.getByTestId('lab-progress').evaluate((el) => ({
    value: (el as HTMLProgressElement).value,
    max: (el as HTMLProgressElement).max,
  }));
}

/** Open the lab from the title and set up US sanctions (A) against US talks (B). */
async function sanctionsVersusTalks(page: Page, runs: number): Promise<void> {
  await page.getByTestId('open-lab').click();
  await page.getByTestId('lab').waitFor();
  await page.getByTestId('lab-scenario').selectOption(AUG_2017);
  await page.getByTestId('a-us').selectOption('us.un-sanctions');
  await page.getByTestId('lab-compare').check();
  await page.getByTestId('b-us').selectOption('us.talks-no-preconditions');
  await page.getByTestId('lab-runs').fill(String(runs));
}

describe('the policy lab in a real browser', () => {
  it('compares two strategies on the same seeds in a worker, with the numbers of `npm run simulate`', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await sanctionsVersusTalks(page, 200);
    await page.getByTestId('lab-run').click();
    await page.getByTestId('result-b').waitFor({ timeout: 60_000 });

    expect(await progress(page)).toEqual({ value: 400, max: 400 });
    expect(await page.getByTestId('lab-status').innerText()).toMatch(/Done: 400 games/);
    expect(await page.getByTestId('result-a').isVisible()).toBe(true);
    expect(await page.getByTestId('lab-seeds').innerText()).toMatch(/same 200 games \(seeds 1–200/);
    expect(await page.getByTestId('lab-running-note').innerText()).toMatch(
      /games still running in that round[\s\S]*A: [\s\S]*of 200 games[\s\S]*B: /,
    );

    // The worker ran the same model code as the command line: same seeds, same numbers.
    const s = scenario(AUG_2017);
    const expected = (us: string) => runBatch(s, { seed: 1, runs: 200, policy: { us } });
    const meanA = Number(
      await page.getByTestId('a-mean-tests').evaluate((el) => el.firstChild?.textContent),
    );
    const meanB = Number(
      await page.getByTestId('b-mean-tests').evaluate((el) => el.firstChild?.textContent),
    );
    expect(meanA).toBe(expected('us.un-sanctions').meanTests);
    expect(meanB).toBe(expected('us.talks-no-preconditions').meanTests);
    expect(meanA).toBeGreaterThan(meanB);
    const freezes = expected('us.talks-no-preconditions').outcomes['outcome.test-freeze'] ?? 0;
    expect(await page.getByTestId('b-outcome.test-freeze').innerText()).toContain(`(${freezes})`);

    // Mean launches per round, A then B, beside the record for the same dates: round 1 of
    // August 2017 holds the 15 Sep overflight and the 3 Sep nuclear test (the 29 Aug overflight
    // is the briefing's). The lab shows its means to one decimal.
    const series = ['us.un-sanctions', 'us.talks-no-preconditions'].map((us, i) => ({
      label: i === 0 ? 'A' : 'B',
      byRound: batchLaunchesByRound(expected(us).perRound),
      decimals: 1,
    }));
    const comparison = launchComparison(s, series, RECORD_EVENTS);
    const labCell = (kind: string) =>
      page
        .locator(`[data-testid="lab-launch-record"] tr[data-kind="${kind}"] td`)
        .first()
        .innerText();
    expect(await labCell('all')).toBe(cellText(comparison, 0, 'all'));
    expect(await labCell('all')).toMatch(/ \/ 2$/);
    expect(await labCell('overflight')).toMatch(/ \/ 1$/);

    // Another indicator redraws the band chart.
    await page.getByTestId('lab-indicator').selectOption('regionalTension');
    expect(await page.locator('.lab-chart').getAttribute('aria-label')).toMatch(
      /Regional tension|tension/i,
    );
    await page.getByRole('heading', { name: /Results:/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'lab-results.png') });
    await page.getByTestId('lab-launch-record').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'lab-launch-record.png') });
    expect(errors).toEqual([]);
    await close();
  });

  it('opens on the guide’s crisis and plays an alternating strategy set up in the form', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await page.getByTestId('open-lab').click();
    await page.getByTestId('lab').waitFor();
    // The teaching guide starts with August 2017, Over Japan: so does the lab.
    expect(await page.getByTestId('lab-scenario').inputValue()).toBe(AUG_2017);

    // Washington: UN sanctions in odd rounds, talks in even rounds.
    await page.getByTestId('a-us-plan').selectOption('alternate');
    await page.getByTestId('a-us').selectOption('us.un-sanctions');
    await page.getByTestId('a-us-second').selectOption('us.talks-no-preconditions');
    expect(await page.getByTestId('a-us-words').innerText()).toBe(
      'Push new UN sanctions in odd rounds, Offer talks without preconditions in even rounds.',
    );
    // Tokyo: missile defence through round 4, then the AI.
    await page.getByTestId('a-japan-plan').selectOption('phased');
    await page.getByTestId('a-japan').selectOption('japan.missile-defence');
    await page.getByTestId('a-japan-through').fill('4');
    await page.getByTestId('a-japan-second').selectOption('');
    expect(await page.getByTestId('a-japan-words').innerText()).toMatch(
      /in rounds 1–4, then the AI decides in rounds 5–12/,
    );
    await page.getByTestId('lab-runs').fill('200');
    await page.screenshot({ path: join(SHOTS, 'lab-form-alternating.png') });
    await page.getByTestId('lab-run').click();
    await page.getByTestId('result-a').waitFor({ timeout: 60_000 });

    // What Washington played alternates round by round, in the games themselves.
    const usCell = (round: number) =>
      page
        .locator(`[data-testid="played-a"] tr[data-round="${round}"] td[data-capital="us"]`)
        .innerText();
    for (let round = 1; round <= 12; round++) {
      const text = await usCell(round);
      if (round % 2 === 1) {
        expect(text).toMatch(/^Push new UN sanctions \(\d+\)/);
        expect(text).not.toMatch(/Offer talks/);
      } else {
        expect(text).toMatch(/Offer talks without preconditions \(\d+\)/);
        expect(text).not.toMatch(/UN sanctions/);
      }
    }
    const japan5 = await page
      .locator('[data-testid="played-a"] tr[data-round="5"] td[data-capital="japan"]')
      .innerText();
    expect(japan5).toMatch(/^AI decided \(\d+\)$/);
    expect(await page.getByTestId('result-a').innerText()).toMatch(
      /Washington: Push new UN sanctions in odd rounds, Offer talks without preconditions in even rounds/,
    );

    // The bands say how many games they rest on, round by round, and in words.
    const note = await page.getByTestId('lab-running-note').innerText();
    expect(note).toMatch(
      /(only \d+ of 200 games were still running|of 200 games were still running|All 200 games ran to round 12)/,
    );
    const running = await page.locator('[data-testid="running-a"] td').allInnerTexts();
    expect(running).toHaveLength(12);
    const counts = running.map((t) => Number(t.replace(/\D/g, '')));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(200);

    await page.locator('.lab-figure').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'lab-bands-running.png') });
    expect(errors).toEqual([]);
    await close();
  });

  it('says in words, and shows faint, where a band rests on the few games still running', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await page.getByTestId('open-lab').click();
    await page.getByTestId('lab').waitFor();
    // Pyongyang pauses and Washington and Seoul keep offering talks: many games end in a freeze.
    await page.getByTestId('a-northKorea').selectOption('nk.pause');
    await page.getByTestId('a-us').selectOption('us.talks-no-preconditions');
    await page.getByTestId('a-southKorea').selectOption('sk.outreach');
    await page.getByTestId('lab-runs').fill('200');
    await page.getByTestId('lab-run').click();
    await page.getByTestId('result-a').waitFor({ timeout: 60_000 });

    const policy = {
      northKorea: 'nk.pause',
      us: 'us.talks-no-preconditions',
      southKorea: 'sk.outreach',
    };
    const expected = runLabBatch(scenario(AUG_2017), { seed: 1, runs: 200, policy });
    const few = firstFewRound(expected);
    expect(few).not.toBeNull();
    const band = expected.bands[few ?? 0];
    const note = await page.getByTestId('lab-running-note').innerText();
    expect(note).toContain(
      `After round ${(few ?? 0) - 1} only ${band?.running} of 200 games were still running`,
    );
    expect(note).toMatch(/by A negotiated test freeze/);
    expect(note).toContain(`from round ${few} on the band rests on few games and is drawn faint`);
    const cells = await page.locator('[data-testid="running-a"] td').allInnerTexts();
    expect(cells[(few ?? 1) - 1]).toBe(`${band?.running}*`);
    expect(cells[(few ?? 1) - 2]).not.toContain('*');
    await page.locator('.lab-figure').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'lab-bands-few.png') });
    expect(errors).toEqual([]);
    await close();
  });

  it('cancels a long run promptly and stops it', async () => {
    const { page, errors, close } = await openGame(browser(), url);
    await sanctionsVersusTalks(page, 5000);
    await page.getByTestId('lab-run').click();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="lab-progress"]') as HTMLProgressElement).value > 0,
    );
    // Time the cancel inside the page: the test runner's own polling is slow on a busy machine.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid="lab-status"]') as HTMLElement;
      const cancel = document.querySelector('[data-testid="lab-cancel"]') as HTMLElement;
      const w = window as unknown as { cancelMs?: number };
      let clicked = 0;
      cancel.addEventListener('click', () => {
        clicked = performance.now();
      });
      new MutationObserver(() => {
        if (/Cancelled/.test(status.textContent ?? '')) w.cancelMs = performance.now() - clicked;
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.getByTestId('lab-cancel').click();
    await expect.poll(() => page.getByTestId('lab-status').innerText()).toMatch(/Cancelled after/);
    const cancelMs = await page.evaluate(
      () => (window as unknown as { cancelMs: number }).cancelMs,
    );
    expect(cancelMs).toBeLessThan(5000);
    const stopped = await progress(page);
    expect(stopped.max).toBe(10_000);
    expect(stopped.value).toBeLessThan(stopped.max);
    await page.waitForTimeout(1000);
    expect(await progress(page)).toEqual(stopped);
    expect(await page.getByTestId('result-a').count()).toBe(0);
    expect(await page.getByTestId('lab-run').isEnabled()).toBe(true);
    expect(await page.getByTestId('lab-cancel').isEnabled()).toBe(false);

    // Back to the title; the lab's worker goes with it.
    await page.getByTestId('lab-back').click();
    await page.getByTestId('play').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('works by keyboard alone, with visible focus', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await tabTo(page, '[data-testid="open-lab"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('lab').waitFor();
    await tabTo(page, '[data-testid="lab-runs"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40');
    await tabTo(page, '[data-testid="a-us"]');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await tabTo(page, '[data-testid="lab-compare"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="lab-run"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('result-b').waitFor({ timeout: 60_000 });
    // Focus lands on the results, so the next Tab walks through them.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lab-results-heading');
    expect(await progress(page)).toEqual({ value: 80, max: 80 });
    expect(errors).toEqual([]);
    await close();
  });
});
