import { playGame } from '../model/game';
import { CAPITALS } from '../model/ids';
import { legalOptionIds } from '../model/options';
import { Dice } from '../model/rng';
import type { Scenario } from '../model/schema';

/**
 * Options that were never open in `games` seeded games of random legal play (every capital
 * picks uniformly among its open options, both turn orders, every lens). An option listed here
 * is, in practice, unreachable: its availability condition is likely wrong.
 */
export function unreachableOptions(scenario: Scenario, games = 200): string[] {
  const seen = new Set<string>();
  const lenses = scenario.lenses.map((l) => l.id);
  for (let seed = 1; seed <= games; seed++) {
    const dice = Dice.derived(seed, 0x5eed);
    playGame(scenario, {
      seed,
      lens: lenses[seed % lenses.length],
      turnOrder: seed % 2 ? 'sealed' : 'sequential',
      chooser: (capital, game) => {
        const legal = legalOptionIds(scenario, game, capital);
        if (capital === CAPITALS[0])
          for (const c of CAPITALS)
            for (const id of legalOptionIds(scenario, game, c)) seen.add(id);
        return { optionId: legal[dice.int(0, legal.length - 1)] as string, by: 'human' };
      },
    });
    if (seen.size === scenario.options.length) break;
  }
  return scenario.options.filter((o) => !seen.has(o.id)).map((o) => o.id);
}
