import type { RecordNote } from '../history/record-schema';
import type { Claim, Scenario, ScenarioFile } from '../model/schema';
import type { SharedContent } from './load';

/**
 * A scenario as the game holds it: the model's Scenario and, from the shared content, the
 * record's notes in the same language as its texts (the debrief shows them; the model never
 * reads them, so they are not in its type). Read them with `recordNotesOf`
 * (src/history/record-data.ts).
 */
export type ScenarioWithRecord = Scenario & { recordNotes?: readonly RecordNote[] };

/**
 * Index a scenario that has already passed the schema: the claims it may cite (shared catalog
 * plus its own), its options by id, the lenses and the sources. No validation happens here and
 * nothing imports Zod, so the browser can run it on content checked when the game was built.
 */
export function resolveScenario(data: ScenarioFile, shared: SharedContent): Scenario {
  const claimIndex: Record<string, Claim> = {};
  for (const claim of [...shared.claims, ...data.claims]) claimIndex[claim.id] = claim;
  const scenario: ScenarioWithRecord = {
    ...data,
    claimIndex,
    optionIndex: Object.fromEntries(data.options.map((o) => [o.id, o])),
    lenses: shared.lenses,
    sourceIndex: Object.fromEntries(shared.sources.map((source) => [source.id, source])),
  };
  if (shared.notes) scenario.recordNotes = shared.notes;
  return scenario;
}

/** The file form of a resolved scenario: the indexes dropped again. */
export function scenarioFileOf(scenario: Scenario): ScenarioFile {
  const { claimIndex, optionIndex, lenses, sourceIndex, recordNotes, ...file } =
    scenario as ScenarioWithRecord;
  return file;
}
