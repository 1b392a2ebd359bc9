// Letters the baked map's labels onto the Canvas 2D map (map-paint.ts paints the rest): seas,
// countries, places with their markers, the Guam inset's caption. Each label has a halo, and
// where each went is returned, so captions drawn over the map can keep off them.
import type { MapData, MapPoint, Place } from './map-data';
import type { MapPlacement } from './map-paint';
import type { Box, Obstacle } from './view/caption-place';

const INK = '#16212b';
const SEA_INK = '#1d4a73';
const HALO = '#ffffff';
const SEA_HALO = '#d6e7f3';
const FONT = '"DejaVu Sans", "Segoe UI", Arial, sans-serif';

/** How a label is lettered; its halo keeps it legible over coasts and hatching. */
interface LabelStyle {
  size: number;
  colour?: string;
  bold?: boolean;
  italic?: boolean;
  halo?: string;
  haloWidth?: number;
  letterSpacing?: number;
  angle?: number;
}

/** How much a caption covering each kind of map lettering costs (see caption-place.ts). */
const COVER_WEIGHT = { sea: 0.05, country: 0.08, place: 1, marker: 4, inset: 1, insetMap: 0.3 };

/** Letter the map's labels and place markers; returns where each went, weighted for captions. */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  data: MapData,
  at: MapPlacement,
): Obstacle[] {
  const drawn: Obstacle[] = [];
  for (const sea of data.seas) {
    const p = at.toScreen(sea.x, sea.y);
    const box = label(ctx, sea.name, p, [0.5, 0.5], {
      size: at.fontPx(22),
      italic: true,
      colour: SEA_INK,
      halo: SEA_HALO,
      haloWidth: 3,
      angle: sea.angle ?? 0,
    });
    drawn.push({ box, weight: COVER_WEIGHT.sea, name: sea.name });
  }
  for (const country of data.countries) {
    if (!country.label) continue;
    const p = at.toScreen(country.label.x, country.label.y);
    const box = label(ctx, country.name.toUpperCase(), p, [0.5, 0.5], {
      size: at.fontPx(17),
      colour: '#4a4f55',
      letterSpacing: 2,
    });
    drawn.push({ box, weight: COVER_WEIGHT.country, name: country.name });
  }
  for (const [id, place] of Object.entries(data.places)) {
    if (!place.label) continue;
    const { marker, text } = paintPlace(ctx, at.placeToScreen(id), place, at);
    drawn.push({ box: marker, weight: COVER_WEIGHT.marker, name: `${place.name} (marker)` });
    drawn.push({ box: text, weight: COVER_WEIGHT.place, name: place.name });
  }
  const { frame, label: insetLabel } = data.inset;
  const bottom = at.toScreen(frame.x + frame.width / 2, frame.y + frame.height - 10);
  const box = label(ctx, insetLabel, bottom, [0.5, 1], { size: at.fontPx(19), bold: true });
  drawn.push({ box, weight: COVER_WEIGHT.inset, name: insetLabel });
  const corner = at.toScreen(frame.x, frame.y);
  drawn.push({
    box: {
      x: corner.x - 5,
      y: corner.y - 5,
      width: frame.width * at.scale + 10,
      height: frame.height * at.scale + 10,
    },
    weight: COVER_WEIGHT.insetMap,
    name: 'the Guam inset',
  });
  return drawn;
}

function paintPlace(
  ctx: CanvasRenderingContext2D,
  p: MapPoint,
  place: Place,
  at: MapPlacement,
): { marker: Box; text: Box } {
  const r = Math.max(4, 6 * at.scale);
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = INK;
  if (place.kind === 'capital') {
    // Capitals: a filled square inside a ring, the usual atlas sign.
    ctx.beginPath();
    ctx.arc(p.x, p.y, r + 3, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillRect(p.x - r / 2 - 1, p.y - r / 2 - 1, r + 2, r + 2);
    ctx.strokeStyle = INK;
    ctx.beginPath();
    ctx.arc(p.x, p.y, r + 2, 0, 2 * Math.PI);
    ctx.stroke();
  } else if (place.kind === 'site') {
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
  const gap = r + 6;
  const [dx, dy, ox, oy] = {
    left: [-gap, 0, 1, 0.5],
    right: [gap, 0, 0, 0.5],
    above: [0, -gap, 0.5, 1],
    below: [0, gap, 0.5, 0],
  }[place.label ?? 'right'] as [number, number, number, number];
  const text = label(ctx, place.name, { x: p.x + dx, y: p.y + dy }, [ox, oy], {
    size: at.fontPx(place.kind === 'capital' ? 22 : 18),
    bold: place.kind === 'capital',
  });
  const m = r + 4;
  return { marker: { x: p.x - m, y: p.y - m, width: 2 * m, height: 2 * m }, text };
}

/**
 * Letter a label with a halo. `origin` places it as a Phaser text's origin would: [0, 0] puts
 * the top left of its box (halo included) at `p`, [0.5, 0.5] its centre. Returns the box it
 * covers (upright: a turned label's bounding box).
 */
function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  p: MapPoint,
  [originX, originY]: [number, number],
  style: LabelStyle,
): Box {
  const halo = style.haloWidth ?? 4;
  ctx.save();
  ctx.font = `${style.italic ? 'italic ' : ''}${style.bold ? 'bold ' : ''}${style.size}px ${FONT}`;
  // Not in every browser yet (Safari before 18): the label is then only a little tighter.
  if ('letterSpacing' in ctx) ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
  const m = ctx.measureText(text);
  const ascent = m.fontBoundingBoxAscent ?? style.size * 0.93;
  const descent = m.fontBoundingBoxDescent ?? style.size * 0.24;
  const width = m.width + halo;
  const height = ascent + descent + halo;
  ctx.translate(p.x, p.y);
  if (style.angle) ctx.rotate((style.angle * Math.PI) / 180);
  const x = -originX * width + halo / 2;
  const baseline = -originY * height + halo / 2 + ascent;
  ctx.lineJoin = 'round';
  ctx.lineWidth = halo;
  ctx.strokeStyle = style.halo ?? HALO;
  ctx.strokeText(text, x, baseline);
  ctx.fillStyle = style.colour ?? INK;
  ctx.fillText(text, x, baseline);
  ctx.restore();
  return turnedBox(p, -originX * width, -originY * height, width, height, style.angle ?? 0);
}

/** The upright bounding box of a `width`×`height` box at offset (ox, oy) from `p`, turned about `p`. */
function turnedBox(p: MapPoint, ox: number, oy: number, w: number, h: number, angle: number): Box {
  const a = (angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const corners = [
    [ox, oy],
    [ox + w, oy],
    [ox, oy + h],
    [ox + w, oy + h],
  ].map(([x = 0, y = 0]) => ({ x: p.x + x * cos - y * sin, y: p.y + x * sin + y * cos }));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}
