import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, SHOTS, settled } from './browser';

const browser = browserForFile();
const url = inject('baseUrl');

/** One hotseat round: Pyongyang's team, then Washington's, each behind the hand-over screen. */
async function playRound(page: Page, northKorea: string, us: string) {
  for (const option of [northKorea, us]) {
    await page.getByTestId('handover-ready').click();
    await page.getByTestId(`choose-${option}`).click();
    await page.getByTestId('commit').click();
  }
  await page.waitForFunction(() => window.__overflight.phase() === 'report');
  await settled(page);
}

/** The text of the cell of a kind's row in a round's column of the launch table. */
function cell(page: Page, kind: string, round: number) {
  return page
    .locator(`[data-testid="launch-record"] tr[data-kind="${kind}"] td`)
    .nth(round - 1)
    .innerText();
}

describe('the record beside the model, in the debrief', () => {
  it.each([
    [1366, 768],
    [1920, 1080],
  ])(
    'at %i×%i: launches per round beside the CNS record, and the record’s notes',
    async (width, height) => {
      const { page, errors, close } = await openGame(browser(), url, {
        width,
        height,
        reducedMotion: true,
      });
      await page.getByTestId('play').click();
      await page.getByTestId('choose-aug-2017-overflight').click();
      await page.getByTestId('who-northKorea-human').check();
      await page.getByTestId('guided').uncheck();
      await page.getByTestId('start').click();
      await page.getByTestId('begin').click();
      await playRound(page, 'nk.overflight', 'us.un-sanctions');
      await page.getByTestId('next-round').click();
      await playRound(page, 'nk.pause', 'us.reassure-allies');
      await page.keyboard.press('Shift+F');
      await page.getByTestId('end-game').click();
      await page.getByTestId('debrief').waitFor();

      // Round 1 (29 Aug – 27 Sep 2017) holds the 15 Sep overflight and the sixth nuclear test in
      // the record (the 29 Aug overflight is the briefing's); round 2 nothing. Each cell reads "this game / the record".
      const game = await page.evaluate(() => window.__overflight.game());
      const ours = (round: number, kind: string) =>
        game.history[round - 1].launches.filter((l: { kind: string }) => l.kind === kind).length;
      const table = page.getByTestId('launch-record');
      await table.scrollIntoViewIfNeeded();
      expect(await table.innerText()).toMatch(/CNS North Korea Missile Test Database \(via NTI\)/);
      expect(await cell(page, 'overflight', 1)).toBe(`${ours(1, 'overflight')} / 1`);
      expect(await cell(page, 'nuclear', 1)).toBe(`${ours(1, 'nuclear')} / 1`);
      expect(await cell(page, 'overflight', 2)).toBe(`${ours(2, 'overflight')} / 0`);
      expect(await cell(page, 'all', 1)).toBe(`${game.history[0].launches.length} / 2`);
      expect(await table.innerText()).toMatch(/the record holds 1 more launch event/);
      const shot = (name: string) => join(SHOTS, `debrief-record-${name}-${width}x${height}.png`);
      await page.screenshot({ path: shot('table') });

      // The overflight calls up the record's view on the alliance claims, as public record.
      const note = page.getByTestId('record-note-record.japan-polls-after-overflights');
      await note.scrollIntoViewIfNeeded();
      expect(await note.innerText()).toMatch(/only partly supports/);
      expect(await note.innerText()).toMatch(/85\.5%/);
      expect(await note.innerText()).toMatch(/public record/i);
      expect(await note.innerText()).toMatch(
        /Source \(public record, not one of the game's texts\): Cabinet Office/,
      );
      await page.screenshot({ path: shot('notes') });

      const download = page.waitForEvent('download');
      await page.getByTestId('export-md').click();
      const markdown = readFileSync(await (await download).path(), 'utf8');
      expect(markdown).toContain('## The record beside the model');
      expect(markdown).toMatch(/\| all kinds \| \d+ \/ 2 \| \d+ \/ 0 \|/);
      expect(markdown).toMatch(/\*Public record:\* Cabinet Office of Japan/);
      expect(errors).toEqual([]);
      await close();
    },
    180_000,
  );
});
