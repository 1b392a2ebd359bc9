// Letters the map's labels onto the Canvas 2D map (map-paint.ts paints the rest): the lettering
// module says what could be lettered, the label layout where each goes without colliding, and
// this paints the labels that found room, with their place markers. Each label has a halo; where
// each went is returned, so what is drawn over the map later can keep off them.

import { canvasFontFamily } from '../i18n/fonts';
import { currentLocale } from '../i18n/messages';
import type { MapData, MapPoint } from './map-data';
import {
  type LabelKind,
  type LabelStyle,
  type Lettering,
  letteringFor,
  markerRadius,
  STYLE,
} from './map-lettering';
import type { MapPlacement } from './map-paint';
import type { Box } from './view/caption-place';
import { layoutLabels } from './view/label-layout';

const INK = '#16212b';
const SEA_INK = '#1d4a73';
const COUNTRY_INK = '#3f454b';
const HALO = '#ffffff';
const SEA_HALO = '#d6e7f3';
/** Line height of a multi-line label, in ems. */
const LINE = 1.12;
/** Pixels kept clear between a label and the edge of the map. */
const EDGE = 4;

/** A label as painted on the map (scene pixels), for captions to keep off and for the test hook. */
export interface PaintedLabel {
  name: string;
  text: string;
  kind: LabelKind;
  /** The place it names, if any (a map place id). */
  place?: string;
  box: Box;
  /** Its place's marker, if it has one. */
  marker?: Box;
  fontPx: number;
}

function font(style: LabelStyle, px: number): string {
  return `${style.italic ? 'italic ' : ''}${style.bold ? 'bold ' : ''}${px}px ${canvasFontFamily(currentLocale())}`;
}

function haloOf(px: number): number {
  return Math.max(3, Math.round(px / 6));
}

/** Letter the map's labels and place markers where the layout found room; returns them. */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  data: MapData,
  at: MapPlacement,
  shown: Box,
): PaintedLabel[] {
  const measure = (text: string, style: LabelStyle, px: number) => {
    ctx.save();
    ctx.font = font(style, px);
    // Not in every browser yet (Safari before 18): the label is then only a little tighter.
    if ('letterSpacing' in ctx) ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
    const lines = text.split('\n');
    const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
    ctx.restore();
    const halo = haloOf(px);
    return { width: Math.ceil(width + halo), height: Math.ceil(lines.length * px * LINE + halo) };
  };
  const { letters, obstacles } = letteringFor(data, at, shown, measure);
  const bounds = {
    x: shown.x + EDGE,
    y: shown.y + EDGE,
    width: shown.width - 2 * EDGE,
    height: shown.height - 2 * EDGE,
  };
  const layout = layoutLabels(
    letters.map((l) => l.request),
    bounds,
    obstacles,
  );
  const byId = new Map(letters.map((l) => [l.request.id, l]));
  const painted: PaintedLabel[] = [];
  for (const placed of layout.placed) {
    const letter = byId.get(placed.id) as Lettering;
    if (letter.place)
      paintMarker(ctx, at.placeToScreen(letter.place), letter.kind, markerRadius(at));
    paintText(ctx, placed.text, placed.box, letter);
    painted.push({
      name: letter.name,
      text: placed.text,
      kind: letter.kind,
      box: placed.box,
      fontPx: letter.fontPx,
      ...(letter.place ? { place: letter.place } : {}),
      ...(letter.marker ? { marker: letter.marker } : {}),
    });
  }
  return painted;
}

function paintMarker(ctx: CanvasRenderingContext2D, p: MapPoint, kind: LabelKind, r: number) {
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = INK;
  if (kind === 'capital') {
    // Capitals: a filled square inside a ring, the usual atlas sign.
    ctx.beginPath();
    ctx.arc(p.x, p.y, r + 2, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillRect(p.x - r / 2 - 1, p.y - r / 2 - 1, r + 2, r + 2);
    ctx.strokeStyle = INK;
    ctx.beginPath();
    ctx.arc(p.x, p.y, r + 1, 0, 2 * Math.PI);
    ctx.stroke();
  } else if (kind === 'site') {
    ctx.beginPath();
    ctx.moveTo(p.x, p.y - r);
    ctx.lineTo(p.x - r, p.y + r * 0.8);
    ctx.lineTo(p.x + r, p.y + r * 0.8);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(p.x, p.y, r * 0.75, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}

/** Letter a (possibly multi-line) label with a halo, filling `box` as measured; lines centred. */
function paintText(ctx: CanvasRenderingContext2D, text: string, box: Box, letter: Lettering) {
  const style = STYLE[letter.kind];
  const px = letter.fontPx;
  const halo = haloOf(px);
  const sea = letter.kind === 'sea';
  ctx.save();
  ctx.font = font(style, px);
  if ('letterSpacing' in ctx) ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = halo;
  ctx.strokeStyle = sea ? SEA_HALO : HALO;
  ctx.fillStyle = sea ? SEA_INK : letter.kind === 'country' ? COUNTRY_INK : INK;
  const lines = text.split('\n');
  const cx = box.x + box.width / 2;
  lines.forEach((line, i) => {
    const cy = box.y + halo / 2 + (i + 0.5) * px * LINE;
    ctx.strokeText(line, cx, cy);
    ctx.fillText(line, cx, cy);
  });
  ctx.restore();
}
