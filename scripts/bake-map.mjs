// Bake the Northeast Asia board map: `node scripts/bake-map.mjs` (or `npm run bake-map`).
// Projects Natural Earth 1:50m (world-atlas 2.0.2) once, at build time, so the browser ships
// a small file of plain pixel coordinates and never loads d3-geo or the 756 KB world file.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { geoConicConformal, geoDistance, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const OUT = 'assets/map/northeast-asia.json';
const WIDTH = 1600;
const HEIGHT = 1000;
// The Guam inset sits where the Wonsan–Guam great circle leaves the frame, so the threat line
// points the true way (over western Japan) into it.
const INSET = { x: 790, y: 712, width: 250, height: 264 };
// Land is baked beyond the frame, so a container wider or taller than 16:10 shows more of the
// region instead of bands beside it (src/board/view/map-fit.ts picks what is shown). The margins
// cover containers from 1:2 (portrait) to 4:1 around the region the game is about; east and
// south of the frame it is mostly open sea, so the wide margins there cost few bytes.
const EXTENT = { x: -520, y: -260, width: 4000, height: 1960 };
const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// Readable ids instead of ISO numeric codes; label positions are [lon, lat].
const COUNTRIES = {
  408: { id: 'prk', label: [127.4, 40.75] },
  410: { id: 'kor', label: [128.0, 36.4] },
  392: { id: 'jpn', label: [138.3, 36.25] },
  156: { id: 'chn', label: [116.4, 34.5] },
  643: { id: 'rus', label: [136.0, 47.2] },
  496: { id: 'mng', label: null },
  158: { id: 'twn', label: null },
  608: { id: 'phl', label: null },
};

// [lon, lat, display name, kind, side of the marker its label goes on]. Splash points follow reported impact areas (MOD Japan).
const PLACES = {
  pyongyang: [125.7625, 39.0392, 'Pyongyang', 'capital', 'left'],
  seoul: [126.978, 37.5665, 'Seoul', 'capital', 'left'],
  tokyo: [139.6917, 35.6895, 'Tokyo', 'capital', 'right'],
  beijing: [116.4074, 39.9042, 'Beijing', 'capital', 'right'],
  vladivostok: [131.8869, 43.1155, 'Vladivostok', 'city', 'right'],
  sapporo: [141.3545, 43.0621, 'Sapporo', 'city', 'left'],
  naha: [127.6809, 26.2124, 'Naha', 'city', 'right'],
  shanghai: [121.4737, 31.2304, 'Shanghai', 'city', 'left'],
  sinpo: [128.1856, 40.0301, 'Sinpo', 'site', 'right'],
  'punggye-ri': [129.0806, 41.2781, 'Punggye-ri', 'site', 'right'],
  sohae: [124.705, 39.66, 'Sohae (Tongchang-ri)', 'launch'],
  kusong: [125.24, 39.98, 'Kusong', 'launch'],
  sunan: [125.67, 39.2, 'Sunan airfield', 'launch'],
  yangdok: [126.6, 39.05, 'Yangdok (rail)', 'launch'],
  wonsan: [127.49, 39.17, 'Wonsan (Kalma)', 'launch'],
  'sea-of-japan': [136.3, 40.1, 'Sea of Japan, EEZ off Akita', 'splash'],
  'sea-of-japan-off-aomori': [137.0, 40.9, 'Sea of Japan, west of Aomori', 'splash'],
  'pacific-east-of-hokkaido': [150.6, 42.0, 'Pacific, east of Cape Erimo', 'splash'],
  'east-sea-short': [129.4, 39.5, 'East Sea, off the Korean coast', 'splash'],
  'pacific-east-of-boso': [142.4, 35.0, 'Pacific, east of the Boso peninsula', 'splash'],
  'east-sea-cruise': [130.5, 40.4, 'East Sea cruise-missile range', 'waypoint'],
  'east-sea-north': [131.0, 39.9, 'International waters east of North Korea', 'waypoint'],
  'korea-strait': [129.6, 34.5, 'Korea Strait', 'waypoint'],
  'south-of-kyushu': [132.0, 30.0, 'Pacific, south of Kyushu', 'waypoint'],
  'pilsung-range': [128.35, 37.35, 'Pilsung range', 'waypoint'],
};

const SEAS = [
  ['Sea of Japan (East Sea)', 134.6, 38.3, -30],
  ['Yellow Sea', 123.3, 35.6, 0],
  ['East China Sea', 125.2, 29.6, 0],
  ['Pacific Ocean', 146.0, 33.5, 0],
  ['Sea of Okhotsk', 146.5, 46.4, 0],
];

// Lambert conformal conic: shapes stay true (conformal) and a great-circle missile track is
// nearly straight at this scale. The standard parallels bracket Okinawa to Sakhalin.
const projection = geoConicConformal().parallels([28, 46]).rotate([-133, 0]).center([0, 37]);
const frameAnchors = {
  type: 'MultiPoint',
  coordinates: [
    [113.2, 40.5], // west of Beijing
    [117.5, 29.0], // inland of Shanghai
    [126, 24.1], // south of Okinawa's main island
    [144, 48.2], // north of Sakhalin's south end
    [155.2, 37.5], // Pacific east of Japan
  ],
};
projection.fitExtent(
  [
    [0, 0],
    [WIDTH, HEIGHT],
  ],
  frameAnchors,
);
projection.clipExtent([
  [EXTENT.x, EXTENT.y],
  [EXTENT.x + EXTENT.width, EXTENT.y + EXTENT.height],
]);

/** Collects the rings geoPath draws, as arrays of [x, y]. */
function ringsOf(proj, geo) {
  const rings = [];
  let ring = null;
  geoPath(proj, {
    moveTo: (x, y) => {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo: (x, y) => ring.push([x, y]),
    closePath: () => {
      ring = null;
    },
    arc: () => {},
  })(geo);
  return rings;
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker on an open polyline, iterative so long coasts cannot overflow the stack;
 * `tolerance` is a number or a function of the two ends of the span being simplified.
 */
function simplifyLine(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let worst = -1;
    const tol =
      typeof tolerance === 'function' ? tolerance(points[first], points[last]) : tolerance;
    let worstD = tol * tol;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function area(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return Math.abs(sum) / 2;
}

const round1 = (v) => Math.round(v * 10) / 10;

/** Whether a point lies in the frame (with a margin): the part the board always shows. */
const inCore = ([x, y]) => x >= -40 && x <= WIDTH + 40 && y >= -40 && y <= HEIGHT + 40;

/**
 * Beyond the frame the map is only shown on wide or tall screens, around the region the game is
 * about: coarser there (a third of the points, whole units), to keep the file small.
 */
const OUTER = { tolerance: 2.5, areaFactor: 60 };
const tolerances = (inner) => (a, b) => (inCore(a) || inCore(b) ? inner : OUTER.tolerance);
const roundAt = (p) => (inCore(p) ? p.map(round1) : p.map(Math.round));

/** Simplify, round to 0.1 px, drop repeated points and specks too small to see. */
function tidy(rings, tolerance, minArea) {
  const out = [];
  for (const ring of rings) {
    if (ring.length < 3) continue;
    // Split a closed ring at its farthest point so both halves have distinct ends.
    let far = 0;
    for (let i = 1; i < ring.length; i++) {
      if (
        segmentDistance2(ring[i], ring[0], ring[0]) > segmentDistance2(ring[far], ring[0], ring[0])
      )
        far = i;
    }
    const a = simplifyLine(ring.slice(0, far + 1), tolerances(tolerance));
    const b = simplifyLine([...ring.slice(far), ring[0]], tolerances(tolerance));
    const merged = [...a, ...b.slice(1, -1)].map(roundAt);
    const clean = merged.filter(
      (p, i) => i === 0 || p[0] !== merged[i - 1][0] || p[1] !== merged[i - 1][1],
    );
    const least = clean.some(inCore) ? minArea : minArea * OUTER.areaFactor;
    if (clean.length >= 3 && area(clean) >= least) out.push(clean);
  }
  return out;
}

function point(proj, lon, lat) {
  const [x, y] = proj([lon, lat]);
  return { x: round1(x), y: round1(y) };
}

const countries = [];
for (const geo of feature(world, world.objects.countries).features) {
  const meta = COUNTRIES[geo.id];
  if (!meta) continue;
  const rings = tidy(ringsOf(projection, geo), 0.45, 0.6);
  if (rings.length === 0) continue;
  const entry = { id: meta.id, name: geo.properties.name, rings };
  if (meta.label) entry.label = point(projection, ...meta.label);
  countries.push(entry);
}

// Guam gets its own Mercator, fitted to the inset box with room for the label at the bottom (threat lines arrive from the top).
const guam = feature(world, world.objects.countries).features.find((f) => f.id === '316');
const insetProjection = geoMercator().fitExtent(
  [
    [INSET.x + 60, INSET.y + 22],
    [INSET.x + INSET.width - 60, INSET.y + INSET.height - 62],
  ],
  guam,
);
insetProjection.clipExtent([
  [INSET.x, INSET.y],
  [INSET.x + INSET.width, INSET.y + INSET.height],
]);
const guamKm =
  Math.round((geoDistance(PLACES.pyongyang.slice(0, 2), [144.7937, 13.4443]) * 6371) / 100) * 100;
const inset = {
  frame: INSET,
  rings: tidy(ringsOf(insetProjection, guam), 0.15, 0.5),
  label: `Guam (US) · ${guamKm.toLocaleString('en-US')} km`,
};

const places = {};
for (const [id, [lon, lat, name, kind, label]] of Object.entries(PLACES)) {
  places[id] = { ...point(projection, lon, lat), name, kind, ...(label ? { label } : {}) };
}
const hagatna = point(insetProjection, 144.7937, 13.4443);
places.guam = { ...hagatna, name: 'Hagåtña', kind: 'city', label: 'left' };

const map = {
  width: WIDTH,
  height: HEIGHT,
  extent: EXTENT,
  projection: 'Lambert conformal conic, parallels 28°N and 46°N, central meridian 133°E',
  countries,
  inset,
  places,
  seas: SEAS.map(([name, lon, lat, angle]) => ({ name, ...point(projection, lon, lat), angle })),
  source: 'Natural Earth 1:50m via world-atlas 2.0.2',
};

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(map)}\n`);
const points = countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
console.log(`${OUT}: ${statSync(OUT).size} bytes, ${countries.length} countries, ${points} points`);
