// The board map in a Phaser scene. The map never moves, so it is painted once (map-paint.ts)
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
import { paintMap } from './map-paint';
import type { Box, Obstacle } from './view/caption-place';

/** Where in the scene the map goes; it is letterboxed to keep its aspect ratio. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the map is shown: `veil` (a CSS colour) dims the whole rect, for menus over it. */
export interface MapViewOptions {
  veil?: string;
}

/** Canvas pixels around the map, for label halos and rules that overhang its edge. */
const PAD = 24;

/** The board map under a Phaser scene; destroy() removes it. */
export class MapView {
  /** Scene pixels per map unit. */
  readonly scale: number;
  private readonly originX: number;
  private readonly originY: number;
  private readonly layer: HTMLCanvasElement;
  /** The map's labels and markers as painted, which captions keep off (scene pixels). */
  readonly lettering: readonly Obstacle[];

  constructor(
    scene: Phaser.Scene,
    readonly data: MapData,
    rect: ViewRect,
    options: MapViewOptions = {},
  ) {
    this.scale = Math.min(rect.width / data.width, rect.height / data.height);
    this.originX = rect.x + (rect.width - data.width * this.scale) / 2;
    this.originY = rect.y + (rect.height - data.height * this.scale) / 2;
    // The layer covers the map (and its overhang), or all of the rect when it is veiled.
    const left = Math.floor(options.veil ? rect.x : this.originX - PAD);
    const top = Math.floor(options.veil ? rect.y : this.originY - PAD);
    const right = Math.ceil(
      options.veil ? rect.x + rect.width : this.originX + data.width * this.scale + PAD,
    );
    const bottom = Math.ceil(
      options.veil ? rect.y + rect.height : this.originY + data.height * this.scale + PAD,
    );
    this.layer = mapLayer(scene.game.canvas, left, top, right - left, bottom - top);
    const ctx = this.layer.getContext('2d');
    let lettering: Obstacle[] = [];
    if (ctx) {
      // Scene pixels are CSS pixels (the game resizes to its box): paint at the screen's density.
      const density = this.layer.width / (right - left);
      ctx.setTransform(density, 0, 0, density, -left * density, -top * density);
      lettering = paintMap(ctx, data, this);
      if (options.veil) {
        ctx.fillStyle = options.veil;
        ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
      }
    }
    this.lettering = lettering;
  }

  /** The map's own frame in scene pixels (without the overhang or the letterbox around it). */
  bounds(): Box {
    return {
      x: this.originX,
      y: this.originY,
      width: this.data.width * this.scale,
      height: this.data.height * this.scale,
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

  /** A font size in scene pixels for a size given at full scale, never below legibility. */
  fontPx(base: number): number {
    return Math.max(14, Math.round(base * this.scale));
  }

  /** Remove the map from the page. */
  destroy(): void {
    this.layer.remove();
  }
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
