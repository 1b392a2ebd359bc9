import type Phaser from 'phaser';
import type { MapView } from '../map-view';
import type { Box } from '../view/caption-place';
import { type PlacedOverlay, placeOverlay, unplaceOverlay } from './overlay-place';

/**
 * Keeps the sound captions on the map clear of the action: placed again whenever a caption comes
 * or goes, the map is redrawn, or what an animation is about changes — by preference in the
 * map's lower left corner, away from the flights into the Sea of Japan and the Pacific.
 */
export class SoundCaptions {
  private readonly observer: MutationObserver;
  private claim: PlacedOverlay | null = null;
  private view: MapView | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly element: HTMLElement,
  ) {
    this.observer = new MutationObserver(() => this.place());
    this.observer.observe(element, { childList: true });
  }

  /** The map was drawn again: place the captions on the new one. */
  follow(view: MapView): void {
    this.view = view;
    this.claim = null;
    view.room.onSubjectChange = () => this.place();
    this.place();
  }

  private place(): void {
    const view = this.view;
    if (!view) return;
    if (this.element.childElementCount === 0) {
      this.claim?.release();
      this.claim = null;
      return;
    }
    const b = view.bounds();
    const corner = { x: b.x, y: b.y + b.height };
    this.claim = placeOverlay(
      this.scene,
      view,
      this.element,
      'sound-captions',
      corner,
      [0.5, 0.35, 0.8],
      this.claim?.id,
    );
  }

  /** Stop following, and give the captions back their own CSS place. */
  dispose(): void {
    this.observer.disconnect();
    this.claim?.release();
    this.view = null;
    unplaceOverlay(this.element);
  }
}

/** A box on the page with what it is. */
export interface NamedBox {
  name: string;
  box: Box;
}

/** What the test hook reads of the map's room: every box in page (CSS) pixels. */
export interface MapRoomProbe {
  /** The box the layout gave the map, and the part of it the map covers. */
  container: Box;
  shown: Box;
  labels: (NamedBox & { kind: string; text: string; fontPx: number; place?: string })[];
  markers: NamedBox[];
  /** Launch captions, badges, the J-Alert banner and each sound caption, as on screen now. */
  overlays: (NamedBox & { kind: string })[];
  /** The points of the paths the animations playing are about. */
  path: { x: number; y: number }[];
  /** The labels (and markers) of the places they concern. */
  concerned: NamedBox[];
}

/** Read the map's room for the test hook, converting scene pixels to page pixels. */
export function probeRoom(
  scene: Phaser.Scene,
  view: MapView,
  container: DOMRectReadOnly,
  root: HTMLElement,
): MapRoomProbe {
  const canvas = scene.game.canvas.getBoundingClientRect();
  const page = (b: Box): Box => ({
    x: b.x + canvas.left,
    y: b.y + canvas.top,
    width: b.width,
    height: b.height,
  });
  const dom = [...root.querySelectorAll<HTMLElement>('.alert-banner, .captions .caption')].map(
    (e) => {
      const r = e.getBoundingClientRect();
      return {
        kind: e.classList.contains('alert-banner') ? 'alert-banner' : 'sound-caption',
        name: e.textContent ?? '',
        box: { x: r.left, y: r.top, width: r.width, height: r.height },
      };
    },
  );
  const drawn = view.room
    .overlays()
    .filter((o) => o.kind === 'badge' || o.kind === 'launch-caption')
    .map((o) => ({ kind: o.kind, name: o.name, box: page(o.box) }));
  return {
    container: { x: container.x, y: container.y, width: container.width, height: container.height },
    shown: page(view.bounds()),
    labels: view.labels.map((l) => ({
      name: l.name,
      text: l.text,
      kind: l.kind,
      fontPx: l.fontPx,
      box: page(l.box),
      ...(l.place ? { place: l.place } : {}),
    })),
    markers: view.labels.flatMap((l) => (l.marker ? [{ name: l.name, box: page(l.marker) }] : [])),
    overlays: [...drawn, ...dom],
    path: view.room.path().map((p) => ({ x: p.x + canvas.left, y: p.y + canvas.top })),
    concerned: view.room
      .concerned()
      .flatMap((l) => [
        { name: l.name, box: page(l.box) },
        ...(l.marker ? [{ name: `${l.name} (marker)`, box: page(l.marker) }] : []),
      ]),
  };
}
