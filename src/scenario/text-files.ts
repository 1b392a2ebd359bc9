// The translated content files on disk (scenarios/text/<locale>/<name>.json): one per scenario,
// named by its id, and `shared.json` for the claims, lenses and sources. Node only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../i18n/locales';
import { loadScenarioFile, loadSharedFrom, SCENARIO_DIR, scenarioFiles } from './files';
import { type ProseMap, scenarioProse, sharedProse } from './prose';
import { scenarioFileOf } from './resolve';

/** The folder of translated content. */
export const TEXT_DIR = join(SCENARIO_DIR, 'text');
/** The name of the shared content's text file. */
export const SHARED_TEXT = 'shared';

/** Every content file's English texts, by file name (`shared` and each scenario id). */
export function englishContent(dir: string = SCENARIO_DIR): Record<string, ProseMap> {
  const out: Record<string, ProseMap> = {};
  const shared = loadSharedFrom(dir);
  if (!shared.ok) return out;
  out[SHARED_TEXT] = sharedProse(shared.value);
  for (const path of scenarioFiles(dir)) {
    const loaded = loadScenarioFile(path, shared.value);
    if (loaded.ok) out[loaded.value.id] = scenarioProse(scenarioFileOf(loaded.value));
  }
  return out;
}

/** One content file's English texts, or null. */
export function englishTexts(name: string, dir: string = SCENARIO_DIR): ProseMap | null {
  return englishContent(dir)[name] ?? null;
}

/** The path of a locale's text file. */
export function textPath(locale: Locale, name: string, dir: string = SCENARIO_DIR): string {
  return join(dir, 'text', locale, `${name}.json`);
}

/** A locale's text files as written, by name (unparsed problems are the caller's to report). */
export function textFileNames(locale: Locale, dir: string = SCENARIO_DIR): string[] {
  const folder = join(dir, 'text', locale);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Read a text file's raw JSON text, or null when it does not exist. */
export function readTextFile(
  locale: Locale,
  name: string,
  dir: string = SCENARIO_DIR,
): string | null {
  const path = textPath(locale, name, dir);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** The locales that translate content (every one but English). */
export const TRANSLATED_LOCALES = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');
