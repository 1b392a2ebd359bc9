// The scenarios shipped with the game, checked when the game was built (content-plugin.ts):
// the browser only indexes them, it does not validate them again. Their rules ship with the
// page; their texts come in the page's language: every scenario's summary (title, briefing,
// learning objectives) and the shared content with the language, the rest of a scenario's texts
// when it is opened (`ensureScenarioTexts`, which the screens call before showing it).
import { problems, scenarios, shared } from 'virtual:overflight-content';
import { loaders } from 'virtual:overflight-text-loaders';
import type { Locale } from '../i18n/locales';
import type { Scenario } from '../model/schema';
import type { SharedContent } from './load';
import { mapScenarioProse, mapSharedProse, type ProseMap } from './prose';
import { resolveScenario } from './resolve';
import type { LoadResult } from './result';

let resolved: Scenario[] | null = null;
let texts: Record<string, ProseMap> = {};
let mark: (text: string) => string = (text) => text;
let language: Locale = 'en';
const complete = new Set<string>();
const loading = new Map<string, Promise<void>>();

/**
 * Show the bundled content in a language: its texts by file name (`shared`, and each scenario's
 * summary by its id), and a mark for every text (the pseudo-locale's). Call before the first
 * screen; scenarios handed out earlier keep their language.
 */
export function installContentText(
  translations: Record<string, ProseMap>,
  marker: (text: string) => string = (text) => text,
  locale: Locale = 'en',
): void {
  texts = translations;
  mark = marker;
  language = locale;
  resolved = null;
  complete.clear();
  loading.clear();
}

function localShared(): SharedContent {
  const own = texts.shared ?? {};
  return mapSharedProse(shared, (key) => mark(own[key] ?? ''));
}

/** Every bundled scenario that passed its checks, oldest crisis first, in the page's language. */
export function bundledScenarios(): Scenario[] {
  if (!resolved) {
    const common = localShared();
    resolved = scenarios.map((data) =>
      resolveScenario(
        mapScenarioProse(data, (key) => mark(texts[data.id]?.[key] ?? '')),
        common,
      ),
    );
  }
  return resolved;
}

/** Copy every text of `from` into the same places of `into` (same shape), in place. */
function fillTexts(into: unknown, from: unknown): void {
  if (!into || !from || typeof into !== 'object' || typeof from !== 'object') return;
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from as Record<string, unknown>)) {
    if (typeof value === 'string') {
      if (typeof target[key] === 'string') target[key] = value;
    } else fillTexts(target[key], value);
  }
}

/** Whether a scenario's every text is in (its summary always is). */
export function scenarioTextsReady(id: string): boolean {
  return complete.has(id) || !loaders[language]?.[id];
}

/**
 * Bring in the whole text of these scenarios, once each; the scenario objects already handed
 * out are filled in place, so every screen holding one reads the new texts.
 */
export function ensureScenarioTexts(ids: readonly string[]): Promise<void> {
  const all = bundledScenarios();
  return Promise.all(
    ids
      .filter((id) => !scenarioTextsReady(id))
      .map((id) => {
        let pending = loading.get(id);
        if (!pending) {
          const load = loaders[language]?.[id] as () => Promise<{ texts: ProseMap }>;
          pending = load().then((module) => {
            const scenario = all.find((s) => s.id === id);
            const data = scenarios.find((s) => s.id === id);
            if (scenario && data)
              fillTexts(
                scenario,
                mapScenarioProse(data, (key) => mark(module.texts[key] ?? '')),
              );
            complete.add(id);
          });
          loading.set(id, pending);
        }
        return pending;
      }),
  ).then(() => undefined);
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
