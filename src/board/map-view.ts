// The board map in a Phaser scene, filling the box it is given (view/map-fit.ts) with lettering
// sized for the page and laid out so nothing collides (map-labels.ts). The map never moves, so it
// is painted once (map-paint.ts)
// into an HTML canvas that sits beneath Phaser's canvas, which must be transparent: Phaser then
// draws only what moves (missiles, rings, badges) over it.
//
// Why not in Phaser: a WebGL game redraws every pixel of its scene every frame. With software
// WebGL (SwiftShader: no GPU, or a blocklisted one, as in the browser benchmark) that cost
// ≈70 ns of CPU per pixel, so the map alone (a live Graphics object first, then one cached
// image) took ≈25 ms of CPU per frame; the browser's compositor shows a still layer for almost
// nothing (issue 6).
import type Phaser from 'phaser';
import type { MapData, MapPoint } from './map-data';
import { placeOf } from './map-data';
import type { PaintedLabel } from './map-labels';
import { paintMap } from './map-paint';
import type { Box, Obstacle } from './view/caption-place';
import { fitMap, mapFocus, typeScale } from './view/map-fit';
import { MapRoom } from './view/map-room';

/** Where in the scene the map goes; it fills it (see view/map-fit.ts). */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the map is shown: `veil` (a CSS colour) dims the whole rect, for menus over it. */
export interface MapViewOptions {
  veil?: string;
  /** The page's size, which sets the lettering's size (default: the window's). */
  page?: { width: number; height: number };
}

/** How much a caption covering each kind of map lettering costs (see caption-place.ts). */
const COVER_WEIGHT = { sea: 0.05, country: 0.08, place: 1, marker: 4, inset: 1, insetMap: 0.3 };

/** The focus of each map, worked out once (it walks every flight path). */
const focusOf = new WeakMap<MapData, ReturnType<typeof mapFocus>>();

/** The board map under a Phaser scene; destroy() removes it. */
export class MapView {
  /** Scene pixels per map unit. */
  readonly scale: number;
  /** How large lettering is: 1 at 1920×1080. */
  readonly typeScale: number;
  private readonly originX: number;
  private readonly originY: number;
  private readonly shown: Box;
  private readonly layer: HTMLCanvasElement;
  /** The map's labels as painted (scene pixels). */
  readonly labels: readonly PaintedLabel[];
  /** The map's labels and markers as painted, which captions keep off (scene pixels). */
  readonly lettering: readonly Obstacle[];
  /** Room on the map for captions, badges and banners, clear of what an animation is about. */
  readonly room: MapRoom;

  constructor(
    scene: Phaser.Scene,
    readonly data: MapData,
    rect: ViewRect,
    options: MapViewOptions = {},
  ) {
    let focus = focusOf.get(data);
    if (!focus) {
      focus = mapFocus(data);
      focusOf.set(data, focus);
    }
    const fit = fitMap(rect, focus, data.extent);
    this.scale = fit.scale;
    this.originX = fit.originX;
    this.originY = fit.originY;
    this.shown = fit.shown;
    this.typeScale = typeScale(
      options.page ?? { width: globalThis.innerWidth, height: globalThis.innerHeight },
    );
    const left = Math.floor(rect.x);
    const top = Math.floor(rect.y);
    const right = Math.ceil(rect.x + rect.width);
    const bottom = Math.ceil(rect.y + rect.height);
    this.layer = mapLayer(scene.game.canvas, left, top, right - left, bottom - top);
    const ctx = this.layer.getContext('2d');
    let labels: PaintedLabel[] = [];
    if (ctx) {
      // Scene pixels are CSS pixels (the game resizes to its box): paint at the screen's density.
      const density = this.layer.width / (right - left);
      ctx.setTransform(density, 0, 0, density, -left * density, -top * density);
      labels = paintMap(ctx, data, this, this.shown);
      if (options.veil) {
        ctx.fillStyle = options.veil;
        ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
      }
    }
    this.labels = labels;
    this.lettering = letteringObstacles(labels, this.insetBox());
    this.room = new MapRoom(
      this.shown,
      labels,
      this.lettering,
      Math.max(12, 20 * this.scale),
      this.fontPx(8),
    );
  }

  /** Pixels within which a place counts as one a flight passes (60 map units, ≈130 km). */
  reach(): number {
    return 60 * this.scale;
  }

  /** The part of the scene the map covers (scene pixels): its box, less any band. */
  bounds(): Box {
    return { ...this.shown };
  }

  /** The Guam inset's box, its white margin included (scene pixels). */
  insetBox(): Box {
    const { frame } = this.data.inset;
    const corner = this.toScreen(frame.x, frame.y);
    return {
      x: corner.x - 5,
      y: corner.y - 5,
      width: frame.width * this.scale + 10,
      height: frame.height * this.scale + 10,
    };
  }

  /** Map coordinates to scene coordinates. */
  toScreen(x: number, y: number): MapPoint {
    return { x: this.originX + x * this.scale, y: this.originY + y * this.scale };
  }

  /** Scene coordinates of a named place; throws on an unknown id. */
  placeToScreen(id: string): MapPoint {
    const p = placeOf(this.data, id);
    return this.toScreen(p.x, p.y);
  }

  /** A font size in scene pixels for a size given at 1920×1080 (see view/map-fit.ts). */
  fontPx(base: number): number {
    return Math.max(12, Math.round(base * this.typeScale));
  }

  /** Remove the map from the page. */
  destroy(): void {
    this.layer.remove();
  }
}

/** The painted labels and markers as weighted obstacles for captions (caption-place.ts). */
function letteringObstacles(labels: readonly PaintedLabel[], inset: Box): Obstacle[] {
  const out: Obstacle[] = [];
  for (const label of labels) {
    const weight =
      label.kind === 'sea'
        ? COVER_WEIGHT.sea
        : label.kind === 'country'
          ? COVER_WEIGHT.country
          : label.kind === 'inset'
            ? COVER_WEIGHT.inset
            : COVER_WEIGHT.place;
    out.push({ box: label.box, weight, name: label.name });
    if (label.marker)
      out.push({ box: label.marker, weight: COVER_WEIGHT.marker, name: `${label.name} (marker)` });
  }
  out.push({ box: inset, weight: COVER_WEIGHT.insetMap, name: 'the Guam inset' });
  return out;
}

/**
 * A canvas beneath the game's canvas, over the given part of it (in scene pixels): first in the
 * game's container, which stacks its children, so everything Phaser draws lands on top.
 */
function mapLayer(
  game: HTMLCanvasElement,
  left: number,
  top: number,
  width: number,
  height: number,
): HTMLCanvasElement {
  const density = Math.max(1, globalThis.devicePixelRatio || 1);
  const layer = document.createElement('canvas');
  layer.className = 'map-layer';
  layer.setAttribute('aria-hidden', 'true');
  layer.width = Math.round(width * density);
  layer.height = Math.round(height * density);
  Object.assign(layer.style, {
    left: `${game.offsetLeft + left}px`,
    top: `${game.offsetTop + top}px`,
    width: `${width}px`,
    height: `${height}px`,
  });
  game.parentElement?.prepend(layer);
  return layer;
}
