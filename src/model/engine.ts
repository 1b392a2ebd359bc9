import { type ConditionContext, compiled, type Test } from './conditions';
import { CAPITALS } from './ids';
import type { Launch } from './launches';
import { Ledger } from './ledger';
import { lensWeigher } from './lens';
import { Dice } from './rng';
import type { LaunchSpec, Rule, Scenario } from './schema';
import {
  type Cause,
  type Decisions,
  type GameState,
  type PublicGame,
  type Roll,
  type RoundRecord,
  roundDate,
  withGame,
} from './state';

/** The condition context at the start of a round, before its decisions take effect. */
export function contextFor(
  scenario: Scenario,
  game: PublicGame,
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

/** Add the launches an option or rule makes happen, drawing each one's number of missiles. */
function launch(specs: readonly LaunchSpec[], cause: Cause, dice: Dice, into: Launch[]): void {
  for (const spec of specs) {
    const { missiles } = spec;
    const n = typeof missiles === 'number' ? missiles : dice.int(missiles[0], missiles[1]);
    into.push({ kind: spec.kind, missiles: n, cause });
  }
}

// Every rule is tested every round: keep the compiled conditions beside the scenario.
const compiledRules = new WeakMap<Scenario, Test[]>();

function ruleTests(scenario: Scenario): Test[] {
  let tests = compiledRules.get(scenario);
  if (!tests) {
    tests = scenario.rules.map((rule) => compiled(rule.when));
    compiledRules.set(scenario, tests);
  }
  return tests;
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
  const weigh = lensWeigher(scenario, game.lens);
  const ledger = new Ledger(game.indicators, weigh);
  const rolls: Roll[] = [];
  const launches: Launch[] = [];
  for (const capital of CAPITALS) {
    const decision = decisions[capital];
    const option = scenario.optionIndex[decision.optionId];
    if (!option || option.capital !== capital) {
      throw new Error(`resolveDecisions: ${decision.optionId} is not an option of ${capital}`);
    }
    const cause: Cause = { kind: 'decision', capital, optionId: option.id };
    ledger.applyAll(
      option.effects,
      cause,
      { claims: option.claims, assumption: option.assumption, prose: `options.${option.id}` },
      dice,
    );
    if (option.launches.length > 0) launch(option.launches, cause, dice, launches);
  }
  const ctx = contextFor(scenario, game, decisions);
  const tests = ruleTests(scenario);
  for (let i = 0; i < scenario.rules.length; i++) {
    const rule = scenario.rules[i] as Rule;
    if (!(tests[i] as Test)(ctx)) continue;
    if (rule.probability !== undefined) {
      const p = Math.min(1, rule.probability * weigh(rule.claims));
      if (!roll(dice, rule.id, p, rolls)) continue;
    }
    const cause: Cause = { kind: 'rule', ruleId: rule.id };
    ledger.applyAll(
      rule.effects,
      cause,
      { claims: rule.claims, assumption: rule.assumption, prose: `rules.${rule.id}` },
      dice,
    );
    if (rule.launches.length > 0) launch(rule.launches, cause, dice, launches);
  }
  const record: RoundRecord = {
    round: game.round,
    date: roundDate(scenario, game.round),
    decisions,
    trace: ledger.trace,
    launches,
    rolls,
    events: [],
    injected: [],
    lens: game.lens,
    indicators: ledger.indicators,
  };
  return withGame(game, {
    indicators: ledger.indicators,
    rng: dice.state(),
    history: [...game.history, record],
  });
}
