// Scenario content is checked when the game is built, not in the player's browser: this Vite
// plugin runs the same loader as `npm run validate` (schema and every cross-reference) over
// scenarios/ and hands the game the checked data as a module, `virtual:overflight-content`.
// A production build with a broken scenario fails with one `file: path: message` line per
// problem; the dev server and the tests instead pass the problems on, so the game can list them
// on screen while the scenarios that are fine stay playable.
import type { Plugin } from 'vite';
import type { ScenarioFile } from '../model/schema';
import { loadScenarioFile, loadSharedFrom, SCENARIO_DIR, scenarioFiles } from './files';
import type { SharedContent } from './load';
import { scenarioFileOf } from './resolve';
import { formatError } from './result';

/** The id the game imports the checked content by. */
export const CONTENT_MODULE = 'virtual:overflight-content';
const RESOLVED_ID = `\0${CONTENT_MODULE}`;

/** What the game ships: shared content, every scenario that passed, and what did not. */
export interface CheckedContent {
  shared: SharedContent;
  scenarios: ScenarioFile[];
  /** One `file: path: message` line per problem found. */
  problems: string[];
}

/** Load and check every scenario in a folder with the command line's own loader. */
export function checkContent(dir: string = SCENARIO_DIR): CheckedContent {
  const shared = loadSharedFrom(dir);
  if (!shared.ok) {
    return {
      shared: { claims: [], sources: [], lenses: [] },
      scenarios: [],
      problems: shared.errors.map(formatError),
    };
  }
  const scenarios: ScenarioFile[] = [];
  const problems: string[] = [];
  for (const path of scenarioFiles(dir)) {
    const loaded = loadScenarioFile(path, shared.value);
    if (loaded.ok) scenarios.push(scenarioFileOf(loaded.value));
    else problems.push(...loaded.errors.map(formatError));
  }
  scenarios.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  return { shared: shared.value, scenarios, problems };
}

/**
 * The module's source. Data goes in as JSON text for JSON.parse, which browsers parse faster
 * than the same data written as a JavaScript object literal.
 */
export function contentModuleSource(content: CheckedContent): string {
  const json = (value: unknown) => JSON.stringify(JSON.stringify(value));
  return [
    `export const shared = JSON.parse(${json(content.shared)});`,
    `export const scenarios = JSON.parse(${json(content.scenarios)});`,
    `export const problems = ${JSON.stringify(content.problems)};`,
    '',
  ].join('\n');
}

/** The Vite plugin; `dir` is the scenarios folder (the repository's by default). */
export function contentPlugin(dir: string = SCENARIO_DIR): Plugin {
  let failOnProblems = false;
  return {
    name: 'overflight-content',
    configResolved(config) {
      failOnProblems = config.command === 'build' && !config.test;
    },
    resolveId(id) {
      return id === CONTENT_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const name of ['claims.json', 'sources.json', 'lenses.json'])
        this.addWatchFile(`${dir}/${name}`);
      for (const path of scenarioFiles(dir)) this.addWatchFile(path);
      const content = checkContent(dir);
      if (failOnProblems && content.problems.length > 0) {
        this.error(
          `scenario content has ${content.problems.length} problem(s):\n${content.problems.join('\n')}`,
        );
      }
      return contentModuleSource(content);
    },
  };
}
