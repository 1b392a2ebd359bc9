import type { SoundBoard } from '../audio/sound-board';
import type { CapitalId } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { GameClient, GameHost } from '../protocol/client';
import type { Seat } from '../protocol/seat';

/** Sound cues the board asks for. */
export type { SoundCue } from '../audio/sound-board';

/** What the board needs from the sound module (Howler lives behind it). */
export type SoundPort = Pick<
  SoundBoard,
  | 'play'
  | 'loop'
  | 'stop'
  | 'startAmbient'
  | 'stopAmbient'
  | 'muted'
  | 'volume'
  | 'setMuted'
  | 'setVolume'
  | 'onCaption'
>;

/**
 * One game in progress, as the board holds it: a client per seat this screen plays. The
 * projector's public view (observer), the facilitator's (the teacher, or the solo player as
 * their own facilitator) and each human team's, switched to at its hand-over. The game's
 * authority runs behind them (here in the page); the board sees views and sends intents only.
 */
export class Session {
  /** The public view: what the projector shows everyone. */
  readonly public: GameClient;
  readonly facilitator: GameClient;
  private readonly teams = new Map<CapitalId, GameClient>();

  constructor(
    readonly scenario: Scenario,
    /** The game's host: the board asks it only for saves and records, never for state. */
    readonly host: GameHost,
    /** The id under which this game autosaves. */
    private id: string = newSaveId(),
    /** A branch: the save id of the game it was rewound from, when this browser saved it. */
    public branchOf: string | null = null,
  ) {
    this.public = host.client('observer');
    this.facilitator = host.client('facilitator');
  }

  /** The id under which this game autosaves. */
  get saveId(): string {
    return this.id;
  }

  /**
   * A branch is saved under a new id from now on, so the game it was rewound from stays in the
   * saved games as it was (its record is also inside the branch's, which replays it).
   */
  saveBranchApart(): void {
    this.branchOf = this.id;
    this.id = newSaveId();
  }

  /** The client of a capital's team (the seat the board switches to at that team's turn). */
  team(capital: CapitalId): GameClient {
    let client = this.teams.get(capital);
    if (!client) {
      client = this.host.client(capital as Seat);
      this.teams.set(capital, client);
    }
    return client;
  }

  /** Stop the game. */
  stop(): void {
    this.host.stop();
  }
}

/** A fresh id for a saved game. */
export function newSaveId(): string {
  return `g-${Date.now().toString(36)}-${Math.floor(performance.now() * 1000).toString(36)}`;
}
