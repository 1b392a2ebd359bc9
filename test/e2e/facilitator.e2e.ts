import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame } from './browser';
import { game, SHOTS as HAND, setUp, shoot, startTimer, usPlays } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');

/** Screenshots of the facilitator's screens, for people to look at. */
const SHOTS = '/tmp/shots';

/** Pause or resume play from the facilitator's panel, then close the panel. */
async function pauseOrResume(page: Page, which: 'pause-play' | 'resume-play') {
  await page.keyboard.press('Alt+Shift+F');
  await page.getByTestId(which).click();
  // The panel opens again with the other button once the game has taken the intent.
  await page.getByTestId(which === 'pause-play' ? 'resume-play' : 'pause-play').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('facilitator').waitFor({ state: 'detached' });
}

const phaseIs = (page: Page, phase: string) =>
  page.waitForFunction((p) => window.__overflight.phase() === p, phase);

describe('the facilitator in a real browser', () => {
  it('a one-minute timer counts down in the top bar, stops while paused, and at time up the AI decides', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, close } = await openGame(browser(), url, {
      reducedMotion: true,
      clock: true,
    });
    await setUp(page, ['us']);
    const timer = page.getByTestId('timer');
    expect(await timer.innerText()).toBe('');
    await startTimer(page, 1, 'ai-decides');
    await expect.poll(() => timer.innerText()).toMatch(/^Time (1:00|0:59)$/);
    await page.clock.fastForward(20_000);
    await expect.poll(() => timer.innerText()).toMatch(/^Time 0:(39|40)$/);
    // The panel with the timer running (it offers to stop it; the rule is the one set).
    await page.keyboard.press('Shift+F');
    expect(await page.getByTestId('timer-rule').inputValue()).toBe('ai-decides');
    expect(await page.getByTestId('timer-minutes').inputValue()).toBe('1');
    await page.screenshot({ path: `${SHOTS}/facilitator-panel-timer-running.png` });
    await page.keyboard.press('Escape');

    // Paused: the top bar says so beside the time left, which stays put however long the pause.
    await pauseOrResume(page, 'pause-play');
    await expect.poll(() => timer.innerText()).toMatch(/^Time 0:(3\d|40), paused$/);
    const left = await timer.innerText();
    expect(await page.getByTestId('paused').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/board-timer-paused.png` });
    await page.clock.fastForward(90_000);
    await page.clock.fastForward(1_000);
    expect(await timer.innerText()).toBe(left);
    expect(await page.evaluate(() => window.__overflight.phase())).toBe('decisions');
    expect((await game(page)).history).toHaveLength(0);

    // Resumed: it counts down from where it stopped.
    await pauseOrResume(page, 'resume-play');
    await expect.poll(() => timer.innerText()).toBe(left.replace(', paused', ''));
    expect(await page.getByTestId('paused').count()).toBe(0);

    // Time up: the AI decides for Washington, and the reveal says so.
    await page.clock.fastForward(45_000);
    await phaseIs(page, 'report');
    expect(await page.locator('.decisions-revealed').innerText()).toMatch(/Washington \(AI\): /);
    const first = (await game(page)).history[0];
    expect(first.decisions.us.by).toBe('ai');

    // The next round's timer starts again from a full minute.
    await page.getByTestId('next-round').click();
    await phaseIs(page, 'decisions');
    await expect.poll(() => timer.innerText()).toMatch(/^Time (1:00|0:59)$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('"the round waits": time up is shown, nothing is forced, and the team still decides', async () => {
    const { page, errors, close } = await openGame(browser(), url, {
      reducedMotion: true,
      clock: true,
    });
    await setUp(page, ['us']);
    await startTimer(page, 1, 'round-waits');
    const timer = page.getByTestId('timer');
    await expect.poll(() => timer.innerText()).toMatch(/^Time (1:00|0:59)$/);
    await page.getByTestId('choose-us.un-sanctions').click();
    await page.clock.fastForward(61_000);
    await expect.poll(() => timer.innerText()).toBe('Time is up');
    // Said once to screen readers (with the bell), on the countdown's next tick.
    await expect
      .poll(() => page.locator('#live').textContent())
      .toMatch(/Time is up for this round\./);
    // Nothing forced: still deciding, no round played, Washington's choice not committed.
    await page.clock.fastForward(60_000);
    expect(await page.evaluate(() => window.__overflight.phase())).toBe('decisions');
    expect((await game(page)).history).toHaveLength(0);
    expect(await page.getByTestId('commit').isEnabled()).toBe(true);
    await page.getByTestId('commit').click();
    await phaseIs(page, 'report');
    const revealed = await page.locator('.decisions-revealed').innerText();
    expect(revealed).toMatch(/Washington: /);
    expect(revealed).not.toMatch(/Washington \(AI\)/);
    expect((await game(page)).history[0].decisions.us.optionId).toBe('us.un-sanctions');
    expect(errors).toEqual([]);
    await close();
  });

  it('end now → share link → the link opens at the same debrief', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    await usPlays(page, 'us.un-sanctions');
    await page.keyboard.press('Shift+F');
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    const ended = await game(page);
    expect(ended.outcome.endedEarly).toBe(true);
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#record=/);
    await page.getByTestId('share-link').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/debrief-share-link.png` });
    const other = await page.context().newPage();
    const otherErrors: string[] = [];
    other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
    other.on('pageerror', (error) => otherErrors.push(String(error)));
    await other.goto(link);
    await other.getByTestId('debrief').waitFor();
    expect(await other.locator('#debrief-heading').innerText()).toBe(
      await page.locator('#debrief-heading').innerText(),
    );
    expect(JSON.stringify(await game(other))).toBe(JSON.stringify(ended));
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
    await close();
  });

  it('a rewind to the start of the round being decided goes straight to its cards', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    await usPlays(page, 'us.un-sanctions');
    await page.getByTestId('next-round').click();
    await phaseIs(page, 'decisions');
    await page.getByTestId('choose-us.show-of-force').click();
    const before = await game(page);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('rewind-select').selectOption('2');
    await page.getByTestId('rewind').click();
    await page.getByTestId('choose-us.talks-no-preconditions').waitFor();
    expect(await page.getByTestId('begin').count()).toBe(0);
    expect(await page.evaluate(() => window.__overflight.phase())).toBe('decisions');
    const after = await game(page);
    expect(after.round).toBe(2);
    expect(JSON.stringify(after.history)).toBe(JSON.stringify(before.history));
    // The round starts afresh: Washington's choice before the rewind is gone.
    expect(await page.getByTestId('commit').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('Pause hides the cards and the reason; the countdown is large; every action is confirmed', async () => {
    const { page, errors, close } = await openGame(browser(), url, {
      reducedMotion: true,
      clock: true,
    });
    await setUp(page, ['us']);
    // In the reason box Shift+F types a capital F; Alt+Shift+F opens the controls from there.
    const reason = page.getByTestId('rationale');
    await reason.click();
    await page.keyboard.type('For ');
    await page.keyboard.press('Shift+F');
    expect(await reason.inputValue()).toBe('For F');
    expect(await page.getByTestId('facilitator').count()).toBe(0);
    await page.keyboard.press('Alt+Shift+F');
    await page.getByTestId('facilitator').waitFor();
    expect(await reason.inputValue()).toBe('For F');
    // Greyed until a reveal, and says so.
    expect(await page.getByTestId('end-game').isDisabled()).toBe(true);
    expect(await page.getByTestId('end-game-why-not').innerText()).toMatch(/Only after a reveal/);
    expect(await page.getByTestId('end-game').getAttribute('aria-describedby')).toBe(
      'end-game-why-not',
    );
    await page.keyboard.press('Escape');
    await startTimer(page, 2, 'round-waits');
    await expect
      .poll(() => page.getByTestId('confirmation').innerText())
      .toMatch(/Round timer set: 2 min a round; when time is up, the round waits for every team/);
    await page.getByTestId('choose-us.un-sanctions').click();
    await reason.fill('Squeeze the money, keep the door open');
    // The countdown is large enough to read from the back of the room.
    const size = (id: string) =>
      page.getByTestId(id).evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(await size('timer')).toBeGreaterThanOrEqual(26);

    await pauseOrResume(page, 'pause-play');
    const text = await page.evaluate(() => document.getElementById('ui')?.innerText ?? '');
    expect(text).not.toMatch(/Squeeze the money/);
    expect(text).not.toMatch(/Push new UN sanctions|Cost:/);
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.getByTestId('rationale').count()).toBe(0);
    expect(await page.getByTestId('paused-timer').innerText()).toMatch(
      /^Time (2:00|1:5\d), paused$/,
    );
    expect(await size('paused-timer')).toBeGreaterThanOrEqual(38);
    await shoot(page, 'paused');

    // Resumed: the same choice, and the draft reason as it was.
    await pauseOrResume(page, 'resume-play');
    expect(await page.getByTestId('confirmation').innerText()).toBe('Play resumed.');
    expect(await page.getByTestId('rationale').inputValue()).toBe(
      'Squeeze the money, keep the door open',
    );
    expect(await page.getByTestId('choose-us.un-sanctions').getAttribute('aria-pressed')).toBe(
      'true',
    );

    // An inject and a lens switch each say so on the board, not only to screen readers.
    await page.keyboard.press('Alt+Shift+F');
    await page.getByTestId('inject-select').selectOption('event.false-alarm');
    await page.getByTestId('inject').click();
    await expect
      .poll(() => page.getByTestId('confirmation').innerText())
      .toMatch(/Event added to this round: A false missile alert/);
    await shoot(page, 'confirmation-inject');
    await page.keyboard.press('Alt+Shift+F');
    await page.getByTestId('lens-select').selectOption('deterrence');
    await page.getByTestId('apply-lens').click();
    await expect
      .poll(() => page.getByTestId('confirmation').innerText())
      .toMatch(/Lens switched to “A firm, united response”/);
    await page.getByTestId('commit').click();
    await phaseIs(page, 'report');
    expect(await page.getByTestId('revealed-us').innerText()).toMatch(
      /“Squeeze the money, keep the door open”/,
    );
    // After the reveal, Inject is greyed and says why; End now is not.
    await page.keyboard.press('Shift+F');
    expect(await page.getByTestId('inject').isDisabled()).toBe(true);
    expect(await page.getByTestId('inject-why-not').innerText()).toMatch(/Only while teams/);
    expect(await page.getByTestId('end-game').isEnabled()).toBe(true);
    await shoot(page, 'facilitator-greyed');
    await page.getByTestId('rewind-select').selectOption('1');
    await page.getByTestId('rewind').click();
    await expect
      .poll(() => page.getByTestId('confirmation').innerText())
      .toMatch(/Rewound to the start of round 1: this is a branch/);
    expect(errors).toEqual([]);
    await close();
  });

  it('the countdown shows large on the hotseat hand-over screen', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ]) {
      const { page, errors, close } = await openGame(browser(), url, {
        reducedMotion: true,
        clock: true,
        width,
        height,
      });
      await setUp(page, ['northKorea', 'us']);
      await startTimer(page, 5, 'selection-stands');
      const timer = page.getByTestId('handover-timer');
      await expect.poll(() => timer.innerText()).toMatch(/^Time (5:00|4:59)$/);
      await page.clock.fastForward(30_000);
      await expect.poll(() => timer.innerText()).toMatch(/^Time 4:(29|30)$/);
      expect(await timer.isVisible()).toBe(true);
      await page.screenshot({ path: `${HAND}/handover-timer-${width}.png` });
      expect(errors).toEqual([]);
      await close();
    }
  });
});
