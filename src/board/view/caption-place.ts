// Where a caption goes on the map, as plain geometry (no Phaser, so the tests read it): always
// inside the map's frame, and where it covers the fewest city labels, markers and flight paths —
// below the launch site if that is clear, else the clear place nearest it.

/** A box in scene pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something a caption should not cover, and how much covering it costs per pixel. */
export interface Obstacle {
  box: Box;
  /** 1 for a city label; more for a marker; less for a sea or country name. */
  weight: number;
  /** What it is, for tests and debugging ("Pyongyang"). */
  name: string;
}

/** The area two boxes share, in square pixels. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether `inner` lies wholly inside `outer` (to half a pixel). */
export function boxWithin(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/** Slide a box of this size to lie inside `frame` (keeping its top left if it fits). */
function clampInto(x: number, y: number, width: number, height: number, frame: Box): Box {
  const cx = Math.min(Math.max(x, frame.x), frame.x + frame.width - width);
  const cy = Math.min(Math.max(y, frame.y), frame.y + frame.height - height);
  return { x: Math.max(frame.x, cx), y: Math.max(frame.y, cy), width, height };
}

/** How far a point is from a box (0 inside it). */
function distanceTo(p: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** Cost per pixel of distance from the anchor: a clear spot further off beats covering a label. */
const DISTANCE_COST = 0.25;

/** Steps across the map, each way, at which a caption may also be tried. */
const GRID = 10;

/**
 * The box for a caption of `size` about `anchor` (the launch site): inside `map` less `margin`,
 * where it covers the least weighted obstacle area, and among equally clear places the one
 * nearest the anchor — just below it, by preference, then just above, then anywhere on a grid
 * over the map. The caption's size must already fit the map (wrap it to the map's width first).
 */
export function placeCaption(
  size: { width: number; height: number },
  anchor: { x: number; y: number },
  map: Box,
  obstacles: readonly Obstacle[],
  options: { gap: number; margin: number },
): Box {
  return bestPlace(size, anchor, map, obstacles, options).box;
}

/** The place `placeCaption` picks, with what it costs (for comparing ways to wrap a caption). */
export function bestPlace(
  size: { width: number; height: number },
  anchor: { x: number; y: number },
  map: Box,
  obstacles: readonly Obstacle[],
  options: { gap: number; margin: number },
): { box: Box; cost: number } {
  const { gap, margin } = options;
  const frame: Box = {
    x: map.x + margin,
    y: map.y + margin,
    width: map.width - 2 * margin,
    height: map.height - 2 * margin,
  };
  const { width, height } = size;
  // Just below the site, then just above, count as next to it; the grid pays for its distance.
  const preferred = [
    clampInto(anchor.x - width / 2, anchor.y + gap, width, height, frame),
    clampInto(anchor.x - width / 2, anchor.y - gap - height, width, height, frame),
  ];
  const candidates: Box[] = [...preferred];
  // The launch site itself stays in view.
  const r = gap * 0.75;
  const site: Obstacle = {
    box: { x: anchor.x - r, y: anchor.y - r, width: 2 * r, height: 2 * r },
    weight: 3,
    name: 'launch site',
  };
  const all = [...obstacles, site];
  const spareX = Math.max(0, frame.width - width);
  const spareY = Math.max(0, frame.height - height);
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++)
      candidates.push(
        clampInto(
          frame.x + (spareX * i) / GRID,
          frame.y + (spareY * j) / GRID,
          width,
          height,
          frame,
        ),
      );
  let best = candidates[0] as Box;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const box of candidates) {
    const cover = all.reduce((sum, o) => sum + overlapArea(box, o.box) * o.weight, 0);
    const far = preferred.includes(box) ? 0 : distanceTo(anchor, box);
    const cost = cover + far * DISTANCE_COST;
    if (cost < bestCost - 1e-6) {
      best = box;
      bestCost = cost;
    }
  }
  return { box: best, cost: bestCost };
}

/** The obstacles a caption box covers, by name (for the test hook). */
export function covered(box: Box, obstacles: readonly Obstacle[], minWeight = 1): string[] {
  return obstacles
    .filter((o) => o.weight >= minWeight && overlapArea(box, o.box) > 0)
    .map((o) => o.name);
}
