// Flight paths for each kind of launch, in map coordinates. Pure TypeScript: the view animates
// them, the tests check their geography against the baked coastline.
import { countryOf, type MapData, type MapPoint, placeOf, type Ring } from './map-data';

/** The kinds of event the board can show on the map. */
export type TrajectoryKind =
  | 'lofted'
  | 'overflight'
  | 'salvo'
  | 'short'
  | 'cruise'
  | 'icbm'
  | 'nuclear'
  | 'guam-threat'
  | 'bomber';

/** Every kind, in a stable order (for previews and table-driven tests). */
export const TRAJECTORY_KINDS: readonly TrajectoryKind[] = [
  'lofted',
  'overflight',
  'salvo',
  'short',
  'cruise',
  'icbm',
  'nuclear',
  'guam-threat',
  'bomber',
];

/** A sample of a path: ground position plus height, 0 (surface) to 1 (highest apogee). */
export interface TrajectoryPoint extends MapPoint {
  alt: number;
}

/** One flight, sampled evenly in time so that interpolating by index gives a steady clock. */
export interface Trajectory {
  kind: TrajectoryKind;
  points: TrajectoryPoint[];
  /** A DPRK missile's ground track over Japanese land (what sets off J-Alert); never for bombers. */
  crossesJapan: boolean;
  durationMs: number;
  /** Wait before this flight starts, for staggered salvos. */
  delayMs?: number;
  /** Drawn as a dashed threat line rather than a flight. */
  dashed?: boolean;
}

const SAMPLES = 64;

/** A ballistic arc: straight ground track (a great circle is near-straight in a conformal conic
 * at this scale) and a parabolic height, which is what the eye reads as "lofted" or "flat". */
function arc(from: MapPoint, to: MapPoint, apogee: number): TrajectoryPoint[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const t = i / SAMPLES;
    return {
      x: from.x + (to.x - from.x) * t,
      y: from.y + (to.y - from.y) * t,
      alt: apogee * 4 * t * (1 - t),
    };
  });
}

/** Resample a polyline at even spacing so that aircraft and cruise missiles fly at steady speed. */
function evenly(path: MapPoint[], alt: (t: number) => number, count: number): TrajectoryPoint[] {
  const lengths = [0];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as MapPoint;
    const b = path[i] as MapPoint;
    lengths.push((lengths[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const total = lengths[lengths.length - 1] as number;
  const out: TrajectoryPoint[] = [];
  let seg = 1;
  for (let i = 0; i <= count; i++) {
    const t = i / count;
    const want = t * total;
    while (seg < path.length - 1 && (lengths[seg] as number) < want) seg++;
    const a = path[seg - 1] as MapPoint;
    const b = path[seg] as MapPoint;
    const span = (lengths[seg] as number) - (lengths[seg - 1] as number);
    const f = span === 0 ? 0 : (want - (lengths[seg - 1] as number)) / span;
    out.push({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, alt: alt(t) });
  }
  return out;
}

/**
 * A ring's edges by the unit band of y they span, worked out once: the crossing test below only
 * needs the edges level with the point, not the hundreds around an island (a flight samples
 * Japan's outline thousands of times when the map first draws).
 */
type Edge = readonly [number, number, number, number];
const bands = new WeakMap<Ring, Map<number, Edge[]>>();
function bandsOf(ring: Ring): Map<number, Edge[]> {
  let index = bands.get(ring);
  if (!index) {
    index = new Map();
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      const edge: Edge = [xi, yi, xj, yj];
      for (let band = Math.floor(Math.min(yi, yj)); band <= Math.floor(Math.max(yi, yj)); band++) {
        const list = index.get(band);
        if (list) list.push(edge);
        else index.set(band, [edge]);
      }
    }
    bands.set(ring, index);
  }
  return index;
}

/** Even–odd ray casting, over the edges whose span of y can contain the point's. */
function insideRing(p: MapPoint, ring: Ring): boolean {
  let inside = false;
  for (const [xi, yi, xj, yj] of bandsOf(ring).get(Math.floor(p.y)) ?? []) {
    if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a ground track passes over Japanese land, stepping ≤ 1 map unit along each leg. */
function overJapan(map: MapData, points: MapPoint[]): boolean {
  const japan = countryOf(map, 'jpn');
  if (!japan) return false;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as MapPoint;
    const b = points[i] as MapPoint;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y)));
    for (let s = 0; s <= steps; s++) {
      const p = { x: a.x + ((b.x - a.x) * s) / steps, y: a.y + ((b.y - a.y) * s) / steps };
      if (japan.rings.some((ring) => insideRing(p, ring))) return true;
    }
  }
  return false;
}

function missile(
  map: MapData,
  kind: TrajectoryKind,
  points: TrajectoryPoint[],
  durationMs: number,
  extra: Partial<Trajectory> = {},
): Trajectory {
  return { kind, points, crossesJapan: overJapan(map, points), durationMs, ...extra };
}

/** Shift a point sideways (perpendicular to from→to) by `by` map units. */
function beside(p: MapPoint, from: MapPoint, to: MapPoint, by: number): MapPoint {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: p.x - ((to.y - from.y) / len) * by, y: p.y + ((to.x - from.x) / len) * by };
}

/** Lane offsets for `count` side-by-side arcs, centred on the path (4 → -1.5, -0.5, 0.5, 1.5). */
function lanesOf(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i - (count - 1) / 2);
}

/** Near-parallel arcs (four by default), launched in quick succession (as on 6 March 2017). */
function salvo(map: MapData, count: number): Trajectory[] {
  const from = placeOf(map, 'sohae');
  const to = placeOf(map, 'sea-of-japan');
  return lanesOf(count).map((lane, i) =>
    missile(
      map,
      'salvo',
      arc(beside(from, from, to, lane * 4), beside(to, from, to, lane * 14), 0.45),
      3600,
      { delayMs: i * 450 },
    ),
  );
}

/** A figure-eight over the East Sea: long-range cruise missiles fly loops to show endurance. */
function cruise(map: MapData): Trajectory {
  const start = placeOf(map, 'wonsan');
  const centre = placeOf(map, 'east-sea-cruise');
  const end = placeOf(map, 'east-sea-short');
  const radius = map.width * 0.022;
  const loop: MapPoint[] = Array.from({ length: 49 }, (_, i) => {
    const theta = Math.PI + (i / 48) * 2 * Math.PI;
    return {
      x: centre.x + radius * Math.cos(theta),
      y: centre.y + radius * Math.sin(theta) * Math.cos(theta),
    };
  });
  const alt = (t: number) => 0.03 + 0.01 * Math.sin(t * Math.PI * 6);
  return missile(map, 'cruise', evenly([start, ...loop, end], alt, 96), 9000);
}

/**
 * The flights drawn for one kind of event; several for salvos and short-range shots, whose
 * number of arcs `lanes` sets (1–4; by default four for a salvo, two short-range shots).
 */
export function trajectoriesFor(kind: TrajectoryKind, map: MapData, lanes?: number): Trajectory[] {
  const count = (fallback: number) => Math.max(1, Math.min(4, Math.round(lanes ?? fallback)));
  const at = (id: string) => placeOf(map, id);
  switch (kind) {
    case 'lofted':
      return [missile(map, kind, arc(at('kusong'), at('sea-of-japan'), 0.85), 4500)];
    case 'overflight':
      return [missile(map, kind, arc(at('sunan'), at('pacific-east-of-hokkaido'), 0.5), 6000)];
    case 'icbm':
      return [missile(map, kind, arc(at('sunan'), at('sea-of-japan-off-aomori'), 1), 6000)];
    case 'salvo':
      return salvo(map, count(4));
    case 'short': {
      const from = at('yangdok');
      const to = at('east-sea-short');
      return Array.from({ length: count(2) }, (_, i) =>
        missile(
          map,
          kind,
          arc(beside(from, from, to, i * 3), beside(to, from, to, i * 8), 0.18),
          2200,
          {
            delayMs: i * 700,
          },
        ),
      );
    }
    case 'cruise':
      return [cruise(map)];
    case 'nuclear': {
      const site = at('punggye-ri');
      return [
        { kind, points: [{ x: site.x, y: site.y, alt: 0 }], crossesJapan: false, durationMs: 2500 },
      ];
    }
    case 'guam-threat':
      return [missile(map, kind, arc(at('wonsan'), at('guam'), 0.6), 4000, { dashed: true })];
    case 'bomber': {
      const route = ['guam', 'south-of-kyushu', 'korea-strait', 'pilsung-range', 'east-sea-north'];
      const points = evenly(route.map(at), () => 0.12, 120);
      return [{ kind, points, crossesJapan: false, durationMs: 8000 }];
    }
  }
}

/** The interpolated position at time fraction t (clamped to 0..1) along a trajectory. */
export function pointAt(trajectory: Trajectory, t: number): TrajectoryPoint {
  const pts = trajectory.points;
  const first = pts[0];
  if (!first) throw new Error(`trajectory "${trajectory.kind}" has no points`);
  const f = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (pts.length - 1);
  const i = Math.min(Math.floor(f), pts.length - 2);
  if (i < 0) return { ...first };
  const a = pts[i] as TrajectoryPoint;
  const b = pts[i + 1] as TrajectoryPoint;
  const k = f - i;
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k, alt: a.alt + (b.alt - a.alt) * k };
}
