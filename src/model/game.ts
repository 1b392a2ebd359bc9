import { chooseForAi } from './ai';
import { checkEnd } from './end';
import { resolveDecisions } from './engine';
import { drawEvents } from './events';
import type { CapitalId } from './ids';
import type { Scenario } from './schema';
import { createGame, type Decision, type Decisions, type GameState, type TurnOrder } from './state';
import { TURN_STAGES, visibleDecisions } from './turn-order';

/** Resolve a round completely: decisions, rules, events, end check. */
export function playRound(
  scenario: Scenario,
  game: GameState,
  decisions: Decisions,
  injectedEvents: readonly string[] = [],
): GameState {
  if (game.outcome) throw new Error('playRound: the game is over');
  return checkEnd(
    scenario,
    drawEvents(scenario, resolveDecisions(scenario, game, decisions), injectedEvents),
  );
}

/**
 * Who decides for a capital this round: returns a decision, or undefined to let the AI decide.
 * `visible` holds the decisions this capital may already see.
 */
export type Chooser = (
  capital: CapitalId,
  game: GameState,
  visible: Partial<Decisions>,
) => Decision | undefined;

/**
 * Collect a round's four decisions in the given turn order: stage by stage, each capital seeing
 * the decisions of the stages before its own (the same order and visibility the machines use).
 */
export function decideRound(
  scenario: Scenario,
  game: GameState,
  turnOrder: TurnOrder,
  chooser: Chooser = () => undefined,
): Decisions {
  const decisions: Partial<Decisions> = {};
  const locked: CapitalId[] = [];
  for (const stage of TURN_STAGES[turnOrder]) {
    const visible = visibleDecisions(decisions, locked);
    for (const capital of stage)
      decisions[capital] =
        chooser(capital, game, visible) ?? chooseForAi(scenario, game, capital, visible);
    locked.push(...stage);
  }
  return decisions as Decisions;
}

/** Settings of one headless game. */
export interface PlaySettings {
  seed: number;
  lens?: string;
  turnOrder?: TurnOrder;
  chooser?: Chooser;
}

/** Play a whole game to its end with the model's functions alone (no machines). */
export function playGame(scenario: Scenario, settings: PlaySettings): GameState {
  let game = createGame(scenario, settings.seed, settings.lens);
  while (!game.outcome) {
    const decisions = decideRound(scenario, game, settings.turnOrder ?? 'sealed', settings.chooser);
    game = playRound(scenario, game, decisions);
  }
  return game;
}
