// Draws the baked Northeast Asia map into a Phaser scene. Coordinates are already projected
// (scripts/bake-map.mjs), so drawing is only scale-and-offset plus Graphics polygons.
import type Phaser from 'phaser';
import type { Country, MapData, MapPoint, Place, Ring } from './map-data';
import { placeOf } from './map-data';

/** Where in the scene the map goes; it is letterboxed to keep its aspect ratio. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Colours differ in lightness, not only hue, and the Koreas also differ by hatching, so the
// map reads under colour-blindness and on a washed-out projector.
const SEA = 0xa9cbe3;
const LAND = 0xdcd8cf;
const COAST = 0x35434f;
const FILL: Record<string, number> = { jpn: 0xfbf5e4, kor: 0xf1e3bd, prk: 0xcfae84 };
const NK_HATCH = 0x5c3d22;
const INK = '#16212b';
const SEA_INK = '#1d4a73';
const HALO = '#ffffff';
const FONT = '"DejaVu Sans", "Segoe UI", Arial, sans-serif';

/** A Phaser view of the board map; every object it makes is destroyed by destroy(). */
export class MapView {
  /** Scene pixels per map unit. */
  readonly scale: number;
  private readonly originX: number;
  private readonly originY: number;
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    readonly data: MapData,
    rect: ViewRect,
  ) {
    this.scale = Math.min(rect.width / data.width, rect.height / data.height);
    this.originX = rect.x + (rect.width - data.width * this.scale) / 2;
    this.originY = rect.y + (rect.height - data.height * this.scale) / 2;
    const g = this.track(scene.add.graphics());
    // Small islands matter here (Okinawa, Jeju): do not let the renderer merge their vertices.
    g.pathDetailThreshold = 0;
    g.fillStyle(SEA).fillRect(
      this.originX,
      this.originY,
      data.width * this.scale,
      data.height * this.scale,
    );
    for (const country of data.countries) this.drawCountry(g, country);
    this.drawInset(g);
    g.lineStyle(2, COAST).strokeRect(
      this.originX,
      this.originY,
      data.width * this.scale,
      data.height * this.scale,
    );
    this.drawLabels();
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

  /** Remove everything this view drew. */
  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.objects.length = 0;
  }

  private track<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.objects.push(o);
    return o;
  }

  private screenRing(ring: Ring): MapPoint[] {
    return ring.map(([x = 0, y = 0]) => this.toScreen(x, y));
  }

  private tracePath(g: Phaser.GameObjects.Graphics, pts: MapPoint[]): void {
    const [first, ...rest] = pts;
    if (!first) return;
    g.beginPath();
    g.moveTo(first.x, first.y);
    for (const p of rest) g.lineTo(p.x, p.y);
    g.closePath();
  }

  private drawCountry(g: Phaser.GameObjects.Graphics, country: Country): void {
    const rings = country.rings.map((r) => this.screenRing(r));
    g.fillStyle(FILL[country.id] ?? LAND);
    for (const r of rings) {
      this.tracePath(g, r);
      g.fillPath();
    }
    if (country.id === 'prk') {
      g.lineStyle(Math.max(1, 1.4 * this.scale), NK_HATCH, 0.6);
      for (const [x1, y1, x2, y2] of hatch(rings, Math.max(5, 8 * this.scale)))
        g.lineBetween(x1, y1, x2, y2);
    }
    // Japan and the Koreas get a heavier coastline: they are what the game is about.
    const key = country.id === 'jpn' || country.id === 'prk' || country.id === 'kor';
    g.lineStyle(Math.max(1, (key ? 2.2 : 1.3) * this.scale), COAST);
    for (const r of rings) {
      this.tracePath(g, r);
      g.strokePath();
    }
  }

  private drawInset(g: Phaser.GameObjects.Graphics): void {
    const { frame, rings } = this.data.inset;
    const tl = this.toScreen(frame.x, frame.y);
    const w = frame.width * this.scale;
    const h = frame.height * this.scale;
    // A white margin then a dark rule: the box reads as "elsewhere, another scale".
    g.fillStyle(0xffffff).fillRect(tl.x - 5, tl.y - 5, w + 10, h + 10);
    g.fillStyle(SEA).fillRect(tl.x, tl.y, w, h);
    g.lineStyle(2.5, COAST).strokeRect(tl.x, tl.y, w, h);
    for (const ring of rings) {
      const pts = this.screenRing(ring);
      g.fillStyle(FILL.jpn ?? LAND);
      this.tracePath(g, pts);
      g.fillPath();
      g.lineStyle(2, COAST);
      this.tracePath(g, pts);
      g.strokePath();
    }
  }

  private text(p: MapPoint, content: string, style: Phaser.Types.GameObjects.Text.TextStyle) {
    return this.track(
      this.scene.add.text(p.x, p.y, content, {
        fontFamily: FONT,
        color: INK,
        stroke: HALO,
        strokeThickness: 4,
        resolution: Math.max(2, globalThis.devicePixelRatio ?? 1),
        ...style,
      }),
    );
  }

  private drawLabels(): void {
    for (const sea of this.data.seas) {
      const p = this.toScreen(sea.x, sea.y);
      const t = this.text(p, sea.name, {
        fontStyle: 'italic',
        fontSize: `${this.fontPx(22)}px`,
        color: SEA_INK,
      });
      t.setOrigin(0.5)
        .setAngle(sea.angle ?? 0)
        .setStroke('#d6e7f3', 3);
    }
    for (const country of this.data.countries) {
      if (!country.label) continue;
      const p = this.toScreen(country.label.x, country.label.y);
      const t = this.text(p, country.name.toUpperCase(), {
        fontSize: `${this.fontPx(17)}px`,
        color: '#4a4f55',
      });
      t.setOrigin(0.5).setLetterSpacing(2);
    }
    const markers = this.track(this.scene.add.graphics());
    for (const [id, place] of Object.entries(this.data.places)) {
      if (place.label) this.drawPlace(markers, id, place);
    }
    const { frame, label } = this.data.inset;
    const bottom = this.toScreen(frame.x + frame.width / 2, frame.y + frame.height - 10);
    this.text(bottom, label, { fontSize: `${this.fontPx(19)}px`, fontStyle: 'bold' }).setOrigin(
      0.5,
      1,
    );
  }

  private drawPlace(g: Phaser.GameObjects.Graphics, id: string, place: Place): void {
    const p = this.placeToScreen(id);
    const r = Math.max(4, 6 * this.scale);
    g.lineStyle(2, 0xffffff).fillStyle(0x16212b);
    if (place.kind === 'capital') {
      // Capitals: a filled square inside a ring, the usual atlas sign.
      g.strokeCircle(p.x, p.y, r + 3).fillRect(p.x - r / 2 - 1, p.y - r / 2 - 1, r + 2, r + 2);
      g.lineStyle(2, 0x16212b).strokeCircle(p.x, p.y, r + 2);
    } else if (place.kind === 'site') {
      g.fillTriangle(p.x, p.y - r, p.x - r, p.y + r * 0.8, p.x + r, p.y + r * 0.8);
      g.strokeTriangle(p.x, p.y - r, p.x - r, p.y + r * 0.8, p.x + r, p.y + r * 0.8);
    } else {
      g.fillCircle(p.x, p.y, r * 0.75).strokeCircle(p.x, p.y, r * 0.75);
    }
    const size = place.kind === 'capital' ? 22 : 18;
    const gap = r + 6;
    const side = place.label ?? 'right';
    const offset = {
      left: [-gap, 0, 1, 0.5],
      right: [gap, 0, 0, 0.5],
      above: [0, -gap, 0.5, 1],
      below: [0, gap, 0.5, 0],
    }[side];
    const [dx = 0, dy = 0, ox = 0, oy = 0] = offset;
    const style = {
      fontSize: `${this.fontPx(size)}px`,
      fontStyle: place.kind === 'capital' ? 'bold' : '',
    };
    this.text({ x: p.x + dx, y: p.y + dy }, place.name, style).setOrigin(ox, oy);
  }
}

/** 45° hatch lines clipped to a set of rings (even–odd), as [x1, y1, x2, y2] segments. */
function hatch(rings: MapPoint[][], spacing: number): [number, number, number, number][] {
  // Work in coordinates rotated by 45°, where every hatch line is horizontal (v = constant).
  const rot = rings.map((r) =>
    r.map((p) => ({ u: (p.x + p.y) / Math.SQRT2, v: (p.y - p.x) / Math.SQRT2 })),
  );
  const vs = rot.flat().map((p) => p.v);
  const out: [number, number, number, number][] = [];
  for (let v = Math.min(...vs) + spacing / 2; v < Math.max(...vs); v += spacing) {
    const us: number[] = [];
    for (const ring of rot) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j] as { u: number; v: number };
        const b = ring[i] as { u: number; v: number };
        if (a.v > v !== b.v > v) us.push(a.u + ((v - a.v) / (b.v - a.v)) * (b.u - a.u));
      }
    }
    us.sort((a, b) => a - b);
    for (let k = 0; k + 1 < us.length; k += 2) {
      const u1 = us[k] as number;
      const u2 = us[k + 1] as number;
      out.push([
        (u1 - v) / Math.SQRT2,
        (u1 + v) / Math.SQRT2,
        (u2 - v) / Math.SQRT2,
        (u2 + v) / Math.SQRT2,
      ]);
    }
  }
  return out;
}
