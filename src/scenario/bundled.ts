import claimsText from '../../scenarios/claims.json?raw';
import lensesText from '../../scenarios/lenses.json?raw';
import sourcesText from '../../scenarios/sources.json?raw';
import type { Scenario } from '../model/schema';
import { loadScenario, loadShared } from './load';
import type { LoadResult } from './result';

const scenarioTexts = import.meta.glob('../../scenarios/*.scenario.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Ids of the scenarios bundled with the game. */
export function bundledScenarioIds(): string[] {
  return Object.keys(scenarioTexts).map((path) =>
    path.replace(/^.*\//, '').replace('.scenario.json', ''),
  );
}

/** Load a bundled scenario by id through the same validation as the command line. */
export function loadBundledScenario(id: string): LoadResult<Scenario> {
  const shared = loadShared({
    'claims.json': claimsText,
    'sources.json': sourcesText,
    'lenses.json': lensesText,
  });
  if (!shared.ok) return shared;
  const entry = Object.entries(scenarioTexts).find(([path]) =>
    path.endsWith(`/${id}.scenario.json`),
  );
  if (!entry) {
    return {
      ok: false,
      errors: [{ file: `${id}.scenario.json`, path: '', message: 'no such scenario' }],
    };
  }
  return loadScenario(entry[1], `scenarios/${id}.scenario.json`, shared.value);
}
