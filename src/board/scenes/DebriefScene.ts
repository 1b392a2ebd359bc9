import Phaser from 'phaser';
import type { App } from '../app';
import { shareLink } from '../dom/share-link';
import { mapBackdrop } from './backdrop';
import { showWhenLoaded } from './lazy-screen';

/** The debrief's code (with the chart library), fetched when a game ends or on the board. */
export const loadDebrief = () => import('../dom/debrief');

/** Debrief: outcome, scores, the chart, the causal story, questions and what really happened. */
export class DebriefScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('DebriefScene');
  }

  create(): void {
    const session = this.app.session;
    const view = session?.public.view();
    const game = view?.ended;
    if (!session || !view || !game) {
      this.app.go('TitleScene');
      return;
    }
    const cleanupMap = mapBackdrop(this, this.app);
    const again = () => {
      this.app.leaveDebrief();
      this.app.go('TitleScene');
    };
    const cleanupScreen = showWhenLoaded(
      this.app,
      { loading: 'debrief.scene.loading', failed: 'debrief.scene.failed' },
      loadDebrief,
      ({ debriefScreen }) => {
        const { element, cleanup } = debriefScreen(
          session.scenario,
          {
            seed: game.seed,
            lens: game.history[0]?.lens ?? game.lens,
            turnOrder: view.turnOrder,
            controllers: view.controllers,
            ...(view.labels ? { labels: view.labels } : {}),
          },
          game,
          Math.min(window.innerWidth - 96, 1100),
          {
            why: (chain) => this.app.overlay.openWhy(chain),
            again,
            shareLink: () =>
              shareLink(session.host.record(), location.href, (text) =>
                this.app.overlay.announce(text),
              ),
          },
        );
        this.app.overlay.show(element);
        return cleanup;
      },
      again,
    );
    this.events.once('shutdown', () => {
      cleanupScreen();
      cleanupMap();
    });
  }
}
