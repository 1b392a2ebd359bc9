import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, phase } from './browser';
import { game, setUp, shoot, usPlays } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');

describe('classroom play in a real browser', () => {
  it('solo: a guided first round, skippable, never shown again once done', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us'], { guided: true });
    for (let step = 1; step <= 3; step++) {
      expect(await page.getByTestId('guide').innerText()).toMatch(new RegExp(`${step} of 4`));
      await page.getByTestId('guide-next').click();
    }
    expect(await page.getByTestId('guide').innerText()).toMatch(/Why\?/);
    await page.getByTestId('guide-next').click();
    expect(await page.getByTestId('guide').count()).toBe(0);
    await usPlays(page, 'us.un-sanctions');
    // A new game on this browser: the guide box is unticked by default now.
    // (The game in progress is forgotten before the page's own code runs, which would resume it.)
    await page.addInitScript(() => localStorage.removeItem('overflight.current'));
    await page.goto(url);
    await page.getByTestId('play').click();
    await page.getByTestId('choose-aug-2017-overflight').click();
    expect(await page.getByTestId('guided').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('hotseat: each team decides behind a hand-over screen; a committed team can come back and revise', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['northKorea', 'us']);
    expect(await page.getByTestId('handover').innerText()).toMatch(
      /Pass to Pyongyang — press Enter when ready/,
    );
    // Nobody has committed yet: nobody to offer a revision to.
    expect(await page.getByTestId('revisit-northKorea').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.getByTestId('choose-nk.overflight').click();
    await page.getByTestId('rationale').fill('Make Tokyo doubt Washington');
    await page.getByTestId('commit').click();
    expect(await page.getByTestId('handover').innerText()).toMatch(/Pass to Washington/);
    const ui = () => page.evaluate(() => document.getElementById('ui')?.innerText ?? '');
    expect(await ui()).not.toMatch(/Test over Japan|Make Tokyo doubt/);
    // Pyongyang changes its mind before Washington sits down: its own hand-over first.
    await page.getByTestId('revisit-northKorea').click();
    expect(await page.getByTestId('handover').innerText()).toMatch(/Pass to Pyongyang/);
    expect(await ui()).not.toMatch(/Test over Japan|Make Tokyo doubt/);
    await page.getByTestId('handover-ready').click();
    // Its own choice and reason, and nobody else's; the reason comes back into the box.
    expect(await page.locator('.own-reason').innerText()).toMatch(/Make Tokyo doubt Washington/);
    await shoot(page, 'hotseat-revisit');
    await page.getByTestId('revise').click();
    expect(await page.getByTestId('rationale').inputValue()).toBe('Make Tokyo doubt Washington');
    await page.getByTestId('choose-nk.pause').click();
    await page.getByTestId('rationale').fill('Give the talks a chance');
    await page.getByTestId('commit').click();
    // The device goes on to Washington, with nothing of Pyongyang's new choice behind it.
    expect(await page.getByTestId('handover').innerText()).toMatch(/Pass to Washington/);
    expect(await ui()).not.toMatch(/Hold launches|Give the talks|Test over Japan|Make Tokyo/);
    await shoot(page, 'hotseat-handover-revise');
    await page.getByTestId('handover-ready').click();
    expect(await ui()).not.toMatch(/Hold launches this month —|Give the talks|Make Tokyo/);
    expect(await page.getByTestId('revisit-northKorea').count()).toBe(0);
    await page.getByTestId('choose-us.reassure-allies').click();
    await page.getByTestId('rationale').fill('Stand by our allies');
    await page.getByTestId('commit').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'report');
    // The reveal: the revised choice, and each team's one line, also in the feed.
    expect(await page.getByTestId('revealed-northKorea').innerText()).toMatch(
      /Pyongyang: Hold launches this month — “Give the talks a chance”/,
    );
    expect(await page.getByTestId('revealed-us').innerText()).toMatch(/“Stand by our allies”/);
    expect(await page.locator('.feed').innerText()).toMatch(/Give the talks a chance/);
    await shoot(page, 'reveal-reasons');
    const record = await game(page);
    expect(record.history[0].decisions.northKorea).toMatchObject({
      optionId: 'nk.pause',
      rationale: 'Give the talks a chance',
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('facilitator: pause, inject an event, switch the lens, rewind to a branch, compare, end and export', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('pause-play').click();
    await page.keyboard.press('Escape');
    // Paused: the cards are hidden, so nothing can be chosen.
    expect(await page.getByTestId('paused-dock').innerText()).toMatch(/paused by the facilitator/);
    expect(await page.getByTestId('choose-us.un-sanctions').count()).toBe(0);
    expect(await page.getByTestId('paused').isVisible()).toBe(true);
    await page.getByTestId('open-facilitator').click();
    await page.getByTestId('resume-play').click();
    await page.getByTestId('inject-select').selectOption('event.false-alarm');
    await page.getByTestId('inject').click();
    await usPlays(page, 'us.un-sanctions');
    expect((await game(page)).history[0].events).toContain('event.false-alarm');
    await page.getByTestId('next-round').click();
    await usPlays(page, 'us.show-of-force');
    await page.getByTestId('next-round').click();
    const original = await game(page);
    expect(original.history).toHaveLength(2);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('rewind-select').selectOption('2');
    await page.getByTestId('rewind').click();
    // The branch opens straight at round 2's decisions: no second briefing.
    await page.waitForFunction(() => window.__overflight.game()?.history.length === 1);
    await page.getByTestId('choose-us.talks-no-preconditions').waitFor();
    expect(await page.getByTestId('begin').count()).toBe(0);
    const branch = await game(page);
    expect(branch.history).toHaveLength(1);
    expect(JSON.stringify(branch.history[0])).toBe(JSON.stringify(original.history[0]));
    await usPlays(page, 'us.talks-no-preconditions');
    await page.keyboard.press('Shift+F');
    await page.getByTestId('compare').click();
    expect(await page.getByTestId('branch-compare').innerText()).toMatch(
      /Round 2, Washington: original “Bomber overflight of the peninsula” — branch “Offer talks without preconditions”/,
    );
    await page.keyboard.press('Escape');
    // Switch the lens for the rounds to come, then end the game after this reveal and debrief.
    await page.keyboard.press('Shift+F');
    await page.getByTestId('lens-select').selectOption('deterrence');
    await page.getByTestId('apply-lens').click();
    expect(await page.locator('.topbar .lens').innerText()).toMatch(/A firm, united response/);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-md').click();
    const text = readFileSync(await (await download).path(), 'utf8');
    expect(text).toMatch(/Offer talks without preconditions/);
    expect(text).toMatch(/\d{3}, paragraph \d+/);
    // The game ended early is saved as such: a reload reopens the same debrief; left, it is
    // in the saved games, and opened from there, it is the same debrief again.
    const ended = await game(page);
    expect(ended.outcome.endedEarly).toBe(true);
    await page.reload();
    await page.getByTestId('debrief').waitFor();
    expect(JSON.stringify(await game(page))).toBe(JSON.stringify(ended));
    await page.getByTestId('play-again').click();
    const newest = page.locator('[data-testid^="save-g-"]').first();
    expect(await newest.innerText()).toMatch(/finished/);
    // The game the branch was rewound from is still saved, as it stood.
    const saves = await page.locator('[data-testid^="save-g-"]').allInnerTexts();
    expect(saves).toHaveLength(2);
    expect(saves[1]).not.toMatch(/finished/);
    expect(saves[0]).toMatch(/Branch of Over Japan, August 2017 — [^(]+ \(saved .+\) from round 2/);
    await newest.getByTestId('resume').click();
    await page.getByTestId('debrief').waitFor();
    expect(await page.getByTestId('save-notice').count()).toBe(0);
    expect(JSON.stringify(await game(page))).toBe(JSON.stringify(ended));
    expect(errors).toEqual([]);
    await close();
  });

  it('save → reload → the same board, and the same next trace', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    await usPlays(page, 'us.un-sanctions');
    await page.getByTestId('next-round').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'decisions');
    const before = await game(page);
    const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    await page.reload();
    await page.waitForFunction(() => window.__overflight.phase() === 'decisions');
    expect(JSON.stringify(await game(page))).toBe(JSON.stringify(before));
    await usPlays(page, 'us.reassure-allies');
    const first = (await game(page)).history[1];
    // Same save, same decision: the same next round, trace for trace.
    await page.evaluate((entries) => {
      localStorage.clear();
      for (const [k, v] of JSON.parse(entries)) localStorage.setItem(k, v);
    }, saved);
    await page.reload();
    await page.waitForFunction(() => window.__overflight.phase() === 'decisions');
    await usPlays(page, 'us.reassure-allies');
    expect(JSON.stringify((await game(page)).history[1])).toBe(JSON.stringify(first));
    expect(errors).toEqual([]);
    await close();
  });

  it('a corrupt save is detected, said in plain words, and the last good one offered', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    await usPlays(page, 'us.un-sanctions');
    await page.getByTestId('next-round').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'decisions');
    await page.evaluate(() => {
      const id = localStorage.getItem('overflight.current');
      const key = `overflight.save.${id}`;
      localStorage.setItem(key, (localStorage.getItem(key) ?? '').slice(0, 500));
    });
    await page.reload();
    expect(await page.getByTestId('save-notice').innerText()).toMatch(/damaged/);
    await page.getByTestId('open-fallback').click();
    await page.waitForFunction(() => window.__overflight.phase() !== null);
    expect(['report', 'decisions']).toContain(await phase(page));
    expect((await game(page)).history.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('export → import (a shareable link) replays to the identical game', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us']);
    await usPlays(page, 'us.un-sanctions');
    await page.getByTestId('next-round').click();
    await usPlays(page, 'us.talks-no-preconditions');
    const original = await game(page);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#record=/);
    // A different browser profile, as a colleague opening the link would have.
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const other = await context.newPage();
    const otherErrors: string[] = [];
    other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
    await other.goto(link);
    await other.waitForFunction(
      () => window.__overflight?.game() !== null && window.__overflight?.game() !== undefined,
    );
    expect(JSON.stringify(await game(other))).toBe(JSON.stringify(original));
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
    await context.close();
    await close();
  });
});
