import type Phaser from 'phaser';
import type { MapPoint } from '../map-data';
import type { MapView } from '../map-view';
import type { OverlayKind } from '../view/map-room';

/** Inline properties placeOverlay sets on an element (its CSS centres it near the top). */
const PLACED = ['left', 'top', 'transform', 'max-width'] as const;

/** An HTML overlay placed on the map; `release` gives its room back (it stays where it is). */
export interface PlacedOverlay {
  id: number;
  release(): void;
}

/**
 * Put a fixed-position HTML element over the map where the map's room finds space for it (see
 * view/map-room.ts), trying each of `widths` (fractions of the map's width) as its max-width
 * and keeping the clearest. `anchor` is in scene pixels; `replacing` is the element's own
 * earlier claim when it moves.
 */
export function placeOverlay(
  scene: Phaser.Scene,
  view: MapView,
  element: HTMLElement,
  kind: OverlayKind,
  anchor: MapPoint,
  widths: readonly number[],
  replacing?: number,
): PlacedOverlay {
  const canvas = scene.game.canvas.getBoundingClientRect();
  const room = view.room;
  const usable = room.shown.width - 2 * room.margin;
  const measure = (fraction: number) => {
    element.style.maxWidth = `${Math.floor(usable * fraction)}px`;
    const r = element.getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  };
  Object.assign(element.style, { transform: 'none', left: '0px', top: '0px' });
  const name = element.textContent ?? kind;
  let best: { fraction: number; cost: number } | null = null;
  for (const fraction of widths) {
    const trial = room.claim(kind, name, measure(fraction), anchor, replacing);
    trial.release();
    if (!best || trial.cost < best.cost - 1e-6) best = { fraction, cost: trial.cost };
  }
  const claim = room.claim(kind, name, measure(best?.fraction ?? 1), anchor, replacing);
  element.style.left = `${Math.round(claim.box.x + canvas.left)}px`;
  element.style.top = `${Math.round(claim.box.y + canvas.top)}px`;
  return { id: claim.id, release: claim.release };
}

/** Give an element back its own CSS placement (when the board is gone). */
export function unplaceOverlay(element: HTMLElement): void {
  for (const property of PLACED) element.style.removeProperty(property);
}
