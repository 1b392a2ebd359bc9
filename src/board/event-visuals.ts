import type Phaser from 'phaser';
import { canvasFontFamily } from '../i18n/fonts';
import { currentLocale, t } from '../i18n/messages';
import type { MapPoint } from './map-data';
import type { MapView } from './map-view';
import type { Box } from './view/caption-place';

/** Options for the map's non-missile visuals. */
export interface VisualOptions {
  reducedMotion: boolean;
  /** Words shown beside the visual, so its meaning never rests on the picture alone. */
  caption: string;
}

const INK = '#16212b';

/**
 * A labelled badge that pops in beside a place, holds, and fades; destroyed when done. It takes
 * room on the map clear of the places it concerns (`about`) and of other overlays, and a thin
 * line ties it to its place.
 */
function badge(
  scene: Phaser.Scene,
  view: MapView,
  at: MapPoint,
  glyph: string,
  colour: number,
  options: VisualOptions,
  about: readonly string[] = [],
): Promise<void> {
  const size = view.fontPx(26);
  const icon = scene.add
    .text(0, 0, glyph, {
      fontFamily: canvasFontFamily(currentLocale()),
      fontSize: `${size}px`,
      fontStyle: 'bold',
      color: '#ffffff',
    })
    .setOrigin(0.5)
    .setDepth(26);
  const ringWidth = icon.width + size;
  const ringHeight = icon.height + size * 0.5;
  const label = scene.add
    .text(0, 0, options.caption, {
      fontFamily: canvasFontFamily(currentLocale()),
      fontSize: `${view.fontPx(24)}px`,
      color: INK,
      backgroundColor: '#ffffffee',
      padding: { x: 6, y: 3 },
      align: 'center',
      wordWrap: { width: Math.max(ringWidth, view.bounds().width * 0.4), useAdvancedWrap: true },
    })
    .setOrigin(0.5, 0)
    .setDepth(25);
  const gap = Math.round(size * 0.3);
  const unit = {
    width: Math.max(ringWidth, label.width) + 4,
    height: ringHeight + gap + label.height + 4,
  };
  const releaseAbout = view.room.about([], about);
  const claim = view.room.claim('badge', `${glyph}: ${options.caption}`, unit, at);
  const { box } = claim;
  const cx = box.x + box.width / 2;
  const cy = box.y + 2 + ringHeight / 2;
  icon.setPosition(cx, cy);
  label.setPosition(cx, box.y + 2 + ringHeight + gap);
  const ring = scene.add
    .rectangle(cx, cy, ringWidth, ringHeight, colour, 0.95)
    .setStrokeStyle(3, 0x16212b)
    .setDepth(25);
  // The tie from the place to its badge, so a badge moved off its place still points at it.
  const tie = scene.add.graphics().setDepth(24);
  tie.lineStyle(3, 0x16212b, 0.8).lineBetween(at.x, at.y, cx, cy);
  const parts = [ring, icon, label];
  const hold = options.reducedMotion ? 500 : 1800;
  return new Promise((resolve) => {
    let finished = false;
    // Ends once, whether the animation completes or the scene shuts down under it.
    const done = () => {
      if (finished) return;
      finished = true;
      scene.events.off('shutdown', done);
      for (const p of [...parts, tie]) p.destroy();
      claim.release();
      releaseAbout();
      resolve();
    };
    scene.events.once('shutdown', done);
    if (options.reducedMotion) {
      scene.time.delayedCall(hold, done);
      return;
    }
    for (const p of parts) p.setScale(0.2);
    scene.tweens.add({ targets: parts, scale: 1, duration: 300, ease: 'Back.Out' });
    scene.tweens.add({
      targets: [...parts, tie],
      alpha: 0,
      delay: hold,
      duration: 400,
      onComplete: done,
    });
  });
}

/** Joint exercises: ships and aircraft massing off the peninsula. */
export function showExercise(
  scene: Phaser.Scene,
  view: MapView,
  options: VisualOptions,
): Promise<void> {
  const at = view.placeToScreen('pilsung-range');
  return badge(scene, view, at, t('play.badge.drills'), 0x0072b2, options, ['seoul']);
}

/** A sanctions vote: a badge over the Yellow Sea (the Security Council itself is off the map). */
export function showSanctions(
  scene: Phaser.Scene,
  view: MapView,
  options: VisualOptions,
): Promise<void> {
  // Over the Yellow Sea, west of Seoul: 80 map units (≈180 km) out to sea.
  const seoul = view.placeToScreen('seoul');
  const at = { x: seoul.x - 80 * view.scale, y: seoul.y };
  return badge(scene, view, at, t('play.badge.un'), 0x0072b2, options);
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
  // The dashed line is what the badge is about: it stays in view, as do both capitals.
  const line = Array.from({ length: steps + 1 }, (_, i) => ({
    x: a.x + ((b.x - a.x) * i) / steps,
    y: a.y + ((b.y - a.y) * i) / steps,
  }));
  const releaseLine = view.room.about(line, [from, to]);
  return badge(scene, view, mid, t('play.badge.talks'), 0x007a5a, options, [from, to]).then(() => {
    releaseLine();
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
  const at = view.placeToScreen(place);
  return badge(scene, view, at, t('play.badge.shield'), 0x007a5a, options, [place]);
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
 * map's width, or narrower, and placed where the map's room finds space (view/map-room.ts) —
 * clear of what the animation is about and of other overlays, by preference near `place`. It
 * stays until `ms` have passed or `remove()` is called.
 */
export function mapCaption(
  scene: Phaser.Scene,
  view: MapView,
  place: string,
  text: string,
  ms: number,
): MapCaption {
  const at = view.placeToScreen(place);
  const map = view.bounds();
  const margin = view.room.margin;
  const padding = { x: 8, y: 4 };
  const full = map.width - 2 * margin - 2 * padding.x;
  const label = scene.add
    .text(0, 0, text, {
      fontFamily: canvasFontFamily(currentLocale()),
      fontSize: `${view.fontPx(24)}px`,
      fontStyle: 'bold',
      color: INK,
      backgroundColor: '#fffffff0',
      padding,
      align: 'left',
      wordWrap: { width: full, useAdvancedWrap: true },
    })
    .setOrigin(0, 0)
    .setDepth(30);
  // Wrapped to the map's width, or narrower and taller where that finds a clearer place.
  let best: { wrap: number; cost: number } | null = null;
  for (const wrap of [full, full * 0.62, full * 0.45]) {
    label.setWordWrapWidth(wrap, true);
    if (label.height > map.height - 2 * margin) continue;
    const trial = view.room.claim('launch-caption', text, label, at);
    trial.release();
    if (!best || trial.cost < best.cost - 1e-6) best = { wrap, cost: trial.cost };
  }
  label.setWordWrapWidth(best?.wrap ?? full, true);
  const claim = view.room.claim('launch-caption', text, label, at);
  const { box } = claim;
  label.setPosition(box.x, box.y);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    timer.remove();
    scene.events.off('shutdown', remove);
    claim.release();
    label.destroy();
  };
  const timer = scene.time.delayedCall(ms, remove);
  scene.events.once('shutdown', remove);
  return { box, remove, up: () => !removed };
}
