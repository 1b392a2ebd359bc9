// What the map letters, how large and in what order of importance: the requests the label
// layout (view/label-layout.ts) places. Pure: the caller passes a text measurer.
import { isMessageKey, t } from '../i18n/messages';
import type { MapData, Place } from './map-data';
import type { MapPlacement } from './map-paint';
import type { Box } from './view/caption-place';
import type { LabelRequest, LayoutObstacle } from './view/label-layout';

/** What kind of lettering a label is (how it is drawn, and how much a caption may cover it). */
export type LabelKind = 'capital' | 'city' | 'site' | 'country' | 'sea' | 'inset';

/** How a kind of label is lettered, at 1920×1080 (the map's type scale then multiplies it). */
export interface LabelStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  letterSpacing?: number;
}

/** Every size is at least PROJECTOR_MIN_PX (24) at 1920×1080: see view/map-fit.ts. */
export const STYLE: Record<LabelKind, LabelStyle> = {
  capital: { size: 28, bold: true },
  city: { size: 24 },
  site: { size: 24 },
  country: { size: 24, caps: true, letterSpacing: 2 },
  sea: { size: 24, italic: true },
  inset: { size: 24, bold: true },
};

/** The catalog's key for each sea the map names (the map data names seas in English only). */
const SEA_KEYS: Record<string, string> = {
  'Sea of Japan (East Sea)': 'play.map.sea.japan',
  'Yellow Sea': 'play.map.sea.yellow',
  'East China Sea': 'play.map.sea.eastChina',
  'Pacific Ocean': 'play.map.sea.pacific',
  'Sea of Okhotsk': 'play.map.sea.okhotsk',
};

/**
 * The ways to letter a name in the page's language, the whole first, then shorter ones for when
 * it has no room (tried in order: `.wrap`, then `.short`). A name the catalog lacks is lettered
 * as the map data has it.
 */
function nameTexts(key: string | undefined, name: string): string[] {
  if (!key || !isMessageKey(key)) return [name];
  const texts = [t(key)];
  for (const variant of [`${key}.wrap`, `${key}.short`])
    if (isMessageKey(variant)) texts.push(t(variant));
  return [...new Set(texts)];
}

/** Which names come first: capitals, the Guam inset, the Koreas and Japan, then places, seas. */
const PRIORITY: Record<string, number> = {
  pyongyang: 0,
  seoul: 0,
  tokyo: 0,
  beijing: 1,
  inset: 2,
  prk: 3,
  kor: 3,
  jpn: 3,
  sapporo: 4,
  'punggye-ri': 4,
  vladivostok: 5,
  sinpo: 5,
  naha: 5,
  guam: 6,
  shanghai: 6,
  'Sea of Japan (East Sea)': 7,
};
const DEFAULT_PRIORITY: Record<LabelKind, number> = {
  capital: 1,
  city: 6,
  site: 6,
  inset: 2,
  country: 9,
  sea: 8,
};

/** A label the layout may place: its request, plus what it names and how it is drawn. */
export interface Lettering {
  request: LabelRequest;
  kind: LabelKind;
  name: string;
  /** The place it names (its id in the map), if it names one. */
  place?: string;
  /** Its marker, for a place. */
  marker?: Box;
  fontPx: number;
}

/** Measures a (possibly multi-line) text in a style at a size: width and height in pixels. */
export type Measure = (
  text: string,
  style: LabelStyle,
  px: number,
) => { width: number; height: number };

/** The radius of a place's marker, in pixels. */
export function markerRadius(at: MapPlacement): number {
  return Math.max(5, Math.round(7 * at.typeScale));
}

function placeKind(place: Place): LabelKind {
  return place.kind === 'capital' ? 'capital' : place.kind === 'site' ? 'site' : 'city';
}

/**
 * Every label the map could show inside `shown` (pixels), as layout requests (a place's with its
 * marker), with the obstacle no label may cover: the Guam inset.
 */
export function letteringFor(
  data: MapData,
  at: MapPlacement,
  shown: Box,
  measure: Measure,
): { letters: Lettering[]; obstacles: LayoutObstacle[] } {
  const letters: Lettering[] = [];
  const obstacles: LayoutObstacle[] = [];
  const inView = (x: number, y: number) =>
    x >= shown.x && y >= shown.y && x <= shown.x + shown.width && y <= shown.y + shown.height;
  const add = (
    id: string,
    kind: LabelKind,
    name: string,
    key: string | undefined,
    request: Omit<LabelRequest, 'id' | 'priority' | 'variants'>,
    extra: Partial<Lettering> = {},
  ) => {
    const style = STYLE[kind];
    const px = Math.round(style.size * at.typeScale);
    const texts = nameTexts(key, name).map((text) => (style.caps ? text.toUpperCase() : text));
    const variants = texts.map((text) => ({ text, ...measure(text, style, px) }));
    const priority = PRIORITY[id] ?? PRIORITY[name] ?? DEFAULT_PRIORITY[kind];
    letters.push({
      request: { id, priority, variants, ...request },
      kind,
      name,
      fontPx: px,
      ...extra,
    });
  };
  const { frame, label: insetLabel } = data.inset;
  const corner = at.toScreen(frame.x, frame.y);
  const insetBox = {
    x: corner.x - 5,
    y: corner.y - 5,
    width: frame.width * at.scale + 10,
    height: frame.height * at.scale + 10,
  };
  obstacles.push({ id: 'inset', box: insetBox });
  add('inset', 'inset', insetLabel, 'play.map.inset', {
    kind: 'point',
    around: insetBox,
    prefer: 'below',
    gap: 4,
  });
  const r = markerRadius(at);
  for (const [id, place] of Object.entries(data.places)) {
    if (!place.label) continue;
    const p = at.placeToScreen(id);
    if (!inView(p.x, p.y)) continue;
    const m = r + 3;
    const marker = { x: p.x - m, y: p.y - m, width: 2 * m, height: 2 * m };
    const inInset = id === 'guam';
    add(
      id,
      placeKind(place),
      place.name,
      `play.map.place.${id}`,
      {
        kind: 'point',
        around: marker,
        marker,
        prefer: place.label,
        gap: 3,
        ...(inInset ? { within: insetBox, ignores: ['inset'] } : {}),
      },
      { place: id, marker },
    );
  }
  for (const country of data.countries) {
    if (!country.label) continue;
    const p = at.toScreen(country.label.x, country.label.y);
    if (!inView(p.x, p.y)) continue;
    add(country.id, 'country', country.name, `play.map.country.${country.id}`, {
      kind: 'area',
      around: { ...p, width: 0, height: 0 },
    });
  }
  for (const sea of data.seas) {
    const p = at.toScreen(sea.x, sea.y);
    if (!inView(p.x, p.y)) continue;
    add(`sea:${sea.name}`, 'sea', sea.name, SEA_KEYS[sea.name], {
      kind: 'area',
      around: { ...p, width: 0, height: 0 },
    });
  }
  return { letters, obstacles };
}
