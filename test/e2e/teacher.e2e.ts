import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame } from './browser';
import { fillLabels, game, setUp, usPlays } from './classroom-setup';

const browser = browserForFile();
const url = inject('baseUrl');
const SHOTS = '/tmp/shots-teacher';
const LABELS = {
  className: '10B History',
  date: '2026-12-01',
  teams: { us: 'Team Washington: Aiko, Ben' },
};

describe('a record a teacher can file', () => {
  it('class, date and team names → a round → End now → a truthful debrief that survives a reload → the saved games', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    // The setup screen, filled in, as a teacher sees it before starting.
    await page.getByTestId('play').click();
    await page.getByTestId('choose-aug-2017-overflight').click();
    expect(await page.getByTestId('class-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId('team-japan').isDisabled()).toBe(true);
    await page.getByTestId('who-japan-human').check();
    expect(await page.getByTestId('team-japan').isDisabled()).toBe(false);
    await page.getByTestId('who-japan-ai').check();
    await fillLabels(page, LABELS);
    await page.screenshot({ path: `${SHOTS}/setup-1366x768.png` });
    // A name with markup is refused beside its field, and the game does not start.
    await page.getByTestId('class-name').fill('<b>10B</b>');
    await page.getByTestId('start').click();
    expect(
      await page
        .getByTestId('class-name')
        .evaluate((el) => (el as HTMLInputElement).validationMessage),
    ).toMatch(/The class may hold only letters/);
    await page.getByTestId('class-name').fill(LABELS.className);
    await page.getByTestId('guided').uncheck();
    await page.getByTestId('start').click();
    await page.getByTestId('begin').click();
    await usPlays(page, 'us.un-sanctions');
    await page.keyboard.press('Shift+F');
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    const { seed } = await game(page);

    const checkDebrief = async () => {
      expect(await page.locator('#debrief-heading').innerText()).toBe(
        'Debrief: stopped by the facilitator after round 1 of 12',
      );
      const outcome = await page.locator('.outcome-text').innerText();
      expect(outcome).toMatch(
        /^The facilitator ended the game after round 1 of 12, when the game’s calendar had reached 28 Sept? 2017: 1 month of the 12 months/,
      );
      expect(outcome).not.toMatch(/A year has passed/);
      expect(await page.getByTestId('debrief-labels').innerText()).toBe('10B History · 1 Dec 2026');
      expect(await page.getByTestId('debrief-teams').innerText()).toBe(
        'Washington — Team Washington: Aiko, Ben',
      );
      const story = await page.locator('.story').innerText();
      expect(story).toMatch(/\(round 1\)/);
      expect(story).not.toMatch(/\(rounds 1\)|\brule: |\bevent: /);
    };
    await checkDebrief();
    await page.screenshot({ path: `${SHOTS}/debrief-1366x768.png` });
    // How a score is worked out: one click away, with this game's numbers.
    await page.getByTestId('score-explanation').locator('summary').click();
    const working = await page.getByTestId('score-working-us').innerText();
    const score = await page.getByTestId('score-us').locator('td').first().innerText();
    expect(working).toMatch(new RegExp(`÷ 10 = [\\d.]+; the ending adds nothing → ${score}$`));
    await page.getByTestId('score-explanation').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/debrief-scores-1366x768.png` });
    // The hand-in's file name carries the class and the date.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-md').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `overflight-aug-2017-10B-History-2026-12-01-seed-${seed}.md`,
    );

    // A reload stays on the debrief.
    await page.reload();
    await page.getByTestId('debrief').waitFor();
    await checkDebrief();

    // Play again leaves it: the saved games list the labels; a reload now opens the title.
    await page.getByTestId('play-again').click();
    const saves = page.locator('.save-list li').first();
    await saves.waitFor();
    const line = await saves.innerText();
    expect(line).toMatch(/10B History · 1 Dec 2026 — finished/);
    expect(line).toMatch(/Teams: Washington — Team Washington: Aiko, Ben/);
    await page.screenshot({ path: `${SHOTS}/saved-games-1366x768.png` });
    await page.reload();
    await page.getByTestId('play').waitFor();
    expect(await page.getByTestId('debrief').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('a branch is listed as a branch of its original, from the round it was rewound to', async () => {
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await setUp(page, ['us'], { labels: LABELS });
    await usPlays(page, 'us.un-sanctions');
    await page.getByTestId('next-round').click();
    await usPlays(page, 'us.show-of-force');
    await page.keyboard.press('Shift+F');
    await page.getByTestId('rewind-select').selectOption('2');
    await page.getByTestId('rewind').click();
    await page.waitForFunction(() => window.__overflight.phase() !== null);
    // Reload: the branch is the game in progress; the title is one step away (Escape → menu).
    await page.evaluate(() => localStorage.removeItem('overflight.current'));
    await page.reload();
    const list = await page.locator('.save-list').innerText();
    expect(list).toMatch(
      /Branch of Over Japan, August 2017 — 10B History · 1 Dec 2026 \(saved .+\) from round 2/,
    );
    expect(errors).toEqual([]);
    await close();
  });
});
