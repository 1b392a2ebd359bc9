import Phaser from 'phaser';
import { phaseOf } from '../../machines/game-machine';
import type { App } from '../app';
import { BoardHud } from '../dom/hud';
import { MapView } from '../map-view';
import type { GameSnapshot } from '../ports';
import { dateLabel } from '../view/board-view';
import { playRoundVisuals } from './round-visuals';

/**
 * The board: the map in the stage area of the HTML layer, and the HUD over it. It renders each
 * snapshot, plays each resolved round on the map, and hands over to the debrief at the end.
 */
export class BoardScene extends Phaser.Scene {
  private view: MapView | null = null;
  private hud: BoardHud | null = null;
  private seenRounds = 0;
  private animating = false;
  private queue: Promise<void> = Promise.resolve();
  private stopListening: () => void = () => {};
  private resizeObserver: ResizeObserver | null = null;

  constructor(private readonly app: App) {
    super('BoardScene');
  }

  /** Whether a round is being played on the map (read by the test hook). */
  isAnimating(): boolean {
    return this.animating;
  }

  create(): void {
    const session = this.app.session;
    if (!session) {
      this.scene.start('TitleScene');
      return;
    }
    this.seenRounds = session.snapshot().context.game.history.length;
    this.hud = new BoardHud(session, this.app.overlay, this.app.sound);
    this.app.overlay.show(this.hud.element, false);
    this.hud.update(session.snapshot());
    this.app.overlay.current()?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    this.drawMap();
    // The stage changes size when the dock grows or shrinks, not only when the window does.
    this.resizeObserver = new ResizeObserver(() => this.drawMap());
    this.resizeObserver.observe(this.hud.stageElement());
    this.stopListening = session.subscribe((snapshot) => this.onSnapshot(snapshot));
    this.app.sound.startAmbient();
    this.events.once('shutdown', () => this.teardown());
  }

  private drawMap(): void {
    if (!this.hud || !this.app.map) return;
    this.view?.destroy();
    const rect = this.hud.stageRect();
    const canvas = this.game.canvas.getBoundingClientRect();
    this.view = new MapView(this, this.app.map, {
      x: rect.left - canvas.left,
      y: rect.top - canvas.top,
      width: rect.width,
      height: rect.height,
    });
  }

  private onSnapshot(snapshot: GameSnapshot): void {
    this.hud?.update(snapshot);
    const { history } = snapshot.context.game;
    const session = this.app.session;
    if (history.length > this.seenRounds && session) {
      const record = history[history.length - 1];
      this.seenRounds = history.length;
      if (record) {
        for (const id of record.events) {
          const card = session.scenario.events.find((e) => e.id === id);
          this.app.overlay.announce(
            `Event, ${dateLabel(record.date)}: ${card?.title ?? id}. ${card?.text ?? ''}`,
          );
        }
        this.animating = true;
        this.queue = this.queue
          .then(() =>
            this.view
              ? playRoundVisuals(this, this.app, this.view, session.scenario, record)
              : undefined,
          )
          .finally(() => {
            this.animating = false;
          });
      }
    }
    if (phaseOf(snapshot.value) === 'debrief') {
      this.queue.then(() => {
        if (this.scene.isActive()) this.scene.start('DebriefScene');
      });
    }
  }

  private teardown(): void {
    this.stopListening();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.view?.destroy();
    this.view = null;
    this.hud = null;
    this.app.sound.stopAmbient();
  }
}
