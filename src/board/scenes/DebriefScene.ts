import Phaser from 'phaser';
import type { App } from '../app';
import { debriefScreen } from '../dom/debrief';
import { mapBackdrop } from './backdrop';

/** Debrief: outcome, scores, the chart, the causal story, questions and what really happened. */
export class DebriefScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('DebriefScene');
  }

  create(): void {
    const session = this.app.session;
    if (!session) {
      this.scene.start('TitleScene');
      return;
    }
    const cleanupMap = mapBackdrop(this, this.app);
    const game = session.snapshot().context.game;
    const { element, cleanup } = debriefScreen(
      session.scenario,
      session.setup,
      game,
      Math.min(window.innerWidth - 96, 1100),
      {
        why: (chain) => this.app.overlay.openWhy(chain),
        again: () => {
          this.app.endSession();
          this.scene.start('TitleScene');
        },
      },
    );
    this.app.overlay.show(element);
    this.events.once('shutdown', () => {
      cleanup();
      cleanupMap();
    });
  }
}
