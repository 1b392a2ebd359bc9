import { type ConditionContext, evaluate } from './conditions';
import { CAPITALS } from './ids';
import { Ledger } from './ledger';
import { lensFactor } from './lens';
import { Dice } from './rng';
import type { Scenario } from './schema';
import { type Decisions, type GameState, type Roll, type RoundRecord, roundDate } from './state';

/** The condition context at the start of a round, before its decisions take effect. */
export function contextFor(
  scenario: Scenario,
  game: GameState,
  decisions: Partial<Decisions>,
): ConditionContext {
  return {
    indicators: game.indicators,
    decisions,
    history: game.history,
    round: game.round,
    lens: game.lens,
    optionIndex: scenario.optionIndex,
  };
}

/** Roll a probability on the world's dice and keep the roll for the record. */
export function roll(dice: Dice, of: string, probability: number, rolls: Roll[]): boolean {
  const value = dice.float();
  const fired = value < probability;
  rolls.push({ of, probability, value: Math.round(value * 1e6) / 1e6, fired });
  return fired;
}

/**
 * Resolve a round's decisions: each decision's own effects, then every rule whose condition
 * holds over the state at the start of the round. Returns the game with a new round record
 * whose trace names, for every indicator change, its cause and the claims behind it.
 */
export function resolveDecisions(
  scenario: Scenario,
  game: GameState,
  decisions: Decisions,
): GameState {
  const dice = Dice.fromState(game.rng);
  const weigh = (claims: readonly string[]) => lensFactor(scenario, game.lens, claims);
  const ledger = new Ledger(game.indicators, weigh);
  const rolls: Roll[] = [];
  for (const capital of CAPITALS) {
    const decision = decisions[capital];
    const option = scenario.optionIndex[decision.optionId];
    if (!option || option.capital !== capital) {
      throw new Error(`resolveDecisions: ${decision.optionId} is not an option of ${capital}`);
    }
    ledger.applyAll(
      option.effects,
      { kind: 'decision', capital, optionId: option.id },
      { claims: option.claims, assumption: option.assumption },
      dice,
    );
  }
  const ctx = contextFor(scenario, game, decisions);
  for (const rule of scenario.rules) {
    if (!evaluate(rule.when, ctx)) continue;
    if (rule.probability !== undefined) {
      const p = Math.min(1, rule.probability * weigh(rule.claims));
      if (!roll(dice, rule.id, p, rolls)) continue;
    }
    ledger.applyAll(
      rule.effects,
      { kind: 'rule', ruleId: rule.id },
      { claims: rule.claims, assumption: rule.assumption },
      dice,
    );
  }
  const record: RoundRecord = {
    round: game.round,
    date: roundDate(scenario, game.round),
    decisions,
    trace: ledger.trace,
    rolls,
    events: [],
    injected: [],
    lens: game.lens,
    indicators: ledger.indicators,
  };
  return {
    ...game,
    indicators: ledger.indicators,
    rng: dice.state(),
    history: [...game.history, record],
  };
}
