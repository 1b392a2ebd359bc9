import Phaser from 'phaser';
import mapUrl from '../../../assets/map/northeast-asia.json?url';
import type { App } from '../app';
import { h } from '../dom/h';
import { parseMapData } from '../map-data';
import { startupScene } from './startup';

/**
 * Preloader: loads the baked map with a progress bar (drawn in Phaser and mirrored as an
 * accessible progressbar). Sounds load in the background through Howler and never block it.
 */
export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('PreloaderScene');
  }

  preload(): void {
    const { width, height } = this.scale;
    const barWidth = Math.min(480, width * 0.6);
    const frame = this.add
      .rectangle(width / 2, height / 2, barWidth + 8, 28)
      .setStrokeStyle(2, 0x16212b);
    const bar = this.add
      .rectangle(width / 2 - barWidth / 2, height / 2, 1, 20, 0x0072b2)
      .setOrigin(0, 0.5);
    const progress = h(
      'div',
      {
        role: 'progressbar',
        'aria-label': 'Loading',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': 0,
        class: 'loading',
      },
      'Loading…',
    );
    this.app.overlay.show(h('section', { class: 'panel loading-panel' }, progress), false);
    this.load.on('progress', (value: number) => {
      bar.width = Math.max(1, barWidth * value);
      progress.setAttribute('aria-valuenow', String(Math.round(value * 100)));
      progress.textContent = `Loading… ${Math.round(value * 100)}%`;
    });
    this.load.once('complete', () => {
      frame.destroy();
      bar.destroy();
    });
    this.load.json('map', mapUrl);
  }

  create(): void {
    this.app.map = parseMapData(this.cache.json.get('map'));
    this.scene.start(startupScene(this.app, location.hash));
  }
}
