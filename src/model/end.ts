import { evaluate } from './conditions';
import { roll } from './engine';
import { CAPITALS, type CapitalId, clampIndicator } from './ids';
import { Dice } from './rng';
import type { Outcome, Scenario } from './schema';
import { type GameState, type OutcomeRecord, withGame, withRecord } from './state';

/** Each capital's score (0–100) against its own objectives, with the outcome's bonus. */
export function scoreCapitals(
  scenario: Scenario,
  game: GameState,
  outcome: Outcome | null,
): Record<CapitalId, number> {
  const scores = {} as Record<CapitalId, number>;
  for (const capital of CAPITALS) {
    let sum = 0;
    let weights = 0;
    for (const objective of scenario.capitals[capital].objectives) {
      const value = game.indicators[objective.indicator];
      sum += objective.weight * (objective.want === 'high' ? value : 100 - value);
      weights += objective.weight;
    }
    const bonus = outcome?.scores[capital] ?? 0;
    scores[capital] = Math.round(clampIndicator(sum / weights + bonus) * 10) / 10;
  }
  return scores;
}

/**
 * After a round's events: does the game end? Outcomes are checked in scenario order; the
 * first whose condition holds (and roll succeeds) ends it. A `lastRound` outcome applies only
 * after the final round. If the game goes on, the round counter advances.
 */
export function checkEnd(scenario: Scenario, game: GameState): GameState {
  const last = game.history.at(-1);
  if (!last || last.round !== game.round)
    throw new Error('checkEnd: the round has not been resolved');
  const dice = Dice.fromState(game.rng);
  const rolls = [...last.rolls];
  const before = game.history.slice(0, -1);
  const ctx = {
    indicators: game.indicators,
    decisions: last.decisions,
    history: before,
    round: game.round,
    lens: game.lens,
    optionIndex: scenario.optionIndex,
  };
  const finalRound = game.round >= scenario.rounds;
  let ended: Outcome | null = null;
  for (const outcome of scenario.outcomes) {
    if (outcome.kind === 'lastRound' && !finalRound) continue;
    if (outcome.when && !evaluate(outcome.when, ctx)) continue;
    if (outcome.probability !== undefined) {
      if (!roll(dice, outcome.id, outcome.probability, rolls)) continue;
    }
    ended = outcome;
    break;
  }
  const history = [...before, withRecord(last, { rolls })];
  if (!ended) {
    if (finalRound)
      throw new Error(`checkEnd: scenario ${scenario.id} has no lastRound outcome that applies`);
    return withGame(game, { rng: dice.state(), history, round: game.round + 1 });
  }
  const record: OutcomeRecord = {
    outcomeId: ended.id,
    round: game.round,
    scores: scoreCapitals(scenario, game, ended),
  };
  return withGame(game, { rng: dice.state(), history, outcome: record });
}

/**
 * End the game after the last resolved round (a facilitator's choice, e.g. at the end of a
 * lesson): the scenario's `lastRound` outcome applies, scored on the state as it stands.
 */
export function endNow(scenario: Scenario, game: GameState): GameState {
  const last = game.history.at(-1);
  if (game.outcome || !last) return game;
  const ending = scenario.outcomes.find(
    (o) => o.kind === 'lastRound' && !o.when && o.probability === undefined,
  );
  if (!ending) return game;
  return {
    ...game,
    round: last.round,
    outcome: {
      outcomeId: ending.id,
      round: last.round,
      scores: scoreCapitals(scenario, game, ending),
      // The rounds alone replay to a game that goes on: the record must say it was ended.
      endedEarly: true,
    },
  };
}
