import Phaser from 'phaser';
import type { App } from '../app';
import { setupScreen } from '../dom/menus';
import { mapBackdrop } from './backdrop';

/** Setup: who plays each capital (a team or the AI), turn order and lens; then the board. */
export class SetupScene extends Phaser.Scene {
  private scenarioId = '';

  constructor(private readonly app: App) {
    super('SetupScene');
  }

  init(data: { scenarioId?: string }): void {
    this.scenarioId = data.scenarioId ?? this.app.scenarios[0]?.id ?? '';
  }

  create(): void {
    const scenario =
      this.app.scenarios.find((s) => s.id === this.scenarioId) ?? this.app.scenarios[0];
    if (!scenario) return;
    const cleanup = mapBackdrop(this, this.app);
    this.app.overlay.show(
      setupScreen(
        scenario,
        (setup) => {
          this.app.startSession(scenario, setup);
          this.scene.start('BoardScene');
        },
        () => this.scene.start('ScenarioSelectScene'),
      ),
    );
    this.events.once('shutdown', cleanup);
  }
}
