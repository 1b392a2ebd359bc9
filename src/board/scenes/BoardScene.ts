import Phaser from 'phaser';
import { dateLabel } from '../../dom/date-label';
import { t } from '../../i18n/messages';
import type { Launch } from '../../model/launches';
import type { RoundRecord } from '../../model/state';
import type { SeatView } from '../../protocol/view';
import type { App } from '../app';
import { BoardHud } from '../dom/hud';
import { MapView } from '../map-view';
import { guideDone } from '../menu-screens';
import { covered } from '../view/caption-place';
import { opensFacilitator } from '../view/shortcuts';
import { whenIdle } from '../when-idle';
import { openFacilitator, type SceneHooks, timeIsUp, timerText } from './board-facilitation';
import { fitGameCanvas } from './canvas-fit';
import { type MapRoomProbe, probeRoom, SoundCaptions } from './map-overlays';
import { playRoundVisuals, type ShownCaption } from './round-visuals';

/**
 * The board: the map in the stage area of the HTML layer, and the HUD over it. It renders each
 * snapshot, plays each resolved round on the map, and hands over to the debrief at the end.
 */
export class BoardScene extends Phaser.Scene {
  private view: MapView | null = null;
  /** The stage box the map was last drawn for (page pixels). */
  private mapRect: DOMRectReadOnly | null = null;
  private hud: BoardHud | null = null;
  private seenRounds = 0;
  private animating = false;
  private captions: ShownCaption[] = [];
  private queue: Promise<void> = Promise.resolve();
  private stopListening: () => void = () => {};
  private cancelAmbient: () => void = () => {};
  private onKey: (event: KeyboardEvent) => void = () => {};
  private ticker = 0;
  private timeUpAnnounced = false;
  private lastSaved = '';
  /** A confirmation to show once the board has restarted (after a rewind). */
  private pendingNotice: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private soundCaptions: SoundCaptions | null = null;

  constructor(private readonly app: App) {
    super('BoardScene');
  }

  /** Whether a round is being played on the map (read by the test hook). */
  isAnimating(): boolean {
    return this.animating;
  }

  /** The launch captions the map has shown in the latest reveal, in order (for the test hook). */
  launchCaptions(): string[] {
    return this.captions.map((c) => c.caption);
  }

  /**
   * Where the latest reveal's launch captions went, in page pixels, beside the map's frame, and
   * the city labels and markers each covers (for the test hook).
   */
  launchCaptionBoxes(): CaptionPlacement[] {
    const view = this.view;
    if (!view) return [];
    const canvas = this.game.canvas.getBoundingClientRect();
    const page = (b: { x: number; y: number; width: number; height: number }) => ({
      x: b.x + canvas.left,
      y: b.y + canvas.top,
      width: b.width,
      height: b.height,
    });
    return this.captions.map((c) => ({
      caption: c.caption,
      box: page(c.box),
      map: page(view.bounds()),
      covers: covered(c.box, view.lettering),
      up: c.up(),
    }));
  }

  /** Every label, overlay and path point on the map, in page pixels (for the test hook). */
  mapRoom(): MapRoomProbe | null {
    if (!this.view || !this.mapRect) return null;
    return probeRoom(this, this.view, this.mapRect, this.app.overlay.root);
  }

  /**
   * Play the latest round's reveal again on the map with other launches in its place — a
   * display-only preview for tests and screenshots; the game itself is untouched.
   */
  replayRevealWith(launches: Launch[]): boolean {
    const record = this.app.session?.public.view().game.history.at(-1);
    if (!record || !this.view) return false;
    this.playReveal({ ...record, launches });
    return true;
  }

  /** Queue a round's reveal on the map, after any still playing. */
  private playReveal(record: RoundRecord): void {
    const session = this.app.session;
    if (!session) return;
    this.animating = true;
    this.queue = this.queue
      .then(() => {
        // The reveal resizes the dock, so the stage: place the map for the new layout
        // first (its observer would only do it after the flight has started).
        this.drawMap();
        this.captions = [];
        return this.view
          ? playRoundVisuals(this, this.app, this.view, session.scenario, record, (caption) =>
              this.captions.push(caption),
            )
          : undefined;
      })
      .finally(() => {
        this.animating = false;
      });
  }

  create(): void {
    const session = this.app.session;
    if (!session) {
      this.app.go('TitleScene');
      return;
    }
    this.seenRounds = session.public.view().game.history.length;
    // A new start (or a restart after a rewind) plays no animation left over from before.
    this.queue = Promise.resolve();
    this.animating = false;
    const hooks: SceneHooks = {
      restart: (notice) => {
        this.pendingNotice = notice ?? null;
        this.scene.restart();
      },
      refresh: () => this.refresh(),
      confirm: (text, kind) => this.hud?.confirm(text, kind),
    };
    this.hud = new BoardHud(session, this.app.overlay, this.app.sound, {
      facilitator: () => openFacilitator(this.app, hooks),
      timerText: () => timerText(session.public.view(), Date.now()),
      guideSeen: () => guideDone(),
      ...(session.room && session.facilitates()
        ? { console: () => this.app.go('ClassroomScene') }
        : {}),
      guideDone: () => {
        try {
          window.localStorage.setItem('overflight.guide.done', '1');
        } catch {
          // Storage blocked: the guide may show again next time, which is harmless.
        }
      },
    });
    // Alt+Shift+F opens the facilitator's controls anywhere, Shift+F where no text is typed.
    this.onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      const may = session.facilitates();
      if (may && opensFacilitator(event, typing) && !this.app.overlay.hasDialog()) {
        event.preventDefault();
        openFacilitator(this.app, hooks);
      }
    };
    window.addEventListener('keydown', this.onKey);
    this.ticker = window.setInterval(() => this.tick(), 1000);
    this.app.overlay.show(this.hud.element, false);
    this.hud.update();
    this.app.overlay.current()?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // A rewind restarts the board: it says so once the branch is on screen.
    if (this.pendingNotice) this.hud.confirm(this.pendingNotice);
    this.pendingNotice = null;
    this.soundCaptions = new SoundCaptions(this, this.app.overlay.captionBox());
    this.drawMap();
    // The stage changes size when the dock grows or shrinks, not only when the window does.
    this.resizeObserver = new ResizeObserver(() => this.drawMap());
    this.resizeObserver.observe(this.hud.stageElement());
    // The projector's public view changes with every change of the game: the one to follow.
    const stops = [session.public.subscribe((view) => this.onView(view))];
    // A networked device also redraws when its room or its connection changes.
    if (session.room)
      stops.push(
        session.room.subscribeRoom(() => this.refresh()),
        session.room.subscribeStatus(() => this.refresh()),
      );
    this.stopListening = () => {
      for (const stop of stops) stop();
    };
    this.autosave(session.public.view());
    // The ambient bed (and with it the sound engine and its files) once the board is up: on a
    // slow laptop, starting the audio takes a quarter of a second the first board should have.
    this.cancelAmbient = whenIdle(() => this.app.sound.startAmbient(), 2000);
    this.events.once('shutdown', () => this.teardown());
  }

  private drawMap(): void {
    if (!this.hud || !this.app.map) return;
    const rect = this.hud.stageRect();
    // The same box: keep the map, and the view a flight may be drawing over.
    if (this.view && sameBox(rect, this.mapRect)) return;
    this.mapRect = rect;
    this.view?.destroy();
    fitGameCanvas(this, rect);
    const canvas = this.game.canvas.getBoundingClientRect();
    this.view = new MapView(this, this.app.map, {
      x: rect.left - canvas.left,
      y: rect.top - canvas.top,
      width: rect.width,
      height: rect.height,
    });
    this.soundCaptions?.follow(this.view);
  }

  /** Re-render from the current views (after a change that is not game state). */
  private refresh(): void {
    this.hud?.update();
  }

  /** Once a second: the facilitator's countdown; at zero, say so once and ring the bell. */
  private tick(): void {
    const session = this.app.session;
    const text = session ? timerText(session.public.view(), Date.now()) : null;
    // The top bar's, and the large one on a hand-over or pause screen.
    for (const element of this.hud?.element.querySelectorAll('[data-timer]') ?? [])
      element.textContent = text ?? '';
    const up = text !== null && text === timeIsUp();
    if (up && !this.timeUpAnnounced) {
      this.timeUpAnnounced = true;
      this.app.sound.play('bell');
      this.app.overlay.announce(t('play.announce.timeUp'));
    }
    if (!up) this.timeUpAnnounced = false;
  }

  /** Save every round (and every phase change), so closing the browser loses nothing. */
  private autosave(view: SeatView): void {
    const committed = Object.values(view.capitals).filter((c) => c !== 'deciding').length;
    const key = `${view.phase}:${view.game.round}:${view.game.history.length}:${committed}:${view.game.lens}:${view.paused}`;
    if (key === this.lastSaved) return;
    this.lastSaved = key;
    this.app.autosave();
  }

  private onView(view: SeatView): void {
    this.hud?.update();
    this.autosave(view);
    const { history } = view.game;
    const session = this.app.session;
    if (history.length > this.seenRounds && session) {
      const record = history[history.length - 1];
      this.seenRounds = history.length;
      if (record) {
        for (const id of record.events) {
          const card = session.scenario.events.find((e) => e.id === id);
          this.app.overlay.announce(
            t('play.announce.event', {
              date: dateLabel(record.date),
              title: card?.title ?? id,
              text: card?.text ?? '',
            }),
          );
        }
        this.playReveal(record);
      }
    }
    if (view.phase === 'debrief') {
      this.queue.then(() => {
        if (this.scene.isActive()) this.app.go('DebriefScene');
      });
    }
  }

  private teardown(): void {
    this.stopListening();
    window.removeEventListener('keydown', this.onKey);
    window.clearInterval(this.ticker);
    this.hud?.dispose();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.soundCaptions?.dispose();
    this.soundCaptions = null;
    this.view?.destroy();
    this.view = null;
    this.mapRect = null;
    fitGameCanvas(this, null);
    this.hud = null;
    this.cancelAmbient();
    this.app.sound.stopAmbient();
  }
}

/** A launch caption's place on the page, for the test hook. */
export interface CaptionPlacement {
  caption: string;
  box: { x: number; y: number; width: number; height: number };
  /** The map's frame. */
  map: { x: number; y: number; width: number; height: number };
  /** Names of the city labels and markers it covers (none, if placed well). */
  covers: string[];
  /** Whether it is still on the map (it comes down with its launch's animation). */
  up: boolean;
}

/** Whether two boxes are the same, to the pixel. */
function sameBox(a: DOMRectReadOnly, b: DOMRectReadOnly | null): boolean {
  return (
    b !== null &&
    Math.round(a.left) === Math.round(b.left) &&
    Math.round(a.top) === Math.round(b.top) &&
    Math.round(a.width) === Math.round(b.width) &&
    Math.round(a.height) === Math.round(b.height)
  );
}
