// Scenario content is checked when the game is built, not in the player's browser: this Vite
// plugin runs the same loader as `npm run validate` (schema and every cross-reference) over
// scenarios/ and hands the game the checked data as a module, `virtual:overflight-content`.
// A production build with a broken scenario fails with one `file: path: message` line per
// problem; the dev server and the tests instead pass the problems on, so the game can list them
// on screen while the scenarios that are fine stay playable.
import type { Plugin } from 'vite';
import { catalogFiles, readCatalog } from '../i18n/catalog-files';
import { EN } from '../i18n/en';
import { isLocale, LOCALES } from '../i18n/locales';
import type { ScenarioFile } from '../model/schema';
import { loadScenarioFile, loadSharedFrom, SCENARIO_DIR, scenarioFiles } from './files';
import type { SharedContent } from './load';
import { mapScenarioProse, mapSharedProse } from './prose';
import { scenarioFileOf } from './resolve';
import { formatError } from './result';
import { englishContent, readTextFile, SHARED_TEXT, textFileNames, textPath } from './text-files';

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
  // The rules only: every text is left empty here and comes from the page's language module,
  // so a Japanese page never downloads the English prose, nor an English page the Japanese.
  const blank = () => '';
  const shared = mapSharedProse(content.shared, blank);
  const scenarios = content.scenarios.map((s) => mapScenarioProse(s, blank));
  return [
    `export const shared = JSON.parse(${json(shared)});`,
    `export const scenarios = JSON.parse(${json(scenarios)});`,
    `export const problems = ${JSON.stringify(content.problems)};`,
    '',
  ].join('\n');
}

/** The prefix of a language's module: `virtual:overflight-locale/ja`. */
export const LOCALE_MODULE = 'virtual:overflight-locale/';
/** The module that knows how to load each scenario's texts in each language. */
export const TEXT_LOADERS_MODULE = 'virtual:overflight-text-loaders';

/**
 * The texts of a scenario every scenario list shows (its title, summary, briefing and learning
 * objectives): shipped with the language, so the list needs nothing more. The rest of a
 * scenario's texts arrive when it is opened.
 */
export function isSummaryKey(key: string): boolean {
  return /^(title|subtitle|briefing|learningObjectives\.\d+)$/.test(key);
}

/** Each content file's texts in a language: its translation over its English. */
function textsIn(locale: string, dir: string): Record<string, Record<string, string>> {
  const english = englishContent(dir);
  if (!isLocale(locale) || locale === 'en') return english;
  const content: Record<string, Record<string, string>> = {};
  for (const [name, texts] of Object.entries(english)) {
    let own: Record<string, unknown> = {};
    try {
      own = JSON.parse(readTextFile(locale, name, dir) ?? '{}');
    } catch {
      // Reported by validate; the game shows this file's texts in English.
    }
    content[name] = Object.fromEntries(
      Object.entries(texts).map(([key, text]) => [
        key,
        typeof own[key] === 'string' ? (own[key] as string) : text,
      ]),
    );
  }
  return content;
}

const jsonText = (value: unknown) => JSON.stringify(JSON.stringify(value));

/**
 * A language's module: its UI catalog, the shared content's texts and each scenario's summary
 * texts. A text not translated yet shows in English (validate names it).
 */
export function localeModuleSource(locale: string, dir: string = SCENARIO_DIR): string {
  const content: Record<string, Record<string, string>> = {};
  for (const [name, texts] of Object.entries(textsIn(locale, dir)))
    content[name] =
      name === SHARED_TEXT
        ? texts
        : Object.fromEntries(Object.entries(texts).filter(([key]) => isSummaryKey(key)));
  // A key not translated yet shows its English (validate names it): the page needs no other.
  const ui = isLocale(locale) && locale !== 'en' ? { ...EN, ...readCatalog(locale) } : {};
  return [
    `export const ui = JSON.parse(${jsonText(ui)});`,
    `export const content = JSON.parse(${jsonText(content)});`,
    '',
  ].join('\n');
}

/** One scenario's texts in one language (`virtual:overflight-locale/ja/<scenario id>`). */
export function scenarioTextSource(locale: string, id: string, dir: string = SCENARIO_DIR): string {
  return `export const texts = JSON.parse(${jsonText(textsIn(locale, dir)[id] ?? {})});\n`;
}

/** The loaders of every scenario's texts, by language and scenario id. */
export function textLoadersSource(dir: string = SCENARIO_DIR): string {
  const ids = Object.keys(englishContent(dir)).filter((name) => name !== SHARED_TEXT);
  const byLocale = LOCALES.map(
    (locale) =>
      `  ${locale}: {\n${ids
        .map(
          (id) =>
            `    ${JSON.stringify(id)}: () => import(${JSON.stringify(`${LOCALE_MODULE}${locale}/${id}`)}),`,
        )
        .join('\n')}\n  },`,
  );
  const languages = LOCALES.map(
    (locale) => `  ${locale}: () => import(${JSON.stringify(`${LOCALE_MODULE}${locale}`)}),`,
  );
  return [
    `export const loaders = {\n${byLocale.join('\n')}\n};`,
    `export const languages = {\n${languages.join('\n')}\n};`,
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
      if (id.startsWith(LOCALE_MODULE) || id === TEXT_LOADERS_MODULE) return `\0${id}`;
      return id === CONTENT_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id === `\0${TEXT_LOADERS_MODULE}`) return textLoadersSource(dir);
      if (id.startsWith(`\0${LOCALE_MODULE}`)) {
        const [locale = '', scenarioId] = id.slice(`\0${LOCALE_MODULE}`.length).split('/');
        // Files, not folders: the dev server resolves every watched path as an import.
        for (const name of ['claims.json', 'sources.json', 'lenses.json'])
          this.addWatchFile(`${dir}/${name}`);
        for (const path of scenarioFiles(dir)) this.addWatchFile(path);
        if (isLocale(locale) && locale !== 'en') {
          for (const name of textFileNames(locale, dir))
            this.addWatchFile(textPath(locale, name, dir));
          for (const file of catalogFiles(locale)) this.addWatchFile(file.path);
        }
        return scenarioId
          ? scenarioTextSource(locale, scenarioId, dir)
          : localeModuleSource(locale, dir);
      }
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
