import { evaluate } from './conditions';
import { contextFor } from './engine';
import type { CapitalId } from './ids';
import type { Option, Scenario } from './schema';
import type { GameState } from './state';

/** An option as a capital sees it this round: open, or closed with the reason. */
export interface OptionView {
  option: Option;
  available: boolean;
  reason?: string;
}

// A game state never changes once made, and the machines ask about the same state many times
// a round (to open turns, to check each intent): remember the answer per state and capital.
const seen = new WeakMap<GameState, Map<CapitalId, OptionView[]>>();

/** Every option of a capital with its availability at the start of the current round. */
export function optionsFor(scenario: Scenario, game: GameState, capital: CapitalId): OptionView[] {
  let byCapital = seen.get(game);
  if (!byCapital) {
    byCapital = new Map();
    seen.set(game, byCapital);
  }
  let views = byCapital.get(capital);
  if (!views) {
    views = computeOptions(scenario, game, capital);
    byCapital.set(capital, views);
  }
  return views;
}

function computeOptions(scenario: Scenario, game: GameState, capital: CapitalId): OptionView[] {
  const ctx = contextFor(scenario, game, {});
  return scenario.options
    .filter((option) => option.capital === capital)
    .map((option) => {
      if (!option.available || evaluate(option.available, ctx)) return { option, available: true };
      return { option, available: false, reason: option.unavailableReason ?? 'Not available now.' };
    });
}

/** Ids of the options a capital may choose this round. */
export function legalOptionIds(scenario: Scenario, game: GameState, capital: CapitalId): string[] {
  return optionsFor(scenario, game, capital)
    .filter((view) => view.available)
    .map((view) => view.option.id);
}

/** Whether a capital may choose an option this round. */
export function isOptionAvailable(
  scenario: Scenario,
  game: GameState,
  capital: CapitalId,
  optionId: string,
): boolean {
  return legalOptionIds(scenario, game, capital).includes(optionId);
}
