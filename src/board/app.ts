import type { GameSetup } from '../machines/game-events';
import type { Scenario } from '../model/schema';
import type { Overlay } from './dom/overlay';
import type { MapData } from './map-data';
import { Session, type SoundPort } from './ports';

/**
 * What the scenes share, passed to each scene's constructor rather than kept in Phaser's
 * registry: the scenarios, the HTML layer, the sound board, the player's motion preference,
 * the baked map once loaded, and the game in progress (if any).
 */
export class App {
  session: Session | null = null;
  map: MapData | null = null;

  constructor(
    readonly scenarios: Scenario[],
    readonly overlay: Overlay,
    readonly sound: SoundPort,
    readonly reducedMotion: boolean,
  ) {}

  /** Start a new game, ending any previous one so its actor and listeners are released. */
  startSession(scenario: Scenario, setup: GameSetup): Session {
    this.endSession();
    this.session = new Session(scenario, setup);
    return this.session;
  }

  /** End the game in progress. */
  endSession(): void {
    this.session?.stop();
    this.session = null;
  }
}
