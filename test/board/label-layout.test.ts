import { describe, expect, it } from 'vitest';
import { overlapArea } from '../../src/board/view/caption-place';
import {
  type LabelRequest,
  layoutLabels,
  overlappingPairs,
} from '../../src/board/view/label-layout';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const marker = (x: number, y: number) => ({ x: x - 5, y: y - 5, width: 10, height: 10 });
const place = (
  id: string,
  x: number,
  y: number,
  priority: number,
  variants: [string, number, number][] = [[id, 60, 20]],
): LabelRequest => ({
  id,
  priority,
  kind: 'point',
  around: marker(x, y),
  marker: marker(x, y),
  gap: 3,
  variants: variants.map(([text, width, height]) => ({ text, width, height })),
});

/** A small seeded generator, so the crowd is the same every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('laying out map labels', () => {
  it('puts a lone label on the side it prefers', () => {
    const request = { ...place('Tokyo', 200, 150, 0), prefer: 'left' as const };
    const { placed } = layoutLabels([request], bounds, []);
    expect(placed).toHaveLength(1);
    const box = placed[0]?.box;
    expect(box?.x).toBe(200 - 5 - 3 - 60);
    expect(box?.y).toBe(150 - 10);
  });

  it('moves a label to another side when the edge of the map cuts the one it prefers', () => {
    const request = { ...place('Seoul', 30, 150, 0), prefer: 'left' as const };
    const [placed] = layoutLabels([request], bounds, []).placed;
    expect(placed?.box.x).toBeGreaterThanOrEqual(0);
    expect(placed?.box.x).toBeGreaterThan(30);
  });

  it('gives the higher priority first pick: the other label, with no room left, is dropped', () => {
    // A strip one label high: each label fits only beside its marker, and the two sides clash.
    const strip = { x: 0, y: 0, width: 150, height: 26 };
    const capital = { ...place('Pyongyang', 30, 13, 0), prefer: 'right' as const };
    const city = { ...place('Sinpo', 120, 13, 5), prefer: 'left' as const };
    const first = layoutLabels([city, capital], strip, []);
    expect(first.placed.map((p) => p.id)).toEqual(['Pyongyang']);
    expect(first.dropped).toEqual(['Sinpo']);
    const reversed = layoutLabels(
      [
        { ...city, priority: 0 },
        { ...capital, priority: 5 },
      ],
      strip,
      [],
    );
    expect(reversed.placed.map((p) => p.id)).toEqual(['Sinpo']);
  });

  it('falls back to a shorter variant when the full name has no room', () => {
    const area: LabelRequest = {
      id: 'sea',
      priority: 1,
      kind: 'area',
      around: { x: 50, y: 30, width: 0, height: 0 },
      variants: [
        { text: 'Sea of Japan (East Sea)', width: 90, height: 20 },
        { text: 'Sea of Japan\n(East Sea)', width: 50, height: 40 },
      ],
    };
    const tight = { x: 0, y: 0, width: 100, height: 60 };
    const blocker: LabelRequest = {
      ...area,
      id: 'blocker',
      priority: 0,
      around: { x: 80, y: 30, width: 0, height: 0 },
      variants: [{ text: 'X', width: 30, height: 60 }],
    };
    const { placed } = layoutLabels([area, blocker], tight, []);
    expect(placed.find((p) => p.id === 'sea')?.text).toBe('Sea of Japan\n(East Sea)');
  });

  it('keeps labels off obstacles, except one allowed inside (the inset and its town)', () => {
    const inset = { x: 150, y: 100, width: 100, height: 100 };
    const town: LabelRequest = {
      ...place('Hagåtña', 200, 150, 3),
      within: inset,
      ignores: ['inset'],
    };
    const outside = place('Naha', 140, 150, 2, [['Naha', 40, 20]]);
    const { placed } = layoutLabels([town, outside], bounds, [{ id: 'inset', box: inset }]);
    const naha = placed.find((p) => p.id === 'Naha');
    const hagatna = placed.find((p) => p.id === 'Hagåtña');
    expect(naha && overlapArea(naha.box, inset)).toBe(0);
    expect(hagatna?.box.x).toBeGreaterThanOrEqual(inset.x);
    expect((hagatna?.box.x ?? 0) + (hagatna?.box.width ?? 0)).toBeLessThanOrEqual(
      inset.x + inset.width,
    );
  });

  it('never overlaps two labels, or a label and a kept marker, in a crowd of 60 places', () => {
    const random = seeded(12);
    const requests = Array.from({ length: 60 }, (_, i) =>
      place(`p${i}`, 20 + random() * 360, 20 + random() * 260, Math.floor(random() * 5), [
        [`p${i}-long`, 50 + random() * 60, 18],
        [`p${i}`, 30, 18],
      ]),
    );
    const { placed, dropped } = layoutLabels(requests, bounds, []);
    expect(placed.length + dropped.length).toBe(60);
    expect(placed.length).toBeGreaterThan(15);
    expect(overlappingPairs(placed.map((p) => ({ name: p.id, box: p.box })))).toEqual([]);
    const kept = new Set(placed.map((p) => p.id));
    const markers = requests.filter((r) => kept.has(r.id)).map((r) => r.marker);
    for (const p of placed) {
      for (const m of markers) if (m) expect(overlapArea(p.box, m), p.id).toBe(0);
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.y + p.box.height).toBeLessThanOrEqual(300);
    }
  });
});
