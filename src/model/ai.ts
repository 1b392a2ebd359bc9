import { compiled, type Test } from './conditions';
import { contextFor } from './engine';
import { CAPITALS, type CapitalId } from './ids';
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
// scenario and capital (as positions in the capital's doctrine, per option in the order
// `optionsFor` lists them), so weighing an AI's options evaluates each condition once.
interface CapitalDoctrine {
  considerations: Consideration[];
  /** Per consideration: its condition, compiled (none: it always holds). */
  tests: (Test | undefined)[];
  /** Per option of the capital, in scenario order: the considerations that concern it. */
  concerning: number[][];
  /**
   * Per consideration: its weight. A lens never touches doctrine: it changes how the world
   * answers, not what a capital wants.
   */
  weights: number[];
}

const doctrineIndex = new WeakMap<Scenario, Map<CapitalId, CapitalDoctrine>>();

function doctrineOf(scenario: Scenario, capital: CapitalId): CapitalDoctrine {
  let byCapital = doctrineIndex.get(scenario);
  if (!byCapital) {
    byCapital = new Map();
    doctrineIndex.set(scenario, byCapital);
  }
  let entry = byCapital.get(capital);
  if (!entry) {
    const considerations = scenario.doctrine.filter((c) => c.capital === capital);
    const concerning = scenario.options
      .filter((o) => o.capital === capital)
      .map((o) => considerations.flatMap((c, i) => (concerns(c, o) ? [i] : [])));
    const tests = considerations.map((c) => (c.when ? compiled(c.when) : undefined));
    const weights = considerations.map((c) => c.weight);
    entry = { considerations, tests, concerning, weights };
    byCapital.set(capital, entry);
  }
  return entry;
}

/** The open options of a capital (positions in its option list) and their scores. */
interface Weighing {
  doctrine: CapitalDoctrine;
  options: Option[];
  positions: number[];
  scores: number[];
  /** Per consideration: true if it holds, false if not, undefined if no open option asked. */
  holds: (boolean | undefined)[];
}

function weigh(
  scenario: Scenario,
  game: GameState,
  capital: CapitalId,
  visible: Partial<Decisions>,
): Weighing {
  const doctrine = doctrineOf(scenario, capital);
  const { tests, concerning, weights } = doctrine;
  const ctx = contextFor(scenario, game, visible);
  const holds: (boolean | undefined)[] = [];
  const views = optionsFor(scenario, game, capital);
  const weighing: Weighing = { doctrine, options: [], positions: [], scores: [], holds };
  for (let j = 0; j < views.length; j++) {
    const view = views[j] as (typeof views)[number];
    if (!view.available) continue;
    let score = 0;
    for (const i of concerning[j] as number[]) {
      let held = holds[i];
      if (held === undefined) {
        const test = tests[i];
        held = !test || test(ctx);
        holds[i] = held;
      }
      if (held) score += weights[i] as number;
    }
    weighing.options.push(view.option);
    weighing.positions.push(j);
    weighing.scores.push(score);
  }
  return weighing;
}

/** The considerations that held for the k-th open option, in doctrine order. */
function appliedTo(weighing: Weighing, k: number): Consideration[] {
  const { considerations, concerning } = weighing.doctrine;
  const applied: Consideration[] = [];
  for (const i of concerning[weighing.positions[k] as number] as number[])
    if (weighing.holds[i]) applied.push(considerations[i] as Consideration);
  return applied;
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
  const weighing = weigh(scenario, game, capital, visible);
  return weighing.options.map((option, k) => ({
    option,
    score: weighing.scores[k] as number,
    applied: appliedTo(weighing, k),
  }));
}

// The reasons, as ids: a display says them in the page's language (src/board/view/ai-reasons.ts).
function rationaleFor(option: Option, applied: readonly Consideration[]): Rationale {
  // The two strongest considerations that pushed for this option, strongest first.
  let first: Consideration | undefined;
  let second: Consideration | undefined;
  for (const c of applied) {
    if (c.weight <= 0) continue;
    if (!first || c.weight > first.weight) {
      second = first;
      first = c;
    } else if (!second || c.weight > second.weight) second = c;
  }
  if (!first) {
    // Nothing in the doctrine pressed this round: the choice rests on what the option does.
    return { considerations: [], claims: [...option.claims], unpressed: true };
  }
  const claims: string[] = [];
  for (const id of first.claims) if (!claims.includes(id)) claims.push(id);
  if (!second) return { considerations: [first.id], claims };
  for (const id of second.claims) if (!claims.includes(id)) claims.push(id);
  return { considerations: [first.id, second.id], claims };
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
  // Scores only: the considerations behind an option are listed for the chosen one alone.
  const weighing = weigh(scenario, game, capital, visible);
  const { scores } = weighing;
  const n = scores.length;
  if (n === 0) throw new Error(`chooseForAi: ${capital} has no open option`);
  let best = Number.NEGATIVE_INFINITY;
  for (const score of scores) if (score > best) best = score;
  const weights: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    const weight = Math.exp(((scores[k] as number) - best) / scenario.aiTemperature);
    weights.push(weight);
    total += weight;
  }
  const dice = Dice.derived(game.seed, game.round, CAPITALS.indexOf(capital));
  let pick = dice.float() * total;
  let chosen = n - 1;
  for (let k = 0; k < n; k++) {
    pick -= weights[k] as number;
    if (pick < 0) {
      chosen = k;
      break;
    }
  }
  const option = weighing.options[chosen] as Option;
  return {
    optionId: option.id,
    by: 'ai',
    rationale: rationaleFor(option, appliedTo(weighing, chosen)),
  };
}
