import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MapData, MapDataError, parseMapData, placeOf } from '../../src/board/map-data';
import { countriesAt, inRing, ringAt } from './point-in-polygon';

const FILE = 'assets/map/northeast-asia.json';
const raw = readFileSync(FILE, 'utf8');
const map: MapData = parseMapData(JSON.parse(raw));

const REQUIRED_PLACES = [
  'pyongyang',
  'seoul',
  'tokyo',
  'beijing',
  'vladivostok',
  'sapporo',
  'naha',
  'guam',
  'sinpo',
  'punggye-ri',
  'sohae',
  'wonsan',
  'sea-of-japan',
  'pacific-east-of-hokkaido',
  'east-sea-short',
  'pacific-east-of-boso',
];

describe('the baked map file', () => {
  it('is small enough to ship (≤ 60 KB raw)', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(60 * 1024);
  });

  it('has a 1600×1000 frame, its source and the countries of the region', () => {
    expect(map.width).toBe(1600);
    expect(map.height).toBe(1000);
    expect(map.source).toBe('Natural Earth 1:50m via world-atlas 2.0.2');
    expect(map.countries.map((c) => c.id)).toEqual(
      expect.arrayContaining(['prk', 'kor', 'jpn', 'chn', 'rus']),
    );
  });

  it('has every place the board needs, all inside the frame', () => {
    for (const id of REQUIRED_PLACES) expect(map.places[id], id).toBeDefined();
    for (const [id, p] of Object.entries(map.places)) {
      expect(p.x, id).toBeGreaterThanOrEqual(0);
      expect(p.x, id).toBeLessThanOrEqual(map.width);
      expect(p.y, id).toBeGreaterThanOrEqual(0);
      expect(p.y, id).toBeLessThanOrEqual(map.height);
    }
  });

  it('bakes land beyond the frame on every side, and keeps every coastline point inside that', () => {
    const { extent } = map;
    expect(extent.x).toBeLessThan(0);
    expect(extent.y).toBeLessThan(0);
    expect(extent.x + extent.width).toBeGreaterThan(map.width);
    expect(extent.y + extent.height).toBeGreaterThan(map.height);
    const points = map.countries.flatMap((c) => c.rings.flat());
    const inside = ([x = Number.NaN, y = Number.NaN]: number[]) =>
      x >= extent.x &&
      x <= extent.x + extent.width &&
      y >= extent.y &&
      y <= extent.y + extent.height;
    expect(points.every(inside)).toBe(true);
    // Some land really lies outside the frame (else the extent would show only sea).
    expect(points.some(([x = 0, y = 0]) => x < 0 || y < 0 || x > map.width)).toBe(true);
  });

  it('puts Guam, and all of its outline, inside the boxed inset', () => {
    const { frame, rings, label } = map.inset;
    const inFrame = (x: number, y: number) =>
      x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
    expect(inFrame(map.places.guam?.x ?? -1, map.places.guam?.y ?? -1)).toBe(true);
    expect(rings.length).toBeGreaterThan(0);
    expect(rings.flat().every(([x = -1, y = -1]) => inFrame(x, y))).toBe(true);
    expect(rings.some((r) => inRing(placeOf(map, 'guam'), r))).toBe(true);
    expect(label).toMatch(/Guam/);
    expect(frame.x + frame.width).toBeLessThanOrEqual(map.width);
    expect(frame.y + frame.height).toBeLessThanOrEqual(map.height);
  });

  it('puts cities on their own country and splash points at sea', () => {
    const onLand: [string, string][] = [
      ['pyongyang', 'prk'],
      ['punggye-ri', 'prk'],
      ['seoul', 'kor'],
      ['tokyo', 'jpn'],
      ['sapporo', 'jpn'],
      ['naha', 'jpn'],
      ['beijing', 'chn'],
      ['vladivostok', 'rus'],
    ];
    for (const [id, country] of onLand)
      expect(countriesAt(map, placeOf(map, id)), id).toEqual([country]);
    const splash = Object.entries(map.places).filter(([, p]) => p.kind === 'splash');
    expect(splash.length).toBeGreaterThanOrEqual(4);
    for (const [id, p] of splash) expect(countriesAt(map, p), id).toEqual([]);
  });

  it('shows Hokkaido and Okinawa as islands of their own', () => {
    const honshu = ringAt(map, 'jpn', placeOf(map, 'tokyo'));
    const hokkaido = ringAt(map, 'jpn', placeOf(map, 'sapporo'));
    const okinawa = ringAt(map, 'jpn', placeOf(map, 'naha'));
    expect(hokkaido).toBeDefined();
    expect(okinawa).toBeDefined();
    expect(new Set([honshu, hokkaido, okinawa]).size).toBe(3);
  });

  it('is oriented north-up, west-left', () => {
    const at = (id: string) => placeOf(map, id);
    expect(at('beijing').x).toBeLessThan(at('pyongyang').x);
    expect(at('pyongyang').x).toBeLessThan(at('tokyo').x);
    expect(at('seoul').y).toBeGreaterThan(at('pyongyang').y);
    expect(at('sapporo').y).toBeLessThan(at('tokyo').y);
    expect(at('naha').y).toBeGreaterThan(at('tokyo').y);
  });

  it('names both names of the Sea of Japan, and the other seas', () => {
    const names = map.seas.map((s) => s.name).join(' | ');
    for (const sea of [
      'Sea of Japan',
      'East Sea',
      'Yellow Sea',
      'East China Sea',
      'Pacific Ocean',
    ]) {
      expect(names).toContain(sea);
    }
  });

  it('is drawn from baked data only: no browser code imports the map toolchain', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    for (const file of files('src')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/world-atlas|d3-geo|topojson/);
    }
  });
});

describe('parseMapData on malformed input', () => {
  const good = () => JSON.parse(raw) as Record<string, unknown>;
  const cases: [string, (m: Record<string, unknown>) => unknown, string][] = [
    ['not an object', () => null, '$'],
    ['no width', (m) => ({ ...m, width: undefined }), '$.width'],
    ['a string for a number', (m) => ({ ...m, height: '1000' }), '$.height'],
    [
      'a two-point ring',
      (m) => ({
        ...m,
        countries: [
          {
            id: 'x',
            name: 'X',
            rings: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          },
        ],
      }),
      '$.countries[0].rings[0]',
    ],
    [
      'a place of unknown kind',
      (m) => ({ ...m, places: { a: { x: 1, y: 1, name: 'A', kind: 'moon' } } }),
      '$.places.a.kind',
    ],
    [
      'a bad label side',
      (m) => ({ ...m, places: { a: { x: 1, y: 1, name: 'A', kind: 'city', label: 'up' } } }),
      '$.places.a.label',
    ],
    [
      'an empty inset frame',
      (m) => ({
        ...m,
        inset: { frame: { x: 0, y: 0, width: 0, height: 5 }, rings: [], label: 'G' },
      }),
      '$.inset.frame',
    ],
    ['no seas', (m) => ({ ...m, seas: 'many' }), '$.seas'],
  ];

  it.each(cases)('rejects %s, naming where', (_name, mutate, path) => {
    const bad = mutate(good());
    expect(() => parseMapData(bad)).toThrow(MapDataError);
    expect(() => parseMapData(bad)).toThrow(`map data: ${path}:`);
  });

  it('placeOf names an unknown place', () => {
    expect(() => placeOf(map, 'atlantis')).toThrow(/\$\.places\.atlantis/);
  });
});
