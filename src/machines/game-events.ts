import type { CapitalId } from '../model/ids';
import type { Controller, Decision, GameState, TurnOrder } from '../model/state';

/** Intents a player, a team or the AI driver may send to the game. */
export type GameIntent =
  | { type: 'game.start' }
  | { type: 'policy.select'; capital: CapitalId; optionId: string; rationale?: string }
  | { type: 'policy.commit'; capital: CapitalId }
  | { type: 'policy.revise'; capital: CapitalId }
  | { type: 'round.next' };

/** Reports a capital's turn sends to the game. */
export type TurnReport =
  | { type: 'turn.selected'; capital: CapitalId; decision: Decision | null }
  | { type: 'turn.committed'; capital: CapitalId; decision: Decision | null }
  | { type: 'turn.revised'; capital: CapitalId };

/** Every event the game machine accepts. */
export type GameEvent = GameIntent | TurnReport;

/** How a game is set up: the machines do not care who plays a capital beyond this. */
export interface GameSetup {
  seed: number;
  lens?: string;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
}

/** What the game machine holds: the model's game state plus this round's turn bookkeeping. */
export interface GameContext {
  game: GameState;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  /** Capitals whose turn is open this round. */
  open: CapitalId[];
  /** Current selection per capital, as its turn reported it. */
  selections: Partial<Record<CapitalId, Decision>>;
  committed: CapitalId[];
  /** Capitals whose decision can no longer be revised this round. */
  locked: CapitalId[];
  /** Why the last intent was refused, in plain words (null after an accepted one). */
  refusal: string | null;
}
