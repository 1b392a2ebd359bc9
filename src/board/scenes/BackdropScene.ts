import Phaser from 'phaser';
import type { App } from '../app';
import { BACKDROP } from '../screens';
import { mapBackdrop } from './backdrop';

/** The dimmed map behind the menus (which are HTML, drawn over it by src/board/menu-screens). */
export class BackdropScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super(BACKDROP);
  }

  create(): void {
    const cleanup = mapBackdrop(this, this.app);
    this.events.once('shutdown', cleanup);
  }
}
