import { evaluate } from './conditions';
import { contextFor } from './engine';
import type { CapitalId, IndicatorId } from './ids';
import { lensFactor } from './lens';
import { optionsFor } from './options';
import type { Effect, Option, Rule, Scenario } from './schema';
import type { Decisions, PublicGame } from './state';

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
 * own effects (as stated: a lens never reweighs a decision), plus every rule whose condition
 * holds with this choice and would fail had the capital chosen another open option instead
 * (given the state and the decisions the capital can already see). A rule's range and chance
 * follow the game's lens.
 */
export function forecastOption(
  scenario: Scenario,
  game: PublicGame,
  capital: CapitalId,
  optionId: string,
  visible: Partial<Decisions> = {},
): ForecastItem[] {
  const option = scenario.optionIndex[optionId];
  if (!option) return [];
  const weigh = (claims: readonly string[]) => lensFactor(scenario, game.lens, claims);
  const items = optionEffects(option);
  const withChoice = (id: string) =>
    contextFor(scenario, game, { ...visible, [capital]: { optionId: id, by: 'human' } });
  const chosen = withChoice(optionId);
  const others = optionsFor(scenario, game, capital)
    .filter((view) => view.available && view.option.id !== optionId)
    .map((view) => withChoice(view.option.id));
  for (const rule of scenario.rules) {
    if (!evaluate(rule.when, chosen) || others.every((ctx) => evaluate(rule.when, ctx))) continue;
    items.push(...ruleItems(rule, weigh));
  }
  return items;
}

/** An option's own effects, each with its evidence, at weight 1. */
export function optionEffects(option: Option): ForecastItem[] {
  const items: ForecastItem[] = [];
  for (const effect of option.effects) {
    const own = effect.claims !== undefined || effect.assumption !== undefined;
    const claims = own ? (effect.claims ?? []) : option.claims;
    const assumption = own ? effect.assumption : option.assumption;
    const [min, max] = rangeOf(effect, 1);
    if (min === 0 && max === 0) continue;
    items.push({
      indicator: effect.indicator,
      min,
      max,
      source: { kind: 'option' },
      claims,
      ...(assumption !== undefined ? { assumption } : {}),
    });
  }
  return items;
}

/**
 * What a rule would change, weighted by the lens as the engine weighs it: an effect by its own
 * claims when it has them (else the rule's), the rule's chance by the rule's claims.
 */
export function ruleItems(
  rule: Rule,
  weigh: (claims: readonly string[]) => number,
): ForecastItem[] {
  const items: ForecastItem[] = [];
  const weight = weigh(rule.claims);
  for (const effect of rule.effects) {
    const own = effect.claims !== undefined || effect.assumption !== undefined;
    const [min, max] = rangeOf(effect, weigh(own ? (effect.claims ?? []) : rule.claims));
    if (min === 0 && max === 0) continue;
    const item: ForecastItem = {
      indicator: effect.indicator,
      min,
      max,
      source: { kind: 'rule', ruleId: rule.id, title: rule.title },
      claims: effect.claims ?? rule.claims,
    };
    if (rule.probability !== undefined) item.probability = Math.min(1, rule.probability * weight);
    if (rule.assumption !== undefined) item.assumption = rule.assumption;
    items.push(item);
  }
  return items;
}
