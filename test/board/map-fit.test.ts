import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MapData, parseMapData, placeOf } from '../../src/board/map-data';
import { STYLE } from '../../src/board/map-lettering';
import { TRAJECTORY_KINDS, trajectoriesFor } from '../../src/board/trajectories';
import { fitMap, mapFocus, PROJECTOR_MIN_PX, typeScale } from '../../src/board/view/map-fit';

const map: MapData = parseMapData(
  JSON.parse(readFileSync('assets/map/northeast-asia.json', 'utf8')),
);
const focus = mapFocus(map);
const inFocus = (p: { x: number; y: number }) =>
  p.x >= focus.x && p.x <= focus.x + focus.width && p.y >= focus.y && p.y <= focus.y + focus.height;

describe('how large the map lettering is', () => {
  it('is at least the projector minimum at 1920×1080, for every kind of label', () => {
    expect(typeScale({ width: 1920, height: 1080 })).toBe(1);
    for (const [kind, style] of Object.entries(STYLE))
      expect(style.size, kind).toBeGreaterThanOrEqual(PROJECTOR_MIN_PX);
  });

  it('shrinks with the page, in proportion, but never below 70 % (about 17 px)', () => {
    expect(typeScale({ width: 1600, height: 900 })).toBeCloseTo(0.833, 3);
    expect(typeScale({ width: 1366, height: 768 })).toBeCloseTo(0.711, 3);
    expect(typeScale({ width: 1024, height: 768 })).toBe(0.7);
    expect(typeScale({ width: 768, height: 1024 })).toBe(0.7);
    expect(typeScale({ width: 3840, height: 2160 })).toBe(2);
  });
});

describe('the map’s focus', () => {
  it('holds the Koreas, Hokkaido to Okinawa, and the Guam inset', () => {
    for (const id of ['pyongyang', 'seoul', 'tokyo', 'sapporo', 'naha', 'guam', 'sohae'])
      expect(inFocus(placeOf(map, id)), id).toBe(true);
    const { frame } = map.inset;
    expect(inFocus(frame) && inFocus({ x: frame.x + frame.width, y: frame.y + frame.height })).toBe(
      true,
    );
    for (const id of ['prk', 'kor'])
      for (const [x = 0, y = 0] of map.countries.find((c) => c.id === id)?.rings.flat() ?? [])
        expect(inFocus({ x, y }), id).toBe(true);
  });

  it('holds every flight path, as drawn lifted by its height', () => {
    for (const kind of TRAJECTORY_KINDS)
      for (const flight of trajectoriesFor(kind, map))
        for (const p of flight.points)
          expect(inFocus({ x: p.x, y: p.y - p.alt * 80 }), kind).toBe(true);
  });

  it('leaves out what is only context (Beijing), so a narrow map need not show it', () => {
    expect(inFocus(placeOf(map, 'beijing'))).toBe(false);
  });
});

describe('fitting the map to its container', () => {
  const containers = [
    [1430, 567],
    [1920, 760],
    [1366, 500],
    [1000, 700],
    [768, 480],
    [600, 900],
    [520, 860],
    [300, 200],
  ];
  it.each(containers)('fills a %i×%i container with no band, its focus whole', (w, h) => {
    const box = { x: 10, y: 60, width: w, height: h };
    const fit = fitMap(box, focus, map.extent);
    expect(fit.shown).toEqual(box);
    const corner = (x: number, y: number) => ({
      x: fit.originX + x * fit.scale,
      y: fit.originY + y * fit.scale,
    });
    const a = corner(focus.x, focus.y);
    const b = corner(focus.x + focus.width, focus.y + focus.height);
    expect(a.x).toBeGreaterThanOrEqual(box.x - 1e-6);
    expect(a.y).toBeGreaterThanOrEqual(box.y - 1e-6);
    expect(b.x).toBeLessThanOrEqual(box.x + box.width + 1e-6);
    expect(b.y).toBeLessThanOrEqual(box.y + box.height + 1e-6);
    // As large as it can be: the focus touches two opposite sides.
    expect(
      Math.min(Math.abs(b.x - a.x - box.width), Math.abs(b.y - a.y - box.height)),
    ).toBeLessThan(1e-6);
  });

  it('leaves bands only along a side longer than the whole baked region, centred', () => {
    const box = { x: 0, y: 0, width: 4000, height: 500 };
    const fit = fitMap(box, focus, map.extent);
    expect(fit.shown.y).toBe(0);
    expect(fit.shown.height).toBe(500);
    expect(fit.shown.width).toBeLessThan(4000);
    const left = fit.shown.x;
    const right = 4000 - fit.shown.x - fit.shown.width;
    expect(Math.abs(left - right)).toBeLessThan(1);
  });
});
