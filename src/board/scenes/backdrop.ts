import type Phaser from 'phaser';
import type { App } from '../app';
import { MapView } from '../map-view';

/**
 * The map drawn full-screen and dimmed behind a menu; redrawn on resize. Returns a cleanup.
 */
export function mapBackdrop(scene: Phaser.Scene, app: App): () => void {
  let view: MapView | null = null;
  let veil: Phaser.GameObjects.Rectangle | null = null;
  const draw = () => {
    view?.destroy();
    veil?.destroy();
    const { width, height } = scene.scale;
    if (app.map) view = new MapView(scene, app.map, { x: 0, y: 0, width, height });
    veil = scene.add.rectangle(0, 0, width, height, 0xf7f7f4, 0.55).setOrigin(0, 0);
  };
  draw();
  scene.scale.on('resize', draw);
  return () => {
    scene.scale.off('resize', draw);
    view?.destroy();
    veil?.destroy();
  };
}
