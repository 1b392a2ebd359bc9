import type { CapitalId } from '../model/ids';
import type { GameLabels } from '../model/labels';
import type { Controller, Decision, GameState, TurnOrder } from '../model/state';
import type { LoggedIntent, TimeUpRule } from '../protocol/intents';
import type { Refusal } from '../protocol/refusals';
import type { Seat } from '../protocol/seat';

/** Reports a capital's turn actor sends to the game (never a client: the schema keeps them out). */
export type TurnReport =
  | { type: 'turn.selected'; capital: CapitalId; decision: Decision | null }
  | { type: 'turn.committed'; capital: CapitalId; decision: Decision | null }
  | { type: 'turn.revised'; capital: CapitalId };

/** Every event the game machine accepts: intents as its host stamps them, and turn reports. */
export type GameEvent = LoggedIntent | TurnReport;

export type { GameSetup } from '../protocol/setup';

/** The facilitator's round timer. */
export interface RoundTimer {
  seconds: number;
  atTimeUp: TimeUpRule;
  /** When this round's time is up (ms since 1970, host time); null outside decisions or paused. */
  deadline: number | null;
  /** Time left when play was paused during decisions (the clock stops with play). */
  remainingMs: number | null;
  /** Whether time ran out this round. */
  timeUp: boolean;
}

/** A branch: the game was rewound to the start of `fromRound`; `original` is where it was. */
export interface BranchInfo {
  fromRound: number;
  original: GameState;
}

/** What the game machine holds: the game, this round's turns, the facilitator's settings, the log. */
export interface GameContext {
  game: GameState;
  /** The lens the game started under (the record's `lens`). */
  startLens: string;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  guided: boolean;
  /** Which stage of the turn order is deciding (see TURN_STAGES). */
  stage: number;
  /** Capitals whose turn is open this round. */
  open: CapitalId[];
  /** Current selection per capital: as a human capital's turn reported it, or the AI's choice. */
  selections: Partial<Record<CapitalId, Decision>>;
  committed: CapitalId[];
  /** Capitals whose decision can no longer be revised this round (the others have seen it). */
  locked: CapitalId[];
  /** Whether the facilitator has paused play (no decisions are taken meanwhile). */
  paused: boolean;
  /** Event cards the facilitator injected for this round. */
  injected: string[];
  timer: RoundTimer | null;
  /** Whether the facilitator shows every seat the AI capitals' reasoning before the reveal. */
  revealAi: boolean;
  branch: BranchInfo | null;
  /** Rounds replayed from a record's summary before `log` applies (a continued record). */
  logFrom: number;
  /** Every accepted intent, in order: with the setup, the whole game, replayable exactly. */
  log: LoggedIntent[];
  /** Class, date, team names, when the teacher gave them (absent otherwise, as in older saves). */
  labels?: GameLabels;
}

/** The top-level phases of a game. */
export type Phase = 'briefing' | 'decisions' | 'report' | 'debrief';

/** The authority's whole state: its phase and its context (what views are computed from). */
export interface AuthorityState {
  phase: Phase;
  context: GameContext;
}

/** What the game emits when it refuses an intent (a host tells the seat that sent it). */
export interface RefusedEmitted {
  type: 'refused';
  seat: Seat | null;
  refusal: Refusal;
}
