import Phaser from 'phaser';
import type { App } from '../app';
import { selectScreen } from '../dom/menus';
import { mapBackdrop } from './backdrop';

/** Scenario selection: each crisis with its briefing, learning objectives and length. */
export class ScenarioSelectScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('ScenarioSelectScene');
  }

  create(): void {
    const cleanup = mapBackdrop(this, this.app);
    this.app.overlay.show(
      selectScreen(
        this.app.scenarios,
        (scenario) => this.scene.start('SetupScene', { scenarioId: scenario.id }),
        () => this.scene.start('TitleScene'),
      ),
    );
    this.events.once('shutdown', cleanup);
  }
}
