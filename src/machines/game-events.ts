import type { CapitalId } from '../model/ids';
import type { Controller, Decision, GameState, TurnOrder } from '../model/state';

/** Intents a player, a team or the AI driver may send to the game. */
export type GameIntent =
  | { type: 'game.start' }
  | { type: 'policy.select'; capital: CapitalId; optionId: string; rationale?: string }
  | { type: 'policy.commit'; capital: CapitalId }
  | { type: 'policy.revise'; capital: CapitalId }
  | { type: 'round.next' };

/** A facilitator's controls (behind a shortcut the teams are not expected to touch). */
export type FacilitatorIntent =
  | { type: 'facilitator.pause' }
  | { type: 'facilitator.resume' }
  | { type: 'facilitator.inject'; eventId: string }
  | { type: 'facilitator.lens'; lens: string }
  | { type: 'facilitator.end' };

/** Reports a capital's turn sends to the game. */
export type TurnReport =
  | { type: 'turn.selected'; capital: CapitalId; decision: Decision | null }
  | { type: 'turn.committed'; capital: CapitalId; decision: Decision | null }
  | { type: 'turn.revised'; capital: CapitalId };

/** Every event the game machine accepts. */
export type GameEvent = GameIntent | FacilitatorIntent | TurnReport;

/** How a game is set up: the machines do not care who plays a capital beyond this. */
export interface GameSetup {
  seed: number;
  lens?: string;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  /** Start from this state instead of a new game (a resumed record or a branch). */
  game?: GameState;
}

/** What the game machine holds: the model's game state plus this round's turn bookkeeping. */
export interface GameContext {
  game: GameState;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  /** Capitals whose turn is open this round. */
  open: CapitalId[];
  /** Current selection per capital: as a human capital's turn reported it, or the AI's choice. */
  selections: Partial<Record<CapitalId, Decision>>;
  committed: CapitalId[];
  /** Capitals whose decision can no longer be revised this round. */
  locked: CapitalId[];
  /** Why the last intent was refused, in plain words (null after an accepted one). */
  refusal: string | null;
  /** Whether the facilitator has paused play (no decisions are taken meanwhile). */
  paused: boolean;
  /** Event cards the facilitator injected for this round. */
  injected: string[];
}
