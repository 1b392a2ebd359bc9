import type { GameSetup } from '../machines/game-events';
import type { GameRecord } from '../model/record';
import { replay } from '../model/record';
import type { Scenario } from '../model/schema';
import type { GameState } from '../model/state';
import type { Overlay } from './dom/overlay';
import type { MapData } from './map-data';
import { Session, type SoundPort } from './ports';
import { recordOfSession, saveOf } from './save/game-files';
import type { SaveEnvelope, SaveStore } from './save/save-store';
import type { ScreenData, ScreenName, Screens } from './screens';

/** The original game a branch was rewound from, kept for comparison. */
export interface BranchOrigin {
  record: GameRecord;
  game: GameState;
  fromRound: number;
}

/**
 * What the scenes share, passed to each scene's constructor rather than kept in Phaser's
 * registry: the scenarios, the HTML layer, the sound board, the saved games, the player's motion
 * preference, the baked map once loaded, and the game in progress (if any).
 */
export class App {
  session: Session | null = null;
  map: MapData | null = null;
  /** Set when the game in progress is a branch rewound from another game. */
  origin: BranchOrigin | null = null;
  /** Whether the next game's first round is guided (solo play). */
  guided = false;
  /** The facilitator's round timer: when it ends (ms since epoch), or null. */
  timerEndsAt: number | null = null;
  /** Whether the facilitator has asked to see the AI's reasoning before the reveal. */
  revealAi = false;
  /** A message to show on the next screen (e.g. a save that could not be opened). */
  notice: { message: string; fallback: SaveEnvelope | null } | null = null;
  /** The screens and how to move between them (set up by main.ts). */
  screens: Screens | null = null;

  constructor(
    readonly scenarios: Scenario[],
    readonly overlay: Overlay,
    readonly sound: SoundPort,
    readonly saves: SaveStore,
    private readonly prefersReducedMotion: () => boolean,
  ) {}

  /** Whether the player asks for less motion (the system setting, read now). */
  get reducedMotion(): boolean {
    return this.prefersReducedMotion();
  }

  /** Go to another screen. */
  go(screen: ScreenName, data?: ScreenData): void {
    this.screens?.go(screen, data);
  }

  /** Start a new game, ending any previous one so its actor and listeners are released. */
  startSession(scenario: Scenario, setup: GameSetup): Session {
    this.endSession();
    this.origin = null;
    this.session = new Session(scenario, setup);
    return this.session;
  }

  /** Resume a saved game exactly where it was. */
  resume(save: SaveEnvelope): Session | null {
    const scenario = this.scenarios.find((s) => s.id === save.scenarioId);
    if (!scenario) return null;
    this.endSession();
    const setup: GameSetup = {
      seed: save.record.seed,
      lens: save.record.lens,
      turnOrder: save.record.turnOrder,
      controllers: save.record.controllers,
    };
    this.session = new Session(scenario, setup, save.snapshot, save.id);
    return this.session;
  }

  /** Continue a replayed record (an imported file or link) as a new game. */
  continueFrom(scenario: Scenario, record: GameRecord, game: GameState): Session {
    this.endSession();
    this.origin = null;
    this.session = new Session(scenario, {
      seed: record.seed,
      lens: game.lens,
      turnOrder: record.turnOrder,
      controllers: record.controllers,
      game,
    });
    return this.session;
  }

  /**
   * Rewind to the start of an earlier round: the current game is saved and kept as the origin
   * for comparison, and a new game (a branch) continues from that round.
   */
  branch(round: number): Session | null {
    const current = this.session;
    if (!current) return null;
    this.autosave();
    const record = recordOfSession(current);
    const game = current.snapshot().context.game;
    const start = replay(current.scenario, record, round - 1);
    this.endSession();
    this.origin = { record, game, fromRound: round };
    this.session = new Session(current.scenario, {
      ...current.setup,
      lens: start.lens,
      game: start,
    });
    return this.session;
  }

  /** Save the game in progress (every round, and on demand). */
  autosave(): void {
    if (!this.session) return;
    const save = saveOf(this.session);
    this.saves.save(save);
    this.saves.setCurrent(save.finished ? null : save.id);
  }

  /** End the game in progress. */
  endSession(): void {
    this.session?.stop();
    this.session = null;
  }
}
