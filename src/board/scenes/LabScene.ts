import Phaser from 'phaser';
import { labScreen } from '../../lab/lab-screen';
import type { App } from '../app';
import { mapBackdrop } from './backdrop';

/**
 * The policy lab for workshop facilitators: run many seeded games of fixed strategies in a
 * Web Worker and compare them. The scene only draws the map behind and hands the HTML layer
 * the lab screen; the games run in src/lab, on the same model code as `npm run simulate`.
 */
export class LabScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('LabScene');
  }

  create(): void {
    const cleanupMap = mapBackdrop(this, this.app);
    const { element, cleanup } = labScreen(this.app.scenarios, () =>
      this.scene.start('TitleScene'),
    );
    this.app.overlay.show(element);
    // Leaving the lab stops any run still going: a worker must not outlive its screen.
    this.events.once('shutdown', () => {
      cleanup();
      cleanupMap();
    });
  }
}
