import Phaser from 'phaser';
import type { App } from '../app';
import { setupScreen } from '../dom/menus';
import { mapBackdrop } from './backdrop';

/** Whether a player has already been through the guided first round on this browser. */
export function guideDone(): boolean {
  try {
    return window.localStorage.getItem('overflight.guide.done') === '1';
  } catch {
    return false;
  }
}

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
        guideDone(),
        (setup, guided) => {
          this.app.startSession(scenario, setup);
          this.app.guided =
            guided && Object.values(setup.controllers).filter((c) => c === 'human').length === 1;
          this.scene.start('BoardScene');
        },
        () => this.scene.start('ScenarioSelectScene'),
      ),
    );
    this.events.once('shutdown', cleanup);
  }
}
