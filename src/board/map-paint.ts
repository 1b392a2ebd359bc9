// Paints the baked Northeast Asia map with the Canvas 2D API: sea, land, coasts, the Guam inset,
// then place markers and labels (map-labels.ts). Coordinates come already projected
// (scripts/bake-map.mjs), so painting is only scale-and-offset plus polygons. No Phaser here:
// see map-view.ts for why.
import type { Country, MapData, MapPoint, Ring } from './map-data';
import { type PaintedLabel, paintLabels } from './map-labels';
import type { Box } from './view/caption-place';

/** Where the map goes on the canvas: map units to canvas pixels, and a legible font size. */
export interface MapPlacement {
  scale: number;
  /** How large lettering is, 1 at 1920×1080 (view/map-fit.ts: typeScale). */
  typeScale: number;
  toScreen(x: number, y: number): MapPoint;
  placeToScreen(id: string): MapPoint;
  fontPx(base: number): number;
}

// Colours differ in lightness, not only hue, and the Koreas also differ by hatching, so the
// map reads under colour-blindness and on a washed-out projector.
const SEA = '#a9cbe3';
const LAND = '#dcd8cf';
const COAST = '#35434f';
const FILL: Record<string, string> = { jpn: '#fbf5e4', kor: '#f1e3bd', prk: '#cfae84' };
const NK_HATCH = 'rgba(92, 61, 34, 0.6)';

/**
 * Paint the whole map (everything but the animations) over `shown` (canvas pixels). Returns
 * where its labels and markers went, so what is drawn over the map can keep off them.
 */
export function paintMap(
  ctx: CanvasRenderingContext2D,
  data: MapData,
  at: MapPlacement,
  shown: Box,
): PaintedLabel[] {
  ctx.save();
  ctx.beginPath();
  ctx.rect(shown.x, shown.y, shown.width, shown.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.fillStyle = SEA;
  ctx.fillRect(shown.x, shown.y, shown.width, shown.height);
  for (const country of data.countries) paintCountry(ctx, country, at);
  paintInset(ctx, data, at);
  const labels = paintLabels(ctx, data, at, shown);
  ctx.restore();
  return labels;
}

function trace(ctx: CanvasRenderingContext2D, ring: Ring, at: MapPlacement): MapPoint[] {
  const pts = ring.map(([x = 0, y = 0]) => at.toScreen(x, y));
  ctx.beginPath();
  const [first, ...rest] = pts;
  if (first) ctx.moveTo(first.x, first.y);
  for (const p of rest) ctx.lineTo(p.x, p.y);
  ctx.closePath();
  return pts;
}

function paintCountry(ctx: CanvasRenderingContext2D, country: Country, at: MapPlacement): void {
  // Each ring is filled on its own, as islands: the baked rings have no holes.
  ctx.fillStyle = FILL[country.id] ?? LAND;
  const rings = country.rings.map((ring) => {
    const pts = trace(ctx, ring, at);
    ctx.fill();
    return pts;
  });
  if (country.id === 'prk') {
    ctx.strokeStyle = NK_HATCH;
    // Heavier than the nominal width: as dark as the hatching the WebGL map drew.
    ctx.lineWidth = 1.6 * Math.max(1, 1.4 * at.scale);
    ctx.beginPath();
    for (const [x1, y1, x2, y2] of hatch(rings, Math.max(5, 8 * at.scale))) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.stroke();
  }
  // Japan and the Koreas get a heavier coastline: they are what the game is about.
  const key = country.id === 'jpn' || country.id === 'prk' || country.id === 'kor';
  ctx.strokeStyle = COAST;
  ctx.lineWidth = Math.max(1, (key ? 2.2 : 1.3) * at.scale);
  for (const ring of country.rings) {
    trace(ctx, ring, at);
    ctx.stroke();
  }
}

function paintInset(ctx: CanvasRenderingContext2D, data: MapData, at: MapPlacement): void {
  const { frame, rings } = data.inset;
  const tl = at.toScreen(frame.x, frame.y);
  const w = frame.width * at.scale;
  const h = frame.height * at.scale;
  // A white margin then a dark rule: the box reads as "elsewhere, another scale".
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(tl.x - 5, tl.y - 5, w + 10, h + 10);
  ctx.fillStyle = SEA;
  ctx.fillRect(tl.x, tl.y, w, h);
  ctx.strokeStyle = COAST;
  ctx.lineWidth = 2.5;
  ctx.strokeRect(tl.x, tl.y, w, h);
  ctx.fillStyle = FILL.jpn ?? LAND;
  ctx.lineWidth = 2;
  for (const ring of rings) {
    trace(ctx, ring, at);
    ctx.fill();
    ctx.stroke();
  }
}

/** 45° hatch lines clipped to a set of rings (even–odd), as [x1, y1, x2, y2] segments. */
function hatch(rings: MapPoint[][], spacing: number): [number, number, number, number][] {
  // Work in coordinates rotated by 45°, where every hatch line is horizontal (v = constant).
  const rot = rings.map((r) =>
    r.map((p) => ({ u: (p.x + p.y) / Math.SQRT2, v: (p.y - p.x) / Math.SQRT2 })),
  );
  const vs = rot.flat().map((p) => p.v);
  const out: [number, number, number, number][] = [];
  for (let v = Math.min(...vs) + spacing / 2; v < Math.max(...vs); v += spacing) {
    const us: number[] = [];
    for (const ring of rot) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j] as { u: number; v: number };
        const b = ring[i] as { u: number; v: number };
        if (a.v > v !== b.v > v) us.push(a.u + ((v - a.v) / (b.v - a.v)) * (b.u - a.u));
      }
    }
    us.sort((a, b) => a - b);
    for (let k = 0; k + 1 < us.length; k += 2) {
      const u1 = us[k] as number;
      const u2 = us[k + 1] as number;
      out.push([
        (u1 - v) / Math.SQRT2,
        (u1 + v) / Math.SQRT2,
        (u2 - v) / Math.SQRT2,
        (u2 + v) / Math.SQRT2,
      ]);
    }
  }
  return out;
}
