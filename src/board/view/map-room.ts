// Room on the map for what is drawn over it for a while — launch captions, event badges with
// their decision labels, the J-Alert banner, the sound captions — as plain geometry (no Phaser,
// no DOM). What an animation is about (a flight's path, the places it passes, a badge's capital)
// is registered first; each overlay then claims a box that covers none of that, no capital's name
// and no other overlay, and as few map labels as it can, as near its anchor as it can.
import type { MapPoint } from '../map-data';
import { type Box, type Obstacle, overlapArea } from './caption-place';

/** What kind of thing an overlay is (for the test hook and for debugging). */
export type OverlayKind = 'launch-caption' | 'badge' | 'alert-banner' | 'sound-captions';

/** An overlay on the map, where it went (scene pixels). */
export interface RoomItem {
  kind: OverlayKind;
  name: string;
  box: Box;
}

/** A map label as the room sees it: its box, its marker, the place it names. */
export interface RoomLabel {
  name: string;
  /** 'capital' labels are kept clear by every overlay, like what an animation is about. */
  kind?: string;
  place?: string;
  box: Box;
  marker?: Box;
}

/** Covering a hard obstacle (the animation's subject, another overlay) costs this per pixel. */
const HARD = 10_000;
/** Cost per pixel of distance from the anchor: a clear spot further off beats covering a label. */
const DISTANCE_COST = 0.25;
/** Steps across the map, each way, at which an overlay may also be tried. */
const GRID = 12;

/** Whether a point is inside a box. */
export function pointIn(p: MapPoint, b: Box): boolean {
  return p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
}

function distanceTo(p: MapPoint, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

function clampInto(x: number, y: number, w: number, h: number, frame: Box): Box {
  const cx = Math.min(Math.max(x, frame.x), frame.x + frame.width - w);
  const cy = Math.min(Math.max(y, frame.y), frame.y + frame.height - h);
  return { x: Math.max(frame.x, cx), y: Math.max(frame.y, cy), width: w, height: h };
}

/**
 * The best box of `size` for an overlay about `anchor`, inside `frame`: the one that covers no
 * `hard` obstacle if any such exists, then the least weighted `soft` area, then the nearest to
 * the anchor. Tried: beside the anchor on eight sides at two distances, and a grid over the frame.
 */
export function findRoom(
  size: { width: number; height: number },
  anchor: MapPoint,
  frame: Box,
  hard: readonly Box[],
  soft: readonly Obstacle[],
  gap: number,
): { box: Box; clear: boolean; cost: number } {
  const { width: w, height: h } = size;
  const candidates: Box[] = [];
  for (const d of [gap, gap * 3]) {
    for (const [dx, dy] of [
      [0, 1],
      [0, -1],
      [1, 0],
      [-1, 0],
      [1, 1],
      [-1, 1],
      [1, -1],
      [-1, -1],
    ] as const) {
      const x = dx === 0 ? anchor.x - w / 2 : dx > 0 ? anchor.x + d : anchor.x - d - w;
      const y = dy === 0 ? anchor.y - h / 2 : dy > 0 ? anchor.y + d : anchor.y - d - h;
      candidates.push(clampInto(x, y, w, h, frame));
    }
  }
  const spareX = Math.max(0, frame.width - w);
  const spareY = Math.max(0, frame.height - h);
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++)
      candidates.push(
        clampInto(frame.x + (spareX * i) / GRID, frame.y + (spareY * j) / GRID, w, h, frame),
      );
  let best = candidates[0] as Box;
  let bestCost = Number.POSITIVE_INFINITY;
  let bestClear = false;
  for (const box of candidates) {
    const blocked = hard.reduce((sum, b) => sum + overlapArea(box, b), 0);
    const cover = soft.reduce((sum, o) => sum + overlapArea(box, o.box) * o.weight, 0);
    const cost = blocked * HARD + cover + distanceTo(anchor, box) * DISTANCE_COST;
    if (cost < bestCost - 1e-6) {
      best = box;
      bestCost = cost;
      bestClear = blocked === 0;
    }
  }
  return { box: best, clear: bestClear, cost: bestCost };
}

/** What an animation is about: its path (scene pixels) and the places it concerns. */
interface Subject {
  path: MapPoint[];
  places: string[];
}

/** The overlays on one map and what the animations playing on it are about. */
export class MapRoom {
  private next = 1;
  private readonly items = new Map<number, RoomItem>();
  private readonly subjects = new Map<number, Subject>();
  /**
   * Called when what the animations are about changes, or an overlay takes the sound captions'
   * place: the sound captions, already up, move.
   */
  onSubjectChange: () => void = () => {};

  constructor(
    /** The map as shown (scene pixels): overlays stay inside it, `margin` from its edge. */
    readonly shown: Box,
    readonly labels: readonly RoomLabel[],
    /** Weighted map lettering (labels, markers, the inset) overlays would rather not cover. */
    readonly lettering: readonly Obstacle[],
    /** Radius kept clear around each point of a path, and the gap from an anchor. */
    readonly clearance: number,
    readonly margin: number,
  ) {}

  /**
   * Register what an animation is about: every labelled place within `reach` pixels of its
   * path, and `places`. Returns its release.
   */
  about(path: readonly MapPoint[], places: readonly string[] = [], reach = 0): () => void {
    const near = this.labels
      .filter((l) => l.place && l.marker)
      .filter((l) => {
        const m = l.marker as Box;
        const c = { x: m.x + m.width / 2, y: m.y + m.height / 2 };
        return path.some((p) => Math.hypot(p.x - c.x, p.y - c.y) <= reach);
      })
      .map((l) => l.place as string);
    const id = this.next++;
    this.subjects.set(id, { path: [...path], places: [...new Set([...places, ...near])] });
    this.onSubjectChange();
    return () => {
      if (this.subjects.delete(id)) this.onSubjectChange();
    };
  }

  /** Every point of the paths the animations are about (scene pixels). */
  path(): MapPoint[] {
    return [...this.subjects.values()].flatMap((s) => s.path);
  }

  /** The labels of the places the animations are about. */
  concerned(): RoomLabel[] {
    const places = new Set([...this.subjects.values()].flatMap((s) => s.places));
    return this.labels.filter((l) => l.place && places.has(l.place));
  }

  /** The overlays up now. */
  overlays(): RoomItem[] {
    return [...this.items.values()];
  }

  /**
   * Claim a box of `size` for an overlay about `anchor`, clear of the animations' subjects and
   * of every other overlay (`replacing` an overlay's own earlier claim, when it moves). Returns
   * where it goes, whether that is clear, what it costs (see findRoom) and its release.
   */
  claim(
    kind: OverlayKind,
    name: string,
    size: { width: number; height: number },
    anchor: MapPoint,
    replacing?: number,
  ): { id: number; box: Box; clear: boolean; cost: number; release: () => void } {
    if (replacing !== undefined) this.items.delete(replacing);
    const r = this.clearance;
    // The sound captions give way: anything else may take their place, and they then move.
    const yielding = (o: RoomItem) => o.kind === 'sound-captions' && kind !== 'sound-captions';
    const hard: Box[] = [
      ...this.path().map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r })),
      ...[...this.concerned(), ...this.labels.filter((l) => l.kind === 'capital')].flatMap((l) =>
        l.marker ? [l.box, l.marker] : [l.box],
      ),
      ...this.overlays()
        .filter((o) => !yielding(o))
        .map((o) => o.box),
    ];
    const m = this.margin;
    const frame = {
      x: this.shown.x + m,
      y: this.shown.y + m,
      width: this.shown.width - 2 * m,
      height: this.shown.height - 2 * m,
    };
    const { box, clear, cost } = findRoom(size, anchor, frame, hard, this.lettering, r);
    const id = replacing ?? this.next++;
    this.items.set(id, { kind, name, box });
    if (this.overlays().some((o) => yielding(o) && overlapArea(o.box, box) > 0))
      this.onSubjectChange();
    return { id, box, clear, cost, release: () => this.items.delete(id) };
  }
}
