import Phaser from 'phaser';
import type { App } from '../app';

/** Boot: makes the loader's own art (a bar and frame, drawn, not downloaded), then preloads. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('BootScene');
  }

  create(): void {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff).fillRect(0, 0, 4, 4);
    g.generateTexture('pixel', 4, 4);
    g.destroy();
    this.app.overlay.clear();
    this.scene.start('PreloaderScene');
  }
}
