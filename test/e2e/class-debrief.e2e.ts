import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { playGame } from '../../src/model/game';
import { isOptionAvailable } from '../../src/model/options';
import { type GameRecord, recordOf } from '../../src/model/record';
import type { GameState } from '../../src/model/state';
import { scenario } from '../helpers';
import { browserForFile, openGame } from './browser';
import { pdfPages, renderPdfPages } from './pdf-text';

const browser = browserForFile();
const url = inject('baseUrl');
const SHOTS = '/tmp/shots-classdeb';
const s = scenario();

/** Three rooms of one class: the same seed, Washington's team choosing differently in round 1. */
const ROOMS = [
  { file: 'group-a', us: 'us.un-sanctions', team: 'Team A: Aiko, Ben' },
  { file: 'group-b', us: 'us.talks-no-preconditions', team: 'Team B: Chen, Dara' },
  { file: 'group-c', us: 'us.show-of-force', team: 'Team C: Eun, Farid' },
];

/** A whole game in which Washington's team makes its first choice and then follows the AI. */
function roomGame(first: string): { game: GameState; record: GameRecord } {
  const game = playGame(s, {
    seed: 11,
    chooser: (capital, state) =>
      capital === 'us' && state.round === 1 && isOptionAvailable(s, state, 'us', first)
        ? { optionId: first, by: 'human', rationale: 'Our first move' }
        : undefined,
  });
  const record = recordOf(game, {
    turnOrder: 'sealed',
    controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
  });
  return { game, record };
}

const AI_SETUP = {
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'ai', japan: 'ai', southKorea: 'ai' },
} as const;

/** A page's text on one line, spaces squeezed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

/** Screenshots at a laptop's 1366×768 and a projector's 1920×1080 (or the sizes given). */
async function shoot(
  page: Page,
  name: string,
  scrollTo?: string,
  sizes: readonly (readonly [number, number])[] = SIZES,
) {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    if (scrollTo) await page.getByTestId(scrollTo).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('the class debrief', () => {
  it('three rooms’ record files → Compare games… → rooms, scores, divergences, charts; Markdown and a PDF', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'overflight-class-'));
    const games = ROOMS.map((room) => {
      const { game, record } = roomGame(room.us);
      const labelled = {
        ...record,
        labels: { className: '10B History', date: '2026-12-01', teams: { us: room.team } },
      };
      const path = join(dir, `${room.file}.json`);
      writeFileSync(path, JSON.stringify(labelled, null, 2));
      return { game, path };
    });
    expect(games[0]?.game.history[0]?.decisions.us.optionId).toBe('us.un-sanctions');
    expect(games[1]?.game.history[0]?.decisions.us.optionId).toBe('us.talks-no-preconditions');

    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await page.getByTestId('compare-games').click();
    await page.getByTestId('compare-picker').waitFor();
    // One file alone is not a class: the picker says so and stays open.
    await page.getByTestId('compare-files').setInputFiles([games[0]?.path ?? '']);
    await page.getByTestId('compare-file-list').locator('li').first().waitFor();
    await page.getByTestId('compare-open').click();
    expect(await page.getByTestId('compare-problem').innerText()).toMatch(/Choose 2 to 8 games/);
    await page.getByTestId('compare-files').setInputFiles(games.map((g) => g.path));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-file-list"] li').length === 3,
    );
    await page.screenshot({ path: `${SHOTS}/picker-1366x768.png` });
    await page.getByTestId('compare-open').click();
    const debrief = page.getByTestId('class-debrief');
    await debrief.waitFor();

    // The rooms: their names, class and teams, and how each game ended.
    const rooms = await page.getByTestId('class-rooms').locator('tbody tr').allInnerTexts();
    expect(rooms).toHaveLength(3);
    ROOMS.forEach((room, i) => {
      expect(rooms[i]).toContain(`Room ${i + 1}: ${room.file}`);
      expect(rooms[i]).toContain(`10B History · 1 Dec 2026 · Washington — ${room.team}`);
    });
    // Every capital's score in every room, as the model scored it.
    for (const capital of ['northKorea', 'us', 'japan', 'southKorea'] as const) {
      const cells = await page.getByTestId(`class-score-${capital}`).locator('td').allInnerTexts();
      expect(cells).toEqual(games.map((g) => String(g.game.outcome?.scores[capital])));
    }
    // Round 1: Washington's row differs and names each room's option; the others agree.
    const round1 = page.getByTestId('class-round-1');
    const us = await round1.locator('tr.cd-differs[data-capital="us"] td').allInnerTexts();
    expect(us).toEqual(ROOMS.map((room) => s.optionIndex[room.us]?.label ?? ''));
    expect(await round1.locator('tr.cd-same').count()).toBe(3);
    expect(await round1.innerText()).toMatch(/Launches[\s\S]*Largest changes/);
    // The indicators: twelve small charts, one line per room in each, and a key naming the rooms.
    const charts = page.getByTestId('class-charts').locator('figure.cd-path');
    expect(await charts.count()).toBe(12);
    expect(await charts.first().locator('svg path').count()).toBe(3);
    expect(await page.getByTestId('class-key').innerText()).toMatch(
      /Room 1: group-a[\s\S]*Room 2: group-b[\s\S]*Room 3: group-c/,
    );
    expect(await page.getByTestId('class-launch-record').count()).toBe(1);
    await shoot(page, 'class-top');
    await shoot(page, 'class-divergence', 'class-round-2');
    await shoot(page, 'class-charts', 'class-key');

    // Markdown, named for the class.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('class-export-md').click(),
    ]);
    expect(download.suggestedFilename()).toBe('overflight-aug-2017-class-10B-History-3-rooms.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('# Overflight class debrief: ');
    expect(markdown).toMatch(/\| Washington \| ≠ \| [^|]+ \| [^|]+ \| [^|]+ \|/);
    for (const room of ROOMS) expect(markdown).toContain(room.team);

    // On paper: the whole comparison, no buttons, and no round split across two pages.
    const pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    writeFileSync(`${SHOTS}/class-a4.pdf`, pdf);
    const pages = (await pdfPages(pdf)).map((p) => flat(p.text));
    const all = pages.join(' ');
    expect(all).toContain('Class debrief: ');
    expect(all).toContain('Where the rooms diverged');
    expect(all).toContain('The indicators, room by room');
    for (const room of ROOMS) expect(all).toContain(room.team);
    expect(all).not.toMatch(/Download Markdown|Print \/ Save as PDF/);
    for (const text of pages) {
      const rounds = text.match(/Round \d+ — /g)?.length ?? 0;
      expect(text.match(/Largest changes/g)?.length ?? 0).toBe(rounds);
    }
    await renderPdfPages(pdf, `${SHOTS}/class-a4`, 4);

    await page.getByTestId('class-back').click();
    await page.getByTestId('play').waitFor();

    // A whole console's worth: eight rooms, each its own line in every chart.
    const more = Array.from({ length: 5 }, (_, i) => {
      const path = join(dir, `room-${i + 4}.json`);
      writeFileSync(path, JSON.stringify(recordOf(playGame(s, { seed: 20 + i }), AI_SETUP)));
      return path;
    });
    await page.getByTestId('compare-games').click();
    await page.getByTestId('compare-files').setInputFiles([...games.map((g) => g.path), ...more]);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-file-list"] li').length === 8,
    );
    await page.getByTestId('compare-open').click();
    await debrief.waitFor();
    expect(await page.getByTestId('class-rooms').locator('tbody tr').count()).toBe(8);
    expect(await charts.first().locator('svg path').count()).toBe(8);
    const laptop = SIZES.slice(0, 1);
    await shoot(page, 'class8-top', undefined, laptop);
    await shoot(page, 'class8-divergence', 'class-round-2', laptop);
    await shoot(page, 'class8-charts', 'class-key', laptop);
    expect(errors).toEqual([]);
    await close();
  });
});
