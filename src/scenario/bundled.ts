// The scenarios shipped with the game, checked when the game was built (content-plugin.ts):
// the browser only indexes them, it does not validate them again.
import { problems, scenarios, shared } from 'virtual:overflight-content';
import type { Scenario } from '../model/schema';
import { resolveScenario } from './resolve';
import type { LoadResult } from './result';

let resolved: Scenario[] | null = null;

/** Every bundled scenario that passed its checks, oldest crisis first. */
export function bundledScenarios(): Scenario[] {
  resolved ??= scenarios.map((data) => resolveScenario(data, shared));
  return resolved;
}

/** Problems found in the bundled content (only ever non-empty in development). */
export function bundledProblems(): readonly string[] {
  return problems;
}

/** Ids of the scenarios bundled with the game. */
export function bundledScenarioIds(): string[] {
  return scenarios.map((s) => s.id);
}

/** A bundled scenario by id, or why there is none. */
export function loadBundledScenario(id: string): LoadResult<Scenario> {
  const scenario = bundledScenarios().find((s) => s.id === id);
  if (scenario) return { ok: true, value: scenario };
  const problem = problems.find((p) => p.includes(`${id}.scenario.json`));
  return {
    ok: false,
    errors: [
      {
        file: `${id}.scenario.json`,
        path: '',
        message: problem ?? 'no such scenario',
      },
    ],
  };
}
