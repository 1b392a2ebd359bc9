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
  const doctrine = scenario.doctrine.filter((c) => c.capital === capital);
  const holding = doctrine.filter((c) => !c.when || evaluate(c.when, ctx));
  return optionsFor(scenario, game, capital)
    .filter((view) => view.available)
    .map(({ option }) => {
      const applied = holding.filter((c) => concerns(c, option));
      const score = applied.reduce(
        (sum, c) => sum + c.weight * lensFactor(scenario, game.lens, c.claims),
        0,
      );
      return { option, score, applied };
    });
}

function rationaleFor(chosen: WeighedOption): Rationale {
  const reasons = chosen.applied.filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight);
  const top = reasons.slice(0, 2);
  if (top.length === 0) {
    // Nothing in the doctrine pressed this round: the choice rests on what the option does.
    return {
      text: `Nothing pressed hard this round; chosen for what it does: ${chosen.option.summary}`,
      claims: chosen.option.claims,
      considerations: [],
    };
  }
  const claims = [...new Set(top.flatMap((c) => c.claims))];
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
