import Phaser from 'phaser';
import type { App } from '../app';
import { h } from '../dom/h';
import { mapBackdrop } from './backdrop';

/** The policy lab (placeholder until the lab lands): run many seeded games of fixed strategies. */
export class LabScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('LabScene');
  }

  create(): void {
    const cleanup = mapBackdrop(this, this.app);
    this.app.overlay.show(
      h(
        'section',
        { class: 'panel' },
        h('h1', {}, 'Policy lab'),
        h('button', { type: 'button', onclick: () => this.scene.start('TitleScene') }, 'Back'),
      ),
    );
    this.events.once('shutdown', cleanup);
  }
}
