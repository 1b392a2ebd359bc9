// The scenarios shipped with the game, checked when the game was built (content-plugin.ts):
// the browser only indexes them, it does not validate them again. Their prose is shown in the
// page's language: a language's translations are installed once, before the first screen.
import { problems, scenarios, shared } from 'virtual:overflight-content';
import type { Scenario } from '../model/schema';
import type { SharedContent } from './load';
import { mapScenarioProse, mapSharedProse, type ProseMap, translateWith } from './prose';
import { resolveScenario } from './resolve';
import type { LoadResult } from './result';

let resolved: Scenario[] | null = null;
let texts: Record<string, ProseMap> = {};
let mark: (text: string) => string = (text) => text;

/**
 * Show the bundled content in a language: its translations by file name (`shared` and each
 * scenario id), and a mark for every text (the pseudo-locale's). Texts a translation lacks stay
 * English. Call before the first screen; scenarios handed out earlier keep their language.
 */
export function installContentText(
  translations: Record<string, ProseMap>,
  marker: (text: string) => string = (text) => text,
): void {
  texts = translations;
  mark = marker;
  resolved = null;
}

function localShared(): SharedContent {
  const own = texts.shared ?? {};
  return mapSharedProse(shared, (key, english) => mark(own[key] ?? english));
}

/** Every bundled scenario that passed its checks, oldest crisis first, in the page's language. */
export function bundledScenarios(): Scenario[] {
  if (!resolved) {
    const common = localShared();
    resolved = scenarios.map((data) =>
      resolveScenario(
        mapScenarioProse(data, (key, english) =>
          mark(translateWith(texts[data.id] ?? {})(key, english)),
        ),
        common,
      ),
    );
  }
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
