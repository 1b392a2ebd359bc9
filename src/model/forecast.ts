import { evaluate } from './conditions';
import { contextFor } from './engine';
import type { CapitalId, IndicatorId } from './ids';
import { lensFactor } from './lens';
import type { Effect, Scenario } from './schema';
import type { Decisions, GameState } from './state';

/** One expected change of an option: its range, where it comes from, and its evidence. */
export interface ForecastItem {
  indicator: IndicatorId;
  min: number;
  max: number;
  /** The option itself, or a rule that this option would set off. */
  source: { kind: 'option' } | { kind: 'rule'; ruleId: string; title: string };
  /** Set when the change happens only with this chance. */
  probability?: number;
  claims: string[];
  assumption?: string;
}

function rangeOf(effect: Effect, weight: number): [number, number] {
  const [lo, hi] = typeof effect.delta === 'number' ? [effect.delta, effect.delta] : effect.delta;
  return [Math.round(lo * weight), Math.round(hi * weight)];
}

/**
 * What choosing an option is expected to do this round, as the model computes it: the option's
 * own effects, plus every rule that this choice would set off and that would not fire without it
 * (given the decisions the capital can already see). Ranges follow the game's lens.
 */
export function forecastOption(
  scenario: Scenario,
  game: GameState,
  capital: CapitalId,
  optionId: string,
  visible: Partial<Decisions> = {},
): ForecastItem[] {
  const option = scenario.optionIndex[optionId];
  if (!option) return [];
  const items: ForecastItem[] = [];
  const weigh = (claims: readonly string[]) => lensFactor(scenario, game.lens, claims);
  for (const effect of option.effects) {
    const own = effect.claims || effect.assumption;
    const claims = own ? (effect.claims ?? []) : option.claims;
    const assumption = own ? effect.assumption : option.assumption;
    const [min, max] = rangeOf(effect, weigh(claims));
    if (min === 0 && max === 0) continue;
    items.push({
      indicator: effect.indicator,
      min,
      max,
      source: { kind: 'option' },
      claims,
      ...(assumption ? { assumption } : {}),
    });
  }
  const without = contextFor(scenario, game, visible);
  const withChoice = contextFor(scenario, game, {
    ...visible,
    [capital]: { optionId, by: 'human' },
  });
  for (const rule of scenario.rules) {
    if (!evaluate(rule.when, withChoice) || evaluate(rule.when, without)) continue;
    const weight = weigh(rule.claims);
    for (const effect of rule.effects) {
      const [min, max] = rangeOf(effect, weight);
      if (min === 0 && max === 0) continue;
      const item: ForecastItem = {
        indicator: effect.indicator,
        min,
        max,
        source: { kind: 'rule', ruleId: rule.id, title: rule.title },
        claims: effect.claims ?? rule.claims,
      };
      if (rule.probability !== undefined) item.probability = Math.min(1, rule.probability * weight);
      if (rule.assumption) item.assumption = rule.assumption;
      items.push(item);
    }
  }
  return items;
}
