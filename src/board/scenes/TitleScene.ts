import Phaser from 'phaser';
import type { App } from '../app';
import { titleScreen } from '../dom/menus';
import { mapBackdrop } from './backdrop';

/** Title: the map behind, the game's name, Play, and sound settings. */
export class TitleScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('TitleScene');
  }

  create(): void {
    const cleanup = mapBackdrop(this, this.app);
    this.app.overlay.show(
      titleScreen(
        this.app.sound,
        () => this.scene.start('ScenarioSelectScene'),
        () => this.scene.start('LabScene'),
      ),
    );
    this.events.once('shutdown', cleanup);
  }
}
