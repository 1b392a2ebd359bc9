import type { SoundBoard } from '../audio/sound-board';
import type { CapitalId } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { ClassroomClient } from '../protocol/classroom';
import type { GameClient, GameHost } from '../protocol/client';
import { isTeamSeat, type Seat } from '../protocol/seat';
import { deviceSeat } from './view/classroom-room';

/** Sound cues the board asks for. */
export type { SoundCue } from '../audio/sound-board';
/** How a device reaches networked rooms (src/protocol/classroom-connector.ts). */
export type { ClassroomConnector, JoinProblem } from '../protocol/classroom-connector';

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
 * One game in progress, as the board holds it: a client per seat this screen plays. On one
 * screen (solo, hotseat): the projector's public view (observer), the facilitator's and each
 * human team's, switched to at its hand-over, with the authority in the page. In a networked
 * room (`room` set): the one seat of this device (a team, a projector, the facilitator), its
 * public projection as the observer, and the authority on the classroom server.
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
    /** A networked room's seat on this device, or null when the whole game is on this page. */
    readonly room: ClassroomClient | null = null,
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

  /**
   * The teams this screen decides for: null when it holds every seat (solo, hotseat), else the
   * team of this device (a student moved by the teacher follows), or none (projector, console).
   */
  screenTeams(): CapitalId[] | null {
    if (!this.room) return null;
    const seat = deviceSeat(this.room.room());
    return seat && isTeamSeat(seat) ? [seat] : [];
  }

  /** Whether this screen may run the game (start, next round, the facilitator's controls). */
  facilitates(): boolean {
    return !this.room || deviceSeat(this.room.room()) === 'facilitator';
  }

  /** The client of a capital's team (the seat the board switches to at that team's turn). */
  team(capital: CapitalId): GameClient {
    // A networked seat can change team (the teacher moves a student): never cached.
    if (this.room) return this.host.client(capital as Seat);
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
