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
// scenario and capital (as positions in the capital's doctrine), so weighing an AI's options
// only evaluates each condition once.
interface CapitalDoctrine {
  considerations: Consideration[];
  byOption: Map<string, number[]>;
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
    const byOption = new Map<string, number[]>();
    for (const o of scenario.options) {
      if (o.capital !== capital) continue;
      byOption.set(
        o.id,
        considerations.flatMap((c, i) => (concerns(c, o) ? [i] : [])),
      );
    }
    entry = { considerations, byOption };
    byCapital.set(capital, entry);
  }
  return entry;
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
  const { considerations, byOption } = doctrineOf(scenario, capital);
  const ctx = contextFor(scenario, game, visible);
  // 0: not evaluated yet, 1: does not hold, 2: holds.
  const holds = new Uint8Array(considerations.length);
  const weighed: WeighedOption[] = [];
  for (const view of optionsFor(scenario, game, capital)) {
    if (!view.available) continue;
    const applied: Consideration[] = [];
    let score = 0;
    for (const i of byOption.get(view.option.id) ?? []) {
      const c = considerations[i] as Consideration;
      if (holds[i] === 0) holds[i] = !c.when || evaluate(c.when, ctx) ? 2 : 1;
      if (holds[i] !== 2) continue;
      applied.push(c);
      score += c.weight * lensFactor(scenario, game.lens, c.claims);
    }
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
  let best = Number.NEGATIVE_INFINITY;
  for (const w of weighed) if (w.score > best) best = w.score;
  const weights = new Float64Array(weighed.length);
  let total = 0;
  for (let i = 0; i < weighed.length; i++) {
    const weight = Math.exp(((weighed[i] as WeighedOption).score - best) / scenario.aiTemperature);
    weights[i] = weight;
    total += weight;
  }
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
