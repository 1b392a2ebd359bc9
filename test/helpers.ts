import type { CapitalId } from '../src/model/ids';
import type { Scenario } from '../src/model/schema';
import type { Decision, Decisions } from '../src/model/state';
import { loadScenarioById } from '../src/scenario/files';
import { formatError } from '../src/scenario/result';

/** The scenario the core ships with. */
export const AUG_2017 = 'aug-2017-overflight';

const cache = new Map<string, Scenario>();

/** Load a bundled scenario or fail the test with the loader's own messages. */
export function scenario(id: string = AUG_2017): Scenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const result = loadScenarioById(id);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  cache.set(id, result.value);
  return result.value;
}

/** Decisions from option ids, as a human would make them. */
export function decisions(choices: Record<CapitalId, string>): Decisions {
  const entry = (optionId: string): Decision => ({ optionId, by: 'human' });
  return {
    northKorea: entry(choices.northKorea),
    us: entry(choices.us),
    japan: entry(choices.japan),
    southKorea: entry(choices.southKorea),
  };
}

/** A quiet round: nobody does anything provocative. */
export const QUIET: Record<CapitalId, string> = {
  northKorea: 'nk.pause',
  us: 'us.press-china',
  japan: 'japan.protest',
  southKorea: 'sk.outreach',
};

/** Browser storage kept in memory, and the map behind it. */
export function memory() {
  const map = new Map<string, string>();
  return {
    map,
    storage: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    },
  };
}
