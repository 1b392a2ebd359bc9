import Phaser from 'phaser';
import type { App } from '../app';
import { BACKDROP } from '../screens';
import { whenIdle } from '../when-idle';
import { mapBackdrop } from './backdrop';

/** The dimmed map behind the menus (which are HTML, drawn over it by src/board/menu-screens). */
export class BackdropScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(BACKDROP);
  }

  create(): void {
    // The map behind a menu is scenery: it is painted when the page has a moment, so that it
    // never holds up a menu the player is clicking through (on a slow laptop painting it takes
    // about half a second, and Phaser often starts just as the player reaches the setup).
    let cleanup = () => {};
    const cancel = whenIdle(() => {
      if (this.sys.isActive()) cleanup = mapBackdrop(this, this.app);
    }, 3000);
    this.events.once('shutdown', () => {
      cancel();
      cleanup();
    });
  }
}
