import Phaser from 'phaser';
import type { App } from '../app';
import { mapBackdrop } from './backdrop';
import { showWhenLoaded } from './lazy-screen';

/**
 * The policy lab for workshop facilitators: run many seeded games of fixed strategies in a
 * Web Worker and compare them. The scene only draws the map behind and hands the HTML layer
 * the lab screen (loaded on demand); the games run in src/lab, on the same model code as
 * `npm run simulate`.
 */
export class LabScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('LabScene');
  }

  create(): void {
    const cleanupMap = mapBackdrop(this, this.app);
    const back = () => this.app.go('TitleScene');
    // Leaving the lab stops any run still going: a worker must not outlive its screen.
    const cleanupScreen = showWhenLoaded(
      this.app,
      { loading: 'lab.scene.loading', failed: 'lab.scene.failed' },
      () => import('../../lab/lab-screen'),
      ({ labScreen }) => {
        const { element, cleanup } = labScreen(this.app.scenarios, back);
        this.app.overlay.show(element);
        return cleanup;
      },
      back,
    );
    this.events.once('shutdown', () => {
      cleanupScreen();
      cleanupMap();
    });
  }
}
