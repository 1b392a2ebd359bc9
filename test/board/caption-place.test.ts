import { describe, expect, it } from 'vitest';
import { boxWithin, covered, placeCaption } from '../../src/board/view/caption-place';

const map = { x: 230, y: 90, width: 550, height: 345 };
const city = (name: string, x: number, y: number) => ({
  box: { x, y, width: 80, height: 20 },
  weight: 1,
  name,
});

describe('placing a caption on the map', () => {
  it('goes just below the launch site when that is clear', () => {
    const box = placeCaption({ width: 200, height: 24 }, { x: 400, y: 220 }, map, [], {
      gap: 20,
      margin: 8,
    });
    expect(box).toEqual({ x: 300, y: 240, width: 200, height: 24 });
  });

  it('stays inside the map when the site is near its edge and the caption is long', () => {
    const box = placeCaption({ width: 520, height: 42 }, { x: 260, y: 220 }, map, [], {
      gap: 20,
      margin: 8,
    });
    expect(boxWithin(box, map)).toBe(true);
    expect(box.x).toBe(238);
  });

  it('moves off a city label below the site, to the nearest clear place', () => {
    const obstacles = [city('Seoul', 380, 245), city('Tokyo', 560, 262)];
    const box = placeCaption({ width: 300, height: 24 }, { x: 400, y: 220 }, map, obstacles, {
      gap: 20,
      margin: 8,
    });
    expect(covered(box, obstacles)).toEqual([]);
    expect(boxWithin(box, map)).toBe(true);
  });
});
