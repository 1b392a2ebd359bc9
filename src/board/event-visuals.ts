import type Phaser from 'phaser';
import type { MapPoint } from './map-data';
import type { MapView } from './map-view';
import { type Box, bestPlace, type Obstacle } from './view/caption-place';

/** Options for the map's non-missile visuals. */
export interface VisualOptions {
  reducedMotion: boolean;
  /** Words shown beside the visual, so its meaning never rests on the picture alone. */
  caption: string;
}

const INK = '#16212b';
const FONT = '"DejaVu Sans", "Segoe UI", Arial, sans-serif';

/** A labelled badge that pops in at a point, holds, and fades; destroyed when done. */
function badge(
  scene: Phaser.Scene,
  view: MapView,
  at: MapPoint,
  glyph: string,
  colour: number,
  options: VisualOptions,
): Promise<void> {
  const size = view.fontPx(22);
  const icon = scene.add
    .text(at.x, at.y, glyph, {
      fontFamily: FONT,
      fontSize: `${size}px`,
      fontStyle: 'bold',
      color: '#ffffff',
    })
    .setOrigin(0.5);
  const ring = scene.add
    .rectangle(at.x, at.y, icon.width + size, icon.height + size * 0.5, colour, 0.95)
    .setStrokeStyle(3, 0x16212b);
  icon.setDepth(1);
  const label = scene.add
    .text(at.x, at.y + size * 1.5, options.caption, {
      fontFamily: FONT,
      fontSize: `${view.fontPx(18)}px`,
      color: INK,
      backgroundColor: '#ffffffdd',
      padding: { x: 6, y: 3 },
    })
    .setOrigin(0.5, 0);
  const parts = [ring, icon, label];
  const hold = options.reducedMotion ? 500 : 1800;
  return new Promise((resolve) => {
    let finished = false;
    // Ends once, whether the animation completes or the scene shuts down under it.
    const done = () => {
      if (finished) return;
      finished = true;
      scene.events.off('shutdown', done);
      for (const p of parts) p.destroy();
      resolve();
    };
    scene.events.once('shutdown', done);
    if (options.reducedMotion) {
      scene.time.delayedCall(hold, done);
      return;
    }
    for (const p of parts) p.setScale(0.2);
    scene.tweens.add({ targets: parts, scale: 1, duration: 300, ease: 'Back.Out' });
    scene.tweens.add({ targets: parts, alpha: 0, delay: hold, duration: 400, onComplete: done });
  });
}

/** Joint exercises: ships and aircraft massing off the peninsula. */
export function showExercise(
  scene: Phaser.Scene,
  view: MapView,
  options: VisualOptions,
): Promise<void> {
  const at = view.placeToScreen('pilsung-range');
  return badge(scene, view, at, 'DRILLS', 0x0072b2, options);
}

/** A sanctions vote: a badge over the Yellow Sea (the Security Council itself is off the map). */
export function showSanctions(
  scene: Phaser.Scene,
  view: MapView,
  options: VisualOptions,
): Promise<void> {
  const seoul = view.placeToScreen('seoul');
  return badge(
    scene,
    view,
    { x: seoul.x - view.fontPx(160), y: seoul.y + view.fontPx(40) },
    'UN',
    0x0072b2,
    options,
  );
}

/** An offer of talks: a dashed line between the capitals involved, with a speech badge. */
export function showTalks(
  scene: Phaser.Scene,
  view: MapView,
  from: string,
  to: string,
  options: VisualOptions,
): Promise<void> {
  const a = view.placeToScreen(from);
  const b = view.placeToScreen(to);
  const g = scene.add.graphics();
  g.lineStyle(3, 0x009e73, 1);
  const steps = 24;
  for (let i = 0; i < steps; i += 2) {
    const t0 = i / steps;
    const t1 = (i + 1) / steps;
    g.lineBetween(
      a.x + (b.x - a.x) * t0,
      a.y + (b.y - a.y) * t0,
      a.x + (b.x - a.x) * t1,
      a.y + (b.y - a.y) * t1,
    );
  }
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return badge(scene, view, mid, 'TALKS', 0x007a5a, options).then(() => {
    g.destroy();
  });
}

/** Missile defence: a shield badge over the defended country. */
export function showDefence(
  scene: Phaser.Scene,
  view: MapView,
  place: string,
  options: VisualOptions,
): Promise<void> {
  return badge(scene, view, view.placeToScreen(place), 'SHIELD', 0x007a5a, options);
}

/** A caption on the map, placed; `remove()` takes it down (at once, and only once). */
export interface MapCaption {
  /** Where it went, in scene pixels. */
  box: Box;
  remove(): void;
  /** Whether it is still on the map. */
  up(): boolean;
}

/**
 * A caption on the map (e.g. what is being launched), so pictures have words: wrapped to the
 * map's width and placed inside its frame where it covers the fewest labels and markers — by
 * preference just below `place` (see caption-place.ts). `avoid` adds boxes it should also keep
 * off, such as a banner over the map. It stays until `ms` have passed or `remove()` is called.
 */
export function mapCaption(
  scene: Phaser.Scene,
  view: MapView,
  place: string,
  text: string,
  ms: number,
  avoid: readonly Obstacle[] = [],
): MapCaption {
  const at = view.placeToScreen(place);
  const map = view.bounds();
  const margin = Math.max(6, view.fontPx(10));
  const padding = { x: 8, y: 4 };
  const label = scene.add
    .text(0, 0, text, {
      fontFamily: FONT,
      fontSize: `${view.fontPx(20)}px`,
      fontStyle: 'bold',
      color: INK,
      backgroundColor: '#fffffff0',
      padding,
      align: 'left',
      wordWrap: { width: map.width - 2 * margin - 2 * padding.x, useAdvancedWrap: true },
    })
    .setOrigin(0, 0)
    .setDepth(30);
  // Wrapped to the map's width, or narrower and taller where that finds a clearer place.
  const full = map.width - 2 * margin - 2 * padding.x;
  const obstacles = [...view.lettering, ...avoid];
  const spacing = { gap: view.fontPx(20), margin };
  let chosen: { box: Box; cost: number; wrap: number } | null = null;
  for (const wrap of [full, full * 0.62, full * 0.45]) {
    label.setWordWrapWidth(wrap, true);
    const size = { width: label.width, height: label.height };
    if (size.height > map.height - 2 * margin) continue;
    const place = bestPlace(size, at, map, obstacles, spacing);
    if (!chosen || place.cost < chosen.cost - 1e-6) chosen = { ...place, wrap };
  }
  label.setWordWrapWidth(chosen?.wrap ?? full, true);
  const box = chosen?.box ?? { x: map.x, y: map.y, width: label.width, height: label.height };
  label.setPosition(box.x, box.y);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    timer.remove();
    scene.events.off('shutdown', remove);
    label.destroy();
  };
  const timer = scene.time.delayedCall(ms, remove);
  scene.events.once('shutdown', remove);
  return { box, remove, up: () => !removed };
}
