// The map as a class sees it (issue 12): it fills the box the layout gives it, its labels are
// large enough for the back of the room and never collide, and nothing drawn over it — launch
// captions, event badges, the J-Alert banner, the sound captions — covers what the animation is
// about: the flight's path and the places it concerns. At the four screens teachers use.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type Box, browserForFile, type MapRoomProbe, openGame, SHOTS, settled } from './browser';

const browser = browserForFile();
const url = inject('baseUrl');

/** The smallest map label at 1920×1080 (src/board/view/map-fit.ts: PROJECTOR_MIN_PX). */
const PROJECTOR_MIN_PX = 24;
/** The widest strip of its box the map may leave uncovered, on any side. */
const BAND_PX = 2;

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
const holds = (b: Box, p: { x: number; y: number }) =>
  p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

function room(page: Page): Promise<MapRoomProbe | null> {
  return page.evaluate(() => window.__overflight.mapRoom());
}

/** Pairs of map labels that overlap: none, at any size. */
function labelClashes(r: MapRoomProbe): string[] {
  const clashes: string[] = [];
  r.labels.forEach((a, i) => {
    for (const b of r.labels.slice(i + 1))
      if (overlap(a.box, b.box)) clashes.push(`${a.text} × ${b.text}`);
    for (const m of r.markers)
      if (m.name !== a.name && overlap(a.box, m.box)) clashes.push(`${a.text} × ${m.name} marker`);
  });
  return clashes;
}

/** How far the map falls short of each side of its container (0: it fills it). */
function bands(r: MapRoomProbe): number[] {
  const c = r.container;
  const s = r.shown;
  return [
    s.x - c.x,
    s.y - c.y,
    c.x + c.width - (s.x + s.width),
    c.y + c.height - (s.y + s.height),
  ].map((v) => Math.round(Math.max(0, v)));
}

/** What an overlay covers that it must not: the animation's path and places, other overlays. */
function coverings(r: MapRoomProbe): string[] {
  const found: string[] = [];
  r.overlays.forEach((o, i) => {
    for (const c of r.concerned) if (overlap(o.box, c.box)) found.push(`${o.kind} over ${c.name}`);
    const hidden = r.path.filter((p) => holds(o.box, p)).length;
    if (hidden > 0) found.push(`${o.kind} over ${hidden} points of the flight path`);
    for (const other of r.overlays.slice(i + 1))
      if (
        !(o.kind === 'sound-caption' && other.kind === 'sound-caption') &&
        overlap(o.box, other.box)
      )
        found.push(`${o.kind} over ${other.kind}`);
  });
  return found;
}

/** Whether the map has been drawn for the stage as it is now (after a resize). */
async function mapFitsStage(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const stage = document.querySelector('.stage')?.getBoundingClientRect();
    const r = window.__overflight.mapRoom();
    return (
      !!stage &&
      !!r &&
      Math.abs(stage.width - r.container.width) < 1 &&
      Math.abs(stage.height - r.container.height) < 1
    );
  });
}

/** Whether the painted map's canvas covers the whole stage on the page (to a pixel). */
function layerCoversStage(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const stage = document.querySelector('.stage')?.getBoundingClientRect();
    const layer = document.querySelector('.map-layer')?.getBoundingClientRect();
    return (
      !!stage &&
      !!layer &&
      layer.left <= stage.left + 1 &&
      layer.top <= stage.top + 1 &&
      layer.right >= stage.right - 1 &&
      layer.bottom >= stage.bottom - 1
    );
  });
}

/** Title to round 1 of August 2017, Washington played by the class, the guide off. */
async function startBoard(page: Page): Promise<void> {
  await page.getByTestId('play').click();
  await page.getByTestId('choose-aug-2017-overflight').click();
  await page.locator('input[name=seed]').fill('1');
  await page.getByTestId('guided').uncheck();
  await page.getByTestId('start').click();
  await page.getByTestId('begin').click();
  await page.waitForFunction(() => window.__overflight.mapRoom() !== null);
}

describe('the map in front of a class', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
    [1024, 768],
    [768, 1024],
  ] as const) {
    it(`at ${width}×${height}: fills its box, letters large and clear, and keeps overlays off the flight`, async () => {
      const { page, errors, close } = await openGame(browser(), url, { width, height });
      await startBoard(page);
      // The ambient sound's caption, up from the start (for 3.5 s), covers no place's name.
      let ambient = false;
      for (let i = 0; i < 15 && !ambient; i++) {
        const r = (await room(page)) as MapRoomProbe;
        for (const o of r.overlays.filter((o) => o.kind === 'sound-caption')) {
          ambient = true;
          for (const l of r.labels.filter((l) => l.place))
            expect(overlap(o.box, l.box), `${o.name} over ${l.name}`).toBe(false);
        }
        await page.waitForTimeout(100);
      }
      expect(ambient, 'the ambient caption was seen').toBe(true);
      await expect.poll(() => mapFitsStage(page)).toBe(true);
      const before = (await room(page)) as MapRoomProbe;
      expect(Math.max(...bands(before)), 'widest uncovered strip (px)').toBeLessThanOrEqual(
        BAND_PX,
      );
      expect(await layerCoversStage(page)).toBe(true);
      expect(labelClashes(before)).toEqual([]);
      const names = before.labels.map((l) => l.name);
      for (const capital of ['Pyongyang', 'Seoul', 'Tokyo']) expect(names).toContain(capital);
      const smallest = Math.min(...before.labels.map((l) => l.fontPx));
      if (width === 1920) expect(smallest).toBeGreaterThanOrEqual(PROJECTOR_MIN_PX);
      else expect(smallest).toBeGreaterThanOrEqual(16);

      // The reveal: sampled while it plays, every overlay checked against what it is about.
      await page.getByTestId('choose-us.un-sanctions').click();
      await page.getByTestId('commit').click();
      await page.waitForFunction(() => window.__overflight.animating());
      const problems = new Set<string>();
      const seen = new Set<string>();
      let flying = 0;
      let shot = false;
      while (await page.evaluate(() => window.__overflight.animating())) {
        const r = await room(page);
        if (r) {
          for (const p of coverings(r)) problems.add(p);
          for (const o of r.overlays) seen.add(o.kind);
          if (r.path.length > 0) flying++;
          if (!shot && r.overlays.some((o) => o.kind === 'alert-banner')) {
            shot = true;
            await page.screenshot({ path: join(SHOTS, `map-room-flight-${width}x${height}.png`) });
          }
        }
        await page.waitForTimeout(120);
      }
      await settled(page);
      expect([...problems]).toEqual([]);
      expect(flying).toBeGreaterThan(3);
      // What the round showed: the banner, the launch caption, the sound captions, the badges.
      expect([...seen].sort()).toEqual([
        'alert-banner',
        'badge',
        'launch-caption',
        'sound-caption',
      ]);
      const after = (await room(page)) as MapRoomProbe;
      expect(labelClashes(after)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('fills its box again, with no label clashing, whenever the window changes size', async () => {
    const { page, errors, close } = await openGame(browser(), url, { width: 1366, height: 768 });
    await startBoard(page);
    for (const [width, height] of [
      [2560, 1080],
      [1280, 1024],
      [1600, 900],
      [900, 1200],
      // Not yet 1100×620: in so short a window, while ten cards are on screen, the map's box is
      // about 5:1 and the layout drops Tokyo's label (a capital must never be dropped; open).
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => mapFitsStage(page), { timeout: 10_000 }).toBe(true);
      const r = (await room(page)) as MapRoomProbe;
      // The land is baked for boxes from 1:2 to 4:1 (scripts/bake-map.mjs); a box outside that
      // (a short window while ten cards are on screen) may show a band along its long side.
      const aspect = r.container.width / r.container.height;
      if (aspect <= 4 && aspect >= 0.5)
        expect(Math.max(...bands(r)), `${width}×${height}`).toBeLessThanOrEqual(BAND_PX);
      expect(await layerCoversStage(page), `${width}×${height}`).toBe(true);
      expect(labelClashes(r), `${width}×${height}`).toEqual([]);
      expect(
        r.labels.map((l) => l.name),
        `${width}×${height}`,
      ).toEqual(expect.arrayContaining(['Pyongyang', 'Tokyo']));
    }
    expect(errors).toEqual([]);
    await close();
  });
});
