import type { CapitalId } from '../model/ids';
import type { GameLabels } from '../model/labels';
import type { Controller, GameState, TurnOrder } from '../model/state';

/** How a game is set up: who plays each capital, in which turn order, under which lens. */
export interface GameSetup {
  seed: number;
  lens?: string;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  /** Whether the first round is guided step by step (solo play). */
  guided?: boolean;
  /** Start from this state instead of a new game (a record continued from its rounds). */
  game?: GameState;
  /** What a teacher files the game under (class, date, team names): in its record, not its play. */
  labels?: GameLabels;
}
