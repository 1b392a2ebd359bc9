import { evaluate } from './conditions';
import { contextFor } from './engine';
import { CAPITALS, type CapitalId } from './ids';
import { lensFactor } from './lens';
import { optionsFor } from './options';
import { Dice } from './rng';
import type { Consideration, Option, Scenario } from './schema';
import type { Decision, Decisions, GameState, Rationale } from './state';

/** An option's weight for an AI capital, and the considerations that made it. */
export interface WeighedOption {
  option: Option;
  score: number;
  applied: Consideration[];
}

function concerns(consideration: Consideration, option: Option): boolean {
  if (consideration.option) return consideration.option === option.id;
  if (consideration.tag) return option.tags.includes(consideration.tag);
  return false;
}

// Which considerations concern which option never changes during a game: worked out once per
// scenario and capital, so weighing an AI's options only evaluates conditions.
const doctrineIndex = new WeakMap<Scenario, Map<CapitalId, Map<string, Consideration[]>>>();

function considerationsFor(scenario: Scenario, capital: CapitalId): Map<string, Consideration[]> {
  let byCapital = doctrineIndex.get(scenario);
  if (!byCapital) {
    byCapital = new Map();
    doctrineIndex.set(scenario, byCapital);
  }
  let byOption = byCapital.get(capital);
  if (!byOption) {
    const doctrine = scenario.doctrine.filter((c) => c.capital === capital);
    byOption = new Map(
      scenario.options
        .filter((o) => o.capital === capital)
        .map((o) => [o.id, doctrine.filter((c) => concerns(c, o))]),
    );
    byCapital.set(capital, byOption);
  }
  return byOption;
}

/**
 * Weigh every open option of a capital by its doctrine: each consideration whose condition
 * holds adds its weight to the options it concerns. `visible` holds the decisions this
 * capital can already see (Pyongyang's, in sequential order).
 */
export function weighOptions(
  scenario: Scenario,
  game: GameState,
  capital: CapitalId,
  visible: Partial<Decisions> = {},
): WeighedOption[] {
  const ctx = contextFor(scenario, game, visible);
  const byOption = considerationsFor(scenario, capital);
  const holds = new Map<Consideration, boolean>();
  const holding = (c: Consideration) => {
    let result = holds.get(c);
    if (result === undefined) {
      result = !c.when || evaluate(c.when, ctx);
      holds.set(c, result);
    }
    return result;
  };
  const weighed: WeighedOption[] = [];
  for (const view of optionsFor(scenario, game, capital)) {
    if (!view.available) continue;
    const applied = (byOption.get(view.option.id) ?? []).filter(holding);
    let score = 0;
    for (const c of applied) score += c.weight * lensFactor(scenario, game.lens, c.claims);
    weighed.push({ option: view.option, score, applied });
  }
  return weighed;
}

function rationaleFor(chosen: WeighedOption): Rationale {
  // The two strongest considerations that pushed for this option, strongest first.
  let first: Consideration | undefined;
  let second: Consideration | undefined;
  for (const c of chosen.applied) {
    if (c.weight <= 0) continue;
    if (!first || c.weight > first.weight) {
      second = first;
      first = c;
    } else if (!second || c.weight > second.weight) second = c;
  }
  if (!first) {
    // Nothing in the doctrine pressed this round: the choice rests on what the option does.
    return {
      text: `Nothing pressed hard this round; chosen for what it does: ${chosen.option.summary}`,
      claims: chosen.option.claims,
      considerations: [],
    };
  }
  const top = second ? [first, second] : [first];
  const claims: string[] = [];
  for (const c of top) for (const id of c.claims) if (!claims.includes(id)) claims.push(id);
  return { text: top.map((c) => c.reason).join(' '), claims, considerations: top.map((c) => c.id) };
}

/**
 * An AI capital's decision: options weighed by doctrine, then drawn with a softmax at the
 * scenario's temperature so the AI is usually, not always, predictable. Its dice are derived
 * from the game's seed, round and capital, so the choice is a pure function of the state.
 */
export function chooseForAi(
  scenario: Scenario,
  game: GameState,
  capital: CapitalId,
  visible: Partial<Decisions> = {},
): Decision {
  const weighed = weighOptions(scenario, game, capital, visible);
  if (weighed.length === 0) throw new Error(`chooseForAi: ${capital} has no open option`);
  const best = Math.max(...weighed.map((w) => w.score));
  const weights = weighed.map((w) => Math.exp((w.score - best) / scenario.aiTemperature));
  const total = weights.reduce((a, b) => a + b, 0);
  const dice = Dice.derived(game.seed, game.round, CAPITALS.indexOf(capital));
  let pick = dice.float() * total;
  let chosen = weighed[weighed.length - 1] as WeighedOption;
  for (let i = 0; i < weighed.length; i++) {
    pick -= weights[i] as number;
    if (pick < 0) {
      chosen = weighed[i] as WeighedOption;
      break;
    }
  }
  return { optionId: chosen.option.id, by: 'ai', rationale: rationaleFor(chosen) };
}
