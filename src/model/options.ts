import { compiled, type Test } from './conditions';
import { contextFor } from './engine';
import type { CapitalId } from './ids';
import type { Option, Scenario } from './schema';
import type { PublicGame } from './state';

/** An option as a capital sees it this round: open, or closed with the reason. */
export interface OptionView {
  option: Option;
  available: boolean;
  /**
   * Why a closed option is closed, when the scenario says (its prose, in the language it was
   * loaded in). The model words nothing itself: without a reason, a display says its own.
   */
  reason?: string;
}

// A game state never changes once made, and the machines ask about the same state many times
// a round (to open turns, to check each intent): remember the answers for the latest state
// asked about. One slot rather than a map keyed by state: callers ask about one state at a time,
// and a weak map entry per state cost more than it saved in games played back to back.
let lastGame: PublicGame | undefined;
let lastScenario: Scenario | undefined;
let lastViews: Partial<Record<CapitalId, OptionView[]>> = {};

/** Every option of a capital with its availability at the start of the current round. */
export function optionsFor(scenario: Scenario, game: PublicGame, capital: CapitalId): OptionView[] {
  if (game !== lastGame || scenario !== lastScenario) {
    lastGame = game;
    lastScenario = scenario;
    lastViews = {};
  }
  let views = lastViews[capital];
  if (!views) {
    views = computeOptions(scenario, game, capital);
    lastViews[capital] = views;
  }
  return views;
}

/** An option and its availability condition, compiled (none: always open). */
interface OptionEntry {
  option: Option;
  test: Test | undefined;
}

// Each capital's options in scenario order, listed once per scenario.
const byCapital = new WeakMap<Scenario, Map<CapitalId, OptionEntry[]>>();

function optionsOf(scenario: Scenario, capital: CapitalId): OptionEntry[] {
  let lists = byCapital.get(scenario);
  if (!lists) {
    lists = new Map();
    byCapital.set(scenario, lists);
  }
  let list = lists.get(capital);
  if (!list) {
    list = scenario.options
      .filter((option) => option.capital === capital)
      .map((option) => ({
        option,
        test: option.available ? compiled(option.available) : undefined,
      }));
    lists.set(capital, list);
  }
  return list;
}

function computeOptions(scenario: Scenario, game: PublicGame, capital: CapitalId): OptionView[] {
  const ctx = contextFor(scenario, game, {});
  const views: OptionView[] = [];
  for (const { option, test } of optionsOf(scenario, capital)) {
    if (!test || test(ctx)) views.push({ option, available: true });
    else
      views.push({
        option,
        available: false,
        ...(option.unavailableReason ? { reason: option.unavailableReason } : {}),
      });
  }
  return views;
}

/** Ids of the options a capital may choose this round. */
export function legalOptionIds(scenario: Scenario, game: PublicGame, capital: CapitalId): string[] {
  return optionsFor(scenario, game, capital)
    .filter((view) => view.available)
    .map((view) => view.option.id);
}

/** Whether a capital may choose an option this round. */
export function isOptionAvailable(
  scenario: Scenario,
  game: PublicGame,
  capital: CapitalId,
  optionId: string,
): boolean {
  return legalOptionIds(scenario, game, capital).includes(optionId);
}
