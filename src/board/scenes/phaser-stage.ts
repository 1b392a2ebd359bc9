import type Phaser from 'phaser';
import type { ScreenData, Stage } from '../screens';

/** The stage over a Phaser game: one scene runs at a time, as with a scene's own `start`. */
export class PhaserStage implements Stage {
  constructor(
    private readonly game: Phaser.Game,
    private active: string | null,
  ) {}

  run(key: string, data: ScreenData = {}, then?: () => void): void {
    const scenes = this.game.scene;
    if (key === this.active && scenes.isActive(key)) {
      // The same scene again (the backdrop between two menus): nothing to redraw.
      then?.();
      return;
    }
    const old = this.active ? scenes.getScene(this.active) : null;
    this.active = key;
    if (old && (old.sys.isActive() || old.sys.isPaused() || old.sys.isSleeping())) {
      // Stopping is immediate outside Phaser's step and queued inside it; `shutdown` marks both.
      if (then) old.events.once('shutdown', then);
      scenes.stop(old.scene.key);
    } else then?.();
    scenes.start(key, data as object);
  }

  running(): string | null {
    return this.active !== null && this.game.scene.isActive(this.active) ? this.active : null;
  }
}
