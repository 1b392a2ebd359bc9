// Where the map's labels go so that none collides: plain geometry (no Phaser, no DOM; the caller
// measures the text). Labels are placed in priority order (capitals first); each tries its
// variants (full text first, then shorter) at candidate positions around its marker or near its
// anchor, and takes the first that stays inside its bounds and clear of every label and marker
// already placed and every obstacle. A label with no room is dropped, with its marker.
import { type Box, overlapArea } from './caption-place';

/** Which side of its marker a label would rather go. */
export type Side = 'left' | 'right' | 'above' | 'below';

/** One way to letter a label, measured by the caller (a shorter one comes later). */
export interface LabelVariant {
  text: string;
  width: number;
  height: number;
}

/** A label to place. */
export interface LabelRequest {
  id: string;
  /** Lower goes first (and so wins room). */
  priority: number;
  /**
   * `point`: beside `around` (a marker, or a box such as the Guam inset), on one of eight sides.
   * `area`: centred on `around`'s centre, or nudged a little (a sea or a country name).
   */
  kind: 'point' | 'area';
  around: Box;
  /** The side to try first (point labels). */
  prefer?: Side;
  /** Space between the label and its marker. */
  gap?: number;
  variants: LabelVariant[];
  /**
   * The place's marker, if any: drawn only with its label, so it must be clear of the labels
   * placed before, and later labels keep off it.
   */
  marker?: Box;
  /** Must lie inside this box instead of the layout's bounds (the Guam inset's town). */
  within?: Box;
  /** Obstacles this label may overlap, by id (the inset's own town may sit inside the inset). */
  ignores?: readonly string[];
}

/** A box no label may cover (the Guam inset), with an id for `ignores`. */
export interface LayoutObstacle {
  id: string;
  box: Box;
}

/** A label as placed: which variant, and where. */
export interface PlacedLabel {
  id: string;
  text: string;
  variant: number;
  box: Box;
}

/** The result: the labels placed, in priority order, and the ids of those with no room. */
export interface LabelLayout {
  placed: PlacedLabel[];
  dropped: string[];
}

const SIDES: readonly Side[] = ['right', 'left', 'above', 'below'];

/** Candidate top-left corners for a point label of size w×h beside box `m`. */
function pointCandidates(m: Box, w: number, h: number, gap: number, prefer?: Side): Box[] {
  const midY = m.y + m.height / 2 - h / 2;
  const midX = m.x + m.width / 2 - w / 2;
  const at: Record<Side, Box> = {
    right: { x: m.x + m.width + gap, y: midY, width: w, height: h },
    left: { x: m.x - gap - w, y: midY, width: w, height: h },
    above: { x: midX, y: m.y - gap - h, width: w, height: h },
    below: { x: midX, y: m.y + m.height + gap, width: w, height: h },
  };
  const order = prefer ? [prefer, ...SIDES.filter((s) => s !== prefer)] : [...SIDES];
  const diagonal = (dx: number, dy: number): Box => ({
    x: dx > 0 ? m.x + m.width + gap * 0.5 : m.x - gap * 0.5 - w,
    y: dy > 0 ? m.y + m.height + gap * 0.25 : m.y - gap * 0.25 - h,
    width: w,
    height: h,
  });
  return [
    ...order.map((s) => at[s]),
    diagonal(1, -1),
    diagonal(1, 1),
    diagonal(-1, -1),
    diagonal(-1, 1),
  ];
}

/** Candidates for an area label: centred, then nudged by up to about its own size. */
function areaCandidates(a: Box, w: number, h: number): Box[] {
  const cx = a.x + a.width / 2 - w / 2;
  const cy = a.y + a.height / 2 - h / 2;
  const nudges = [
    [0, 0],
    [0, -1],
    [0, 1],
    [-0.5, 0],
    [0.5, 0],
    [-0.5, -1],
    [0.5, -1],
    [-0.5, 1],
    [0.5, 1],
    [0, -2],
    [0, 2],
  ];
  return nudges.map(([dx = 0, dy = 0]) => ({
    x: cx + dx * w * 0.6,
    y: cy + dy * h,
    width: w,
    height: h,
  }));
}

/** Whether `inner` lies inside `outer`. */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Place labels without collisions. `bounds` is where labels may go (the map as shown, less a
 * margin); `obstacles` are boxes no label may cover (the inset); `spacing` is the
 * clear gap kept between two labels.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly LayoutObstacle[],
  spacing = 2,
): LabelLayout {
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const markers: Box[] = [];
  const order = [...requests].sort((a, b) => a.priority - b.priority);
  const grown = (b: Box): Box => ({
    x: b.x - spacing,
    y: b.y - spacing,
    width: b.width + 2 * spacing,
    height: b.height + 2 * spacing,
  });
  for (const request of order) {
    const limit = request.within ?? bounds;
    const blocking = obstacles.filter((o) => !request.ignores?.includes(o.id));
    const fits = (box: Box) =>
      inside(box, limit) &&
      blocking.every((o) => overlapArea(box, o.box) === 0) &&
      markers.every((m) => overlapArea(box, m) === 0) &&
      placed.every((p) => overlapArea(grown(box), p.box) === 0);
    const marker = request.marker;
    if (marker && placed.some((p) => overlapArea(marker, p.box) > 0)) {
      dropped.push(request.id);
      continue;
    }
    let found: PlacedLabel | null = null;
    request.variants.some((variant, index) => {
      const { width, height } = variant;
      const candidates =
        request.kind === 'point'
          ? pointCandidates(request.around, width, height, request.gap ?? 4, request.prefer)
          : areaCandidates(request.around, width, height);
      const box = candidates.find(fits);
      if (box) found = { id: request.id, text: variant.text, variant: index, box };
      return box !== undefined;
    });
    if (found) {
      placed.push(found);
      if (marker) markers.push(marker);
    } else dropped.push(request.id);
  }
  return { placed, dropped };
}

/** Pairs of placed labels that overlap (none, from layoutLabels): for tests and the test hook. */
export function overlappingPairs(boxes: readonly { name: string; box: Box }[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (overlapArea(a.box, b.box) > 0) pairs.push(`${a.name} × ${b.name}`);
  });
  return pairs;
}
