// Test-only geometry, written independently of src/board so the tests do not check the code
// against itself.
import type { MapData, MapPoint } from '../../src/board/map-data';

/** Even–odd ray test: is p inside the closed ring? */
export function inRing(p: MapPoint, ring: number[][]): boolean {
  let inside = false;
  let prev = ring[ring.length - 1] ?? [0, 0];
  for (const cur of ring) {
    const [x1 = 0, y1 = 0] = prev;
    const [x2 = 0, y2 = 0] = cur;
    if (y2 > p.y !== y1 > p.y) {
      const xCross = x2 + ((p.y - y2) * (x1 - x2)) / (y1 - y2);
      if (p.x < xCross) inside = !inside;
    }
    prev = cur;
  }
  return inside;
}

/** Ids of the countries whose land contains p. */
export function countriesAt(map: MapData, p: MapPoint): string[] {
  return map.countries.filter((c) => c.rings.some((r) => inRing(p, r))).map((c) => c.id);
}

/** The ring of a country that contains p, if any. */
export function ringAt(map: MapData, countryId: string, p: MapPoint): number[][] | undefined {
  return map.countries.find((c) => c.id === countryId)?.rings.find((r) => inRing(p, r));
}

/** Points every `step` map units along a polyline, ends included. */
export function densify(points: MapPoint[], step = 0.5): MapPoint[] {
  const out: MapPoint[] = [];
  points.forEach((b, i) => {
    const a = points[i - 1];
    if (!a) {
      out.push(b);
      return;
    }
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 1; k <= n; k++)
      out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  });
  return out;
}
