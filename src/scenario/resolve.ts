import type { Claim, Scenario, ScenarioFile } from '../model/schema';
import type { SharedContent } from './load';

/**
 * Index a scenario that has already passed the schema: the claims it may cite (shared catalog
 * plus its own), its options by id, the lenses and the sources. No validation happens here and
 * nothing imports Zod, so the browser can run it on content checked when the game was built.
 */
export function resolveScenario(data: ScenarioFile, shared: SharedContent): Scenario {
  const claimIndex: Record<string, Claim> = {};
  for (const claim of [...shared.claims, ...data.claims]) claimIndex[claim.id] = claim;
  return {
    ...data,
    claimIndex,
    optionIndex: Object.fromEntries(data.options.map((o) => [o.id, o])),
    lenses: shared.lenses,
    sourceIndex: Object.fromEntries(shared.sources.map((source) => [source.id, source])),
  };
}

/** The file form of a resolved scenario: the indexes dropped again. */
export function scenarioFileOf(scenario: Scenario): ScenarioFile {
  const { claimIndex, optionIndex, lenses, sourceIndex, ...file } = scenario;
  return file;
}
