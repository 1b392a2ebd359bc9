// Types and loader for the baked board map (assets/map/northeast-asia.json, made by
// scripts/bake-map.mjs). Pure TypeScript: the model and the tests use it without Phaser.

/** A point in map coordinates (the baked frame, origin top-left, y down). */
export interface MapPoint {
  x: number;
  y: number;
}

/** A closed polygon ring as [x, y] pairs; the last point joins back to the first. */
export type Ring = number[][];

/** What a place is, so the view can choose how (and whether) to mark it. */
export type PlaceKind = 'capital' | 'city' | 'site' | 'launch' | 'splash' | 'waypoint';

/** Which side of its marker a place's label goes, chosen at bake time to avoid overlaps. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** A named, projected place; only places with a label side are labelled on the board. */
export interface Place extends MapPoint {
  name: string;
  kind: PlaceKind;
  label?: LabelSide;
}

/** One country's land, clipped to the frame. */
export interface Country {
  id: string;
  name: string;
  rings: Ring[];
  label?: MapPoint;
}

/** An axis-aligned rectangle in map coordinates. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A distant place drawn at its own scale inside a boxed frame (Guam). */
export interface Inset {
  frame: Frame;
  rings: Ring[];
  label: string;
}

/** A sea name to print on the water; angle in degrees, clockwise. */
export interface SeaLabel extends MapPoint {
  name: string;
  angle?: number;
}

/** The whole baked map: `width`×`height` is its frame; land is baked out to `extent`. */
export interface MapData {
  width: number;
  height: number;
  /** Where land was baked (around the frame), so a wide or tall container shows more region. */
  extent: Frame;
  projection?: string;
  countries: Country[];
  inset: Inset;
  places: Record<string, Place>;
  seas: SeaLabel[];
  source: string;
}

const PLACE_KINDS: readonly string[] = ['capital', 'city', 'site', 'launch', 'splash', 'waypoint'];
const LABEL_SIDES: readonly string[] = ['left', 'right', 'above', 'below'];

/** Error thrown by parseMapData, naming the path inside the file that is wrong. */
export class MapDataError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`map data: ${path}: ${problem}`);
    this.name = 'MapDataError';
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MapDataError(path, 'expected an object');
  }
  return value as Obj;
}

function num(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MapDataError(path, 'expected a finite number');
  }
  return value;
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new MapDataError(path, 'expected a non-empty string');
  }
  return value;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new MapDataError(path, 'expected an array');
  return value;
}

function point(value: unknown, path: string): MapPoint {
  const o = object(value, path);
  return { x: num(o.x, `${path}.x`), y: num(o.y, `${path}.y`) };
}

function rings(value: unknown, path: string): Ring[] {
  return array(value, path).map((ring, r) => {
    const pts = array(ring, `${path}[${r}]`);
    if (pts.length < 3) throw new MapDataError(`${path}[${r}]`, 'a ring needs at least 3 points');
    return pts.map((p, i) => {
      const pair = array(p, `${path}[${r}][${i}]`);
      if (pair.length !== 2) throw new MapDataError(`${path}[${r}][${i}]`, 'expected [x, y]');
      return [num(pair[0], `${path}[${r}][${i}][0]`), num(pair[1], `${path}[${r}][${i}][1]`)];
    });
  });
}

function frame(value: unknown, path: string): Frame {
  const o = object(value, path);
  const width = num(o.width, `${path}.width`);
  const height = num(o.height, `${path}.height`);
  if (width <= 0 || height <= 0) throw new MapDataError(path, 'width and height must be > 0');
  return { ...point(o, path), width, height };
}

function place(value: unknown, path: string): Place {
  const o = object(value, path);
  const kind = str(o.kind, `${path}.kind`);
  if (!PLACE_KINDS.includes(kind)) {
    throw new MapDataError(`${path}.kind`, `unknown kind "${kind}" (${PLACE_KINDS.join(', ')})`);
  }
  const parsed: Place = {
    ...point(o, path),
    name: str(o.name, `${path}.name`),
    kind: kind as PlaceKind,
  };
  if (o.label !== undefined) {
    const side = str(o.label, `${path}.label`);
    if (!LABEL_SIDES.includes(side))
      throw new MapDataError(`${path}.label`, `unknown side "${side}"`);
    parsed.label = side as LabelSide;
  }
  return parsed;
}

function country(value: unknown, path: string): Country {
  const o = object(value, path);
  const parsed: Country = {
    id: str(o.id, `${path}.id`),
    name: str(o.name, `${path}.name`),
    rings: rings(o.rings, `${path}.rings`),
  };
  if (o.label !== undefined) parsed.label = point(o.label, `${path}.label`);
  return parsed;
}

function sea(value: unknown, path: string): SeaLabel {
  const o = object(value, path);
  const parsed: SeaLabel = { ...point(o, path), name: str(o.name, `${path}.name`) };
  if (o.angle !== undefined) parsed.angle = num(o.angle, `${path}.angle`);
  return parsed;
}

/** Check an untrusted JSON value and return it typed; throws MapDataError naming the bad path. */
export function parseMapData(json: unknown): MapData {
  const o = object(json, '$');
  const width = num(o.width, '$.width');
  const height = num(o.height, '$.height');
  const insetObj = object(o.inset, '$.inset');
  const placesObj = object(o.places, '$.places');
  const places: Record<string, Place> = {};
  for (const [id, value] of Object.entries(placesObj)) places[id] = place(value, `$.places.${id}`);
  const data: MapData = {
    width,
    height,
    extent: o.extent === undefined ? { x: 0, y: 0, width, height } : frame(o.extent, '$.extent'),
    countries: array(o.countries, '$.countries').map((c, i) => country(c, `$.countries[${i}]`)),
    inset: {
      frame: frame(insetObj.frame, '$.inset.frame'),
      rings: rings(insetObj.rings, '$.inset.rings'),
      label: str(insetObj.label, '$.inset.label'),
    },
    places,
    seas: array(o.seas, '$.seas').map((s, i) => sea(s, `$.seas[${i}]`)),
    source: str(o.source, '$.source'),
  };
  if (o.projection !== undefined) data.projection = str(o.projection, '$.projection');
  return data;
}

/** The place with this id; throws if the map has no such place (a typo in content or code). */
export function placeOf(map: MapData, id: string): Place {
  const found = map.places[id];
  if (!found) throw new MapDataError(`$.places.${id}`, 'no such place in the map');
  return found;
}

/** The country with this id (e.g. 'jpn'), or undefined. */
export function countryOf(map: MapData, id: string): Country | undefined {
  return map.countries.find((c) => c.id === id);
}
