import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MapData, type MapPoint, parseMapData, placeOf } from '../../src/board/map-data';
import {
  pointAt,
  TRAJECTORY_KINDS,
  type Trajectory,
  trajectoriesFor,
} from '../../src/board/trajectories';
import { countriesAt, densify, inRing, ringAt } from './point-in-polygon';

const map: MapData = parseMapData(
  JSON.parse(readFileSync('assets/map/northeast-asia.json', 'utf8')),
);
const one = (kind: Parameters<typeof trajectoriesFor>[0]): Trajectory => {
  const [first] = trajectoriesFor(kind, map);
  if (!first) throw new Error(`no trajectory for ${kind}`);
  return first;
};
const last = (t: Trajectory) => t.points[t.points.length - 1] as MapPoint;
const japanRings = map.countries.find((c) => c.id === 'jpn')?.rings ?? [];
/** Ground-track samples that lie over Japanese land, found with the test's own geometry. */
const overJapan = (t: Trajectory) =>
  densify(t.points).filter((p) => japanRings.some((r) => inRing(p, r)));
const groundLength = (t: Trajectory) =>
  t.points
    .slice(1)
    .reduce(
      (sum, p, i) => sum + Math.hypot(p.x - (t.points[i]?.x ?? 0), p.y - (t.points[i]?.y ?? 0)),
      0,
    );
const apogee = (t: Trajectory) => Math.max(...t.points.map((p) => p.alt));

describe('every trajectory kind', () => {
  it.each(TRAJECTORY_KINDS)(
    '%s: finite points inside the frame, alt in 0..1, a duration',
    (kind) => {
      const flights = trajectoriesFor(kind, map);
      expect(flights.length).toBeGreaterThan(0);
      for (const t of flights) {
        expect(t.kind).toBe(kind);
        expect(t.durationMs).toBeGreaterThan(0);
        for (const p of t.points) {
          expect(
            p.x >= 0 && p.x <= map.width && p.y >= 0 && p.y <= map.height,
            `${p.x},${p.y}`,
          ).toBe(true);
          expect(p.alt).toBeGreaterThanOrEqual(0);
          expect(p.alt).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  it.each(TRAJECTORY_KINDS.filter((k) => k !== 'bomber'))(
    '%s: crossesJapan agrees with the coastline',
    (kind) => {
      for (const t of trajectoriesFor(kind, map))
        expect(t.crossesJapan).toBe(overJapan(t).length > 0);
    },
  );
});

describe('ballistic shots', () => {
  it('overflight crosses northern Japan and ends in the Pacific east of Japan', () => {
    const t = one('overflight');
    expect(t.crossesJapan).toBe(true);
    const over = overJapan(t);
    expect(over.length).toBeGreaterThan(0);
    // Over Hokkaido or Tohoku: well north of the midpoint between Tokyo and Sapporo's latitudes.
    const tohokuLine = (placeOf(map, 'tokyo').y + placeOf(map, 'sapporo').y) / 2;
    expect(over.every((p) => p.y < tohokuLine)).toBe(true);
    const end = last(t);
    expect(countriesAt(map, end)).toEqual([]);
    const hokkaido = ringAt(map, 'jpn', placeOf(map, 'sapporo')) ?? [];
    expect(end.x).toBeGreaterThan(Math.max(...hokkaido.map(([x = 0]) => x)));
  });

  it('lofted ends in the sea west of Japan, over no Japanese land, on a steep arc', () => {
    const t = one('lofted');
    expect(t.crossesJapan).toBe(false);
    expect(overJapan(t)).toEqual([]);
    const end = last(t);
    expect(countriesAt(map, end)).toEqual([]);
    expect(end.x).toBeGreaterThan(placeOf(map, 'wonsan').x);
    // West of Japan: the Japanese coast lies east of the splash point on its own latitude.
    const eastward = densify([end, { x: map.width, y: end.y }]);
    expect(eastward.some((p) => japanRings.some((r) => inRing(p, r)))).toBe(true);
    const flat = one('overflight');
    expect(apogee(t) / groundLength(t)).toBeGreaterThan((apogee(flat) / groundLength(flat)) * 1.5);
  });

  it('icbm is the highest arc, and falls in the Sea of Japan', () => {
    const t = one('icbm');
    expect(apogee(t)).toBe(
      Math.max(...TRAJECTORY_KINDS.flatMap((k) => trajectoriesFor(k, map).map(apogee))),
    );
    expect(t.crossesJapan).toBe(false);
    expect(countriesAt(map, last(t))).toEqual([]);
  });

  it('salvo is four near-parallel arcs, staggered in time, into the Sea of Japan', () => {
    const flights = trajectoriesFor('salvo', map);
    expect(flights).toHaveLength(4);
    const delays = flights.map((f) => f.delayMs ?? 0);
    expect(new Set(delays).size).toBe(4);
    expect([...delays].sort((a, b) => a - b)).toEqual(delays);
    for (const f of flights) {
      expect(f.crossesJapan).toBe(false);
      expect(countriesAt(map, last(f))).toEqual([]);
      expect(
        Math.hypot(
          last(f).x - placeOf(map, 'sea-of-japan').x,
          last(f).y - placeOf(map, 'sea-of-japan').y,
        ),
      ).toBeLessThan(40);
    }
  });

  it('short-range shots land in the East Sea close to the Korean coast', () => {
    for (const t of trajectoriesFor('short', map)) {
      expect(countriesAt(map, last(t))).toEqual([]);
      expect(groundLength(t)).toBeLessThan(groundLength(one('lofted')) / 2);
      expect(apogee(t)).toBeLessThan(0.3);
    }
  });
});

describe('other events', () => {
  it('cruise flies low and slow over the sea', () => {
    const t = one('cruise');
    expect(apogee(t)).toBeLessThan(0.1);
    // After leaving the coast (first tenth of the flight) it never crosses land.
    const offshore = t.points.slice(Math.ceil(t.points.length / 10));
    expect(offshore.filter((p) => countriesAt(map, p).length > 0)).toEqual([]);
    const speed = (x: Trajectory) => groundLength(x) / x.durationMs;
    expect(speed(t)).toBeLessThan(speed(one('lofted')));
  });

  it('nuclear is a single point at Punggye-ri', () => {
    const flights = trajectoriesFor('nuclear', map);
    expect(flights).toHaveLength(1);
    expect(flights[0]?.points).toEqual([{ ...pick(placeOf(map, 'punggye-ri')), alt: 0 }]);
  });

  it('guam-threat is a dashed line into the Guam inset', () => {
    const t = one('guam-threat');
    expect(t.dashed).toBe(true);
    const { frame } = map.inset;
    const end = last(t);
    expect(
      end.x >= frame.x &&
        end.x <= frame.x + frame.width &&
        end.y >= frame.y &&
        end.y <= frame.y + frame.height,
    ).toBe(true);
  });

  it('bomber flies from the Guam inset across South Korea, and is no missile overflight', () => {
    const t = one('bomber');
    const start = t.points[0] as MapPoint;
    expect(start).toMatchObject(pick(placeOf(map, 'guam')));
    expect(densify(t.points).some((p) => countriesAt(map, p).includes('kor'))).toBe(true);
    expect(t.crossesJapan).toBe(false);
  });
});

describe('pointAt', () => {
  const t = one('overflight');
  it.each([
    [0, t.points[0]],
    [1, last(t)],
    [-3, t.points[0]],
    [7, last(t)],
  ])('at t=%s is an end point', (at, expected) => {
    expect(pickAlt(pointAt(t, at))).toEqual(pickAlt(expected as Trajectory['points'][number]));
  });

  it('interpolates between samples and peaks mid-flight', () => {
    const mid = pointAt(t, 0.5);
    const a = t.points[0] as MapPoint;
    const b = last(t);
    expect(mid.x).toBeCloseTo((a.x + b.x) / 2, 3);
    expect(mid.alt).toBeCloseTo(apogee(t), 3);
    expect(pointAt(t, 0.25).alt).toBeLessThan(mid.alt);
  });

  it('returns the only point of a one-point trajectory', () => {
    const [nuclear] = trajectoriesFor('nuclear', map);
    if (!nuclear) throw new Error('no nuclear event');
    expect(pointAt(nuclear, 0.6)).toEqual(nuclear.points[0]);
  });
});

function pick(p: MapPoint): MapPoint {
  return { x: p.x, y: p.y };
}

function pickAlt(p: Trajectory['points'][number]) {
  return { x: p.x, y: p.y, alt: p.alt };
}
