import type Phaser from 'phaser';
import type { App } from '../app';
import { MapView } from '../map-view';

/** The veil that dims the map behind a menu (the page's paper colour, half opaque). */
const VEIL = 'rgba(247, 247, 244, 0.55)';

/**
 * The map drawn full-screen and dimmed behind a menu; redrawn on resize. Returns a cleanup.
 */
export function mapBackdrop(scene: Phaser.Scene, app: App): () => void {
  let view: MapView | null = null;
  const draw = () => {
    view?.destroy();
    const { width, height } = scene.scale;
    view = app.map
      ? new MapView(scene, app.map, { x: 0, y: 0, width, height }, { veil: VEIL })
      : null;
  };
  draw();
  scene.scale.on('resize', draw);
  return () => {
    scene.scale.off('resize', draw);
    view?.destroy();
  };
}
