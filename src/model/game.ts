import { chooseForAi } from './ai';
import { checkEnd } from './end';
import { resolveDecisions } from './engine';
import { drawEvents } from './events';
import type { CapitalId } from './ids';
import type { Scenario } from './schema';
import { createGame, type Decision, type Decisions, type GameState, type TurnOrder } from './state';

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

const NORTH_KOREA = 'northKorea';
const RESPONDERS = ['us', 'japan', 'southKorea'] as const;

/** Collect a round's four decisions in the given turn order. */
export function decideRound(
  scenario: Scenario,
  game: GameState,
  turnOrder: TurnOrder,
  chooser: Chooser = () => undefined,
): Decisions {
  const northKorea = chooser(NORTH_KOREA, game, {}) ?? chooseForAi(scenario, game, NORTH_KOREA, {});
  const visible = turnOrder === 'sequential' ? { northKorea } : {};
  const decisions = { northKorea } as Decisions;
  for (const capital of RESPONDERS)
    decisions[capital] =
      chooser(capital, game, visible) ?? chooseForAi(scenario, game, capital, visible);
  return decisions;
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
