// How the map fills the box the layout gives it, and how large its lettering is: plain geometry
// (no Phaser, no DOM), so the tests read it. The map is as large as its focus — Korea, Japan,
// every flight path and the Guam inset — allows; the rest of the box shows more of the region
// (land is baked beyond the frame for that) instead of bands beside the map.
import type { Frame, MapData, MapPoint, Ring } from '../map-data';
import { TRAJECTORY_KINDS, trajectoriesFor } from '../trajectories';
import type { Box } from './caption-place';

/**
 * The smallest letter on the map at 1920×1080, in CSS pixels. On a 2.5 m wide projected image
 * a pixel is 1.3 mm, so a 24 px DejaVu Sans capital is ≈23 mm tall: 7.8′ of arc from 10 m and
 * 9.8′ from 8 m, 1.6–2× the 5′ of a 20/20 eye-chart letter. The 13–15 px labels the teacher
 * reported were 4.2–4.9′ from 10 m, below what even good eyes resolve.
 */
export const PROJECTOR_MIN_PX = 24;

/** Below this share of 1920×1080 letters stop shrinking (≈17 px): legible on a laptop or tablet. */
const SMALLEST_SCALE = 0.7;

/**
 * How large the map's lettering is for a page of this size: 1 at 1920×1080, in proportion to
 * the page below that (the same size on the same projected screen), never under 0.7; more on a
 * larger page.
 */
export function typeScale(page: { width: number; height: number }): number {
  return Math.max(SMALLEST_SCALE, Math.min(page.width / 1920, page.height / 1080));
}

/** Map units kept around the focus, so labels at its edge still have room. */
const FOCUS_PAD = 40;
/** How high (map units) the animation lifts a path at the top of its arc (missile-view.ts). */
const LIFT = 80;
/** Japanese islands smaller than this (square map units) may fall outside the view. */
const SMALL_ISLAND = 100;

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return Math.abs(sum) / 2;
}

/** The bounding frame of some points, grown by `pad` on every side. */
export function frameAround(points: readonly MapPoint[], pad = 0): Frame {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/**
 * What must always be in view, in map units: both Koreas, Japan's main islands and Okinawa,
 * every flight path as drawn (lifted by its height) and the Guam inset.
 */
export function mapFocus(data: MapData): Frame {
  const points: MapPoint[] = [];
  for (const country of data.countries) {
    if (country.id !== 'prk' && country.id !== 'kor' && country.id !== 'jpn') continue;
    for (const ring of country.rings) {
      if (country.id === 'jpn' && ringArea(ring) < SMALL_ISLAND) continue;
      for (const [x = 0, y = 0] of ring) points.push({ x, y });
    }
  }
  for (const kind of TRAJECTORY_KINDS) {
    if (kind === 'nuclear') continue;
    for (const flight of trajectoriesFor(kind, data))
      for (const p of flight.points) points.push({ x: p.x, y: p.y - p.alt * LIFT });
  }
  const { frame } = data.inset;
  points.push(frame, { x: frame.x + frame.width, y: frame.y + frame.height });
  return frameAround(points, FOCUS_PAD);
}

/** Where the map goes in a container: map units to pixels, and the part of it painted. */
export interface MapFit {
  /** Pixels per map unit. */
  scale: number;
  /** Where map unit (0, 0) lands, in the container's pixel frame. */
  originX: number;
  originY: number;
  /** The part of the container the map covers (all of it unless its aspect is extreme). */
  shown: Box;
}

/** Place `span` (map units) of a view on an axis: centred on the focus, slid inside the extent. */
function viewStart(span: number, focusStart: number, focusSpan: number, from: number, to: number) {
  if (span >= to - from) return from - (span - (to - from)) / 2;
  const centred = focusStart + focusSpan / 2 - span / 2;
  return Math.min(Math.max(centred, from), to - span);
}

/**
 * Fit the map to a container (pixels): the largest scale at which `focus` fits, the view centred
 * on it and slid to stay inside the baked `extent`. `shown` is the container, less any band left
 * only where the container is longer, for its aspect, than the whole extent.
 */
export function fitMap(container: Box, focus: Frame, extent: Frame): MapFit {
  const scale = Math.min(container.width / focus.width, container.height / focus.height);
  const spanX = container.width / scale;
  const spanY = container.height / scale;
  const left = viewStart(spanX, focus.x, focus.width, extent.x, extent.x + extent.width);
  const top = viewStart(spanY, focus.y, focus.height, extent.y, extent.y + extent.height);
  const originX = container.x - left * scale;
  const originY = container.y - top * scale;
  const x = Math.max(container.x, originX + extent.x * scale);
  const y = Math.max(container.y, originY + extent.y * scale);
  const right = Math.min(
    container.x + container.width,
    originX + (extent.x + extent.width) * scale,
  );
  const bottom = Math.min(
    container.y + container.height,
    originY + (extent.y + extent.height) * scale,
  );
  return { scale, originX, originY, shown: { x, y, width: right - x, height: bottom - y } };
}
