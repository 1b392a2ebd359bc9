import claimsText from '../../scenarios/claims.json?raw';
import sourcesText from '../../scenarios/sources.json?raw';
import type { Scenario } from '../model/schema';
import { loadCatalog, loadScenario, loadSources } from './load';
import type { ContentError, LoadResult } from './result';

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
  const claims = loadCatalog(claimsText, 'scenarios/claims.json');
  const sources = loadSources(sourcesText, 'scenarios/sources.json');
  const errors: ContentError[] = [];
  if (!claims.ok) errors.push(...claims.errors);
  if (!sources.ok) errors.push(...sources.errors);
  if (!claims.ok || !sources.ok) return { ok: false, errors };
  const entry = Object.entries(scenarioTexts).find(([path]) =>
    path.endsWith(`/${id}.scenario.json`),
  );
  if (!entry)
    return {
      ok: false,
      errors: [{ file: `${id}.scenario.json`, path: '', message: 'no such scenario' }],
    };
  return loadScenario(entry[1], `scenarios/${id}.scenario.json`, {
    claims: claims.value,
    sources: sources.value,
  });
}
