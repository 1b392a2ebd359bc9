import Phaser from 'phaser';
import type { App } from '../app';
import { titleScreen } from '../dom/menus';
import { savedGamesPanel } from '../dom/saved-games';
import { parseRecord, replayRecord } from '../save/game-files';
import type { SaveEnvelope } from '../save/save-store';
import { mapBackdrop } from './backdrop';

/** Title: the map behind, the game's name, Play, saved games, sound settings and the lab. */
export class TitleScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('TitleScene');
  }

  create(): void {
    const cleanup = mapBackdrop(this, this.app);
    this.render();
    this.events.once('shutdown', cleanup);
  }

  private render(): void {
    const screen = titleScreen(
      this.app.sound,
      () => this.scene.start('ScenarioSelectScene'),
      () => this.scene.start('LabScene'),
    );
    screen.append(
      savedGamesPanel(this.app.saves.list(), this.app.notice, {
        resume: (id) => {
          const opened = this.app.saves.open(id);
          if (opened.ok) this.open(opened.save);
          else {
            this.app.notice = { message: opened.message, fallback: opened.previous };
            this.render();
          }
        },
        remove: (id) => {
          this.app.saves.delete(id);
          this.render();
        },
        openFallback: (save) => {
          this.app.notice = null;
          this.open(save);
        },
        dismissNotice: () => {
          this.app.notice = null;
          this.render();
        },
        importText: (text) => {
          const parsed = parseRecord(text);
          const replayed = parsed.ok ? replayRecord(this.app.scenarios, parsed.record) : parsed;
          if (!parsed.ok || !replayed.ok) {
            this.app.notice = {
              message: replayed.ok ? 'That file could not be opened.' : replayed.message,
              fallback: null,
            };
            this.render();
            return;
          }
          this.app.continueFrom(replayed.scenario, parsed.record, replayed.game);
          this.scene.start(replayed.game.outcome ? 'DebriefScene' : 'BoardScene');
        },
      }),
    );
    this.app.overlay.show(screen);
  }

  private open(save: SaveEnvelope): void {
    if (!this.app.resume(save)) return;
    this.scene.start(save.finished ? 'DebriefScene' : 'BoardScene');
  }
}
