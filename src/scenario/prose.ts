// Scenario prose, apart from the rules: every text a player reads (briefings, role briefs,
// options, costs, events, outcomes, objectives, questions, what happened next, the doctrine's
// reasons, the claims' paraphrases, the lenses, the sources' summaries and the record's notes)
// has a stable key made of ids, so a translation is a flat `key → text` file per locale
// (scenarios/text/<locale>/) that never touches the numbers, conditions or citations. English
// is written in the content files themselves and is the source every translation is checked
// against.
import type { RecordNote } from '../history/record-schema';
import type { Claim, Lens, ScenarioFile, Source } from '../model/schema';
import type { SharedContent } from './load';

/** A text file's keys and texts. */
export type ProseMap = Record<string, string>;

/** What a walker does with each text: returns the text to put in its place. */
type Visit = (key: string, text: string) => string;

function withTexts<T extends object>(
  item: T,
  prefix: string,
  fields: readonly (keyof T & string)[],
  visit: Visit,
): T {
  const out = { ...item } as Record<string, unknown>;
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') out[field] = visit(`${prefix}.${field}`, value);
  }
  return out as T;
}

function effectsOf<T extends { effects: { assumption?: string | undefined }[] }>(
  item: T,
  prefix: string,
  visit: Visit,
): T {
  return {
    ...item,
    effects: item.effects.map((effect, i) => {
      if (effect.assumption === undefined) return effect;
      return {
        ...effect,
        assumption: visit(`${prefix}.effects.${i}.assumption`, effect.assumption),
      };
    }),
  };
}

function mapClaim(claim: Claim, visit: Visit, prefix = 'claims'): Claim {
  return withTexts(claim, `${prefix}.${claim.id}`, ['text', 'plain', 'contextOnly'], visit);
}

/** Walk every text of a scenario file, replacing each with what `visit` returns. */
export function mapScenarioProse(file: ScenarioFile, visit: Visit): ScenarioFile {
  const capitals = { ...file.capitals };
  for (const c of Object.keys(capitals) as (keyof typeof capitals)[]) {
    const setup = capitals[c];
    capitals[c] = {
      ...setup,
      roleBrief: visit(`capitals.${c}.roleBrief`, setup.roleBrief),
      objectives: setup.objectives.map((o, i) => ({
        ...o,
        label: visit(`capitals.${c}.objectives.${i}.label`, o.label),
      })),
    };
  }
  const indicators = { ...file.indicators };
  for (const id of Object.keys(indicators) as (keyof typeof indicators)[]) {
    indicators[id] = { ...indicators[id], why: visit(`indicators.${id}.why`, indicators[id].why) };
  }
  return {
    ...file,
    title: visit('title', file.title),
    subtitle: visit('subtitle', file.subtitle),
    briefing: visit('briefing', file.briefing),
    learningObjectives: file.learningObjectives.map((s, i) => visit(`learningObjectives.${i}`, s)),
    debriefQuestions: file.debriefQuestions.map((s, i) => visit(`debriefQuestions.${i}`, s)),
    capitals,
    indicators,
    options: file.options.map((o) =>
      effectsOf(
        withTexts(
          o,
          `options.${o.id}`,
          ['label', 'summary', 'cost', 'unavailableReason', 'assumption'],
          visit,
        ),
        `options.${o.id}`,
        visit,
      ),
    ),
    rules: file.rules.map((r) =>
      effectsOf(
        withTexts(r, `rules.${r.id}`, ['title', 'explain', 'assumption'], visit),
        `rules.${r.id}`,
        visit,
      ),
    ),
    events: file.events.map((e) =>
      effectsOf(
        withTexts(e, `events.${e.id}`, ['title', 'text', 'assumption'], visit),
        `events.${e.id}`,
        visit,
      ),
    ),
    outcomes: file.outcomes.map((o) =>
      withTexts(o, `outcomes.${o.id}`, ['title', 'text', 'assumption'], visit),
    ),
    doctrine: file.doctrine.map((d) =>
      withTexts(d, `doctrine.${d.id}`, ['reason', 'assumption'], visit),
    ),
    claims: file.claims.map((c) => mapClaim(c, visit)),
    whatHappenedNext: file.whatHappenedNext.map((w, i) => ({
      ...w,
      text: visit(`whatHappenedNext.${i}.text`, w.text),
      source: visit(`whatHappenedNext.${i}.source`, w.source),
    })),
  };
}

/**
 * A record note's texts: its question, its answer and each figure. Its source is a citation and
 * stays as published.
 */
function mapNote(note: RecordNote, visit: Visit): RecordNote {
  const prefix = `notes.${note.id}`;
  return {
    ...withTexts(note, prefix, ['title', 'text'], visit),
    figures: note.figures.map((f, i) => visit(`${prefix}.figures.${i}`, f)),
  };
}

/** Walk every text of the shared content (claims, lenses, sources, the record's notes). */
export function mapSharedProse(shared: SharedContent, visit: Visit): SharedContent {
  return {
    claims: shared.claims.map((c) => mapClaim(c, visit)),
    lenses: shared.lenses.map((l: Lens) =>
      withTexts(l, `lenses.${l.id}`, ['title', 'summary'], visit),
    ),
    sources: shared.sources.map((s: Source) =>
      withTexts(s, `sources.${s.id}`, ['events', 'lean', 'summary'], visit),
    ),
    ...(shared.notes ? { notes: shared.notes.map((n) => mapNote(n, visit)) } : {}),
  };
}

/** Every text a walker visits, by key. */
function collect(walk: (visit: Visit) => unknown): ProseMap {
  const out: ProseMap = {};
  walk((key, value) => {
    out[key] = value;
    return value;
  });
  return out;
}

/** Every text of a scenario file, by key: what a translator translates. */
export function scenarioProse(file: ScenarioFile): ProseMap {
  return collect((visit) => mapScenarioProse(file, visit));
}

/** Every text of the shared content, by key. */
export function sharedProse(shared: SharedContent): ProseMap {
  return collect((visit) => mapSharedProse(shared, visit));
}

/** A lookup that puts a translation in place of each text it has (and leaves the rest English). */
export function translateWith(texts: ProseMap, mark: (text: string) => string = (s) => s): Visit {
  return (key, english) => {
    const own = texts[key];
    return own === undefined ? english : mark(own);
  };
}

const ASSUMPTION_KEY = /^(options|rules|events)\.(.+?)\.(?:effects\.(\d+)\.)?assumption$/;

/**
 * The words of a designer assumption a trace entry names by key (`rules.<id>.assumption`,
 * `options.<id>.effects.2.assumption`), in the scenario's language. A record from before keys
 * holds the words themselves, which are returned as they are.
 */
export function assumptionText(
  scenario: Pick<ScenarioFile, 'options' | 'rules' | 'events'>,
  keyOrText: string,
): string {
  const match = ASSUMPTION_KEY.exec(keyOrText);
  if (!match) return keyOrText;
  const [, list, id, effect] = match;
  const items: readonly {
    id: string;
    assumption?: string | undefined;
    effects: { assumption?: string | undefined }[];
  }[] = list === 'options' ? scenario.options : list === 'rules' ? scenario.rules : scenario.events;
  const item = items.find((i) => i.id === id);
  if (!item) return keyOrText;
  const text = effect === undefined ? item.assumption : item.effects[Number(effect)]?.assumption;
  return text ?? keyOrText;
}
