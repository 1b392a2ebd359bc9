import type { z } from 'zod';
import type { RecordNote } from '../history/record-schema';
import {
  type Claim,
  ClaimCatalogSchema,
  type Lens,
  LensCatalogSchema,
  type Scenario,
  ScenarioSchema,
  type Source,
  SourceManifestSchema,
} from '../model/schema';
import { checkReferences } from './references';
import { resolveScenario } from './resolve';
import { type ContentError, formatPath, type LoadResult, parseJsonText } from './result';

/** Validate data against a schema; every issue becomes a ContentError naming the path. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): LoadResult<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const errors: ContentError[] = result.error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, errors };
}

/** Load the claim catalog from its JSON text. */
export function loadCatalog(text: string, file: string): LoadResult<Claim[]> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseWith(ClaimCatalogSchema, json.value, file);
  return parsed.ok ? { ok: true, value: parsed.value.claims } : parsed;
}

/** Load the source manifest from its JSON text. */
export function loadSources(text: string, file: string): LoadResult<Source[]> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseWith(SourceManifestSchema, json.value, file);
  return parsed.ok ? { ok: true, value: parsed.value.sources } : parsed;
}

/** Load the analytic lenses from their JSON text. */
export function loadLenses(text: string, file: string): LoadResult<Lens[]> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseWith(LensCatalogSchema, json.value, file);
  return parsed.ok ? { ok: true, value: parsed.value.lenses } : parsed;
}

/** Shared content every scenario may cite. */
export interface SharedContent {
  claims: Claim[];
  sources: Source[];
  lenses: Lens[];
  /**
   * The record's notes on named claims (scenarios/record/record-notes.json), which the debrief
   * shows beside the model: shared texts like the claims', so they are translated with them.
   * Absent where the folder has no record (a test's own content).
   */
  notes?: RecordNote[];
}

/** The text of each shared file, by its name in scenarios/. */
export interface SharedTexts {
  'claims.json': string;
  'sources.json': string;
  'lenses.json': string;
}

/** Load all shared content from its texts; `dir` prefixes file names in messages. */
export function loadShared(texts: SharedTexts, dir = 'scenarios'): LoadResult<SharedContent> {
  const claims = loadCatalog(texts['claims.json'], `${dir}/claims.json`);
  const sources = loadSources(texts['sources.json'], `${dir}/sources.json`);
  const lenses = loadLenses(texts['lenses.json'], `${dir}/lenses.json`);
  if (claims.ok && sources.ok && lenses.ok) {
    return {
      ok: true,
      value: { claims: claims.value, sources: sources.value, lenses: lenses.value },
    };
  }
  const errors: ContentError[] = [];
  for (const result of [claims, sources, lenses]) if (!result.ok) errors.push(...result.errors);
  return { ok: false, errors };
}

/**
 * Load a scenario from its JSON text: schema first, then every cross-reference (claims,
 * options, events, source paragraphs). Returns all errors at once, each naming file and path.
 */
export function loadScenario(
  text: string,
  file: string,
  shared: SharedContent,
): LoadResult<Scenario> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = parseWith(ScenarioSchema, json.value, file);
  if (!parsed.ok) return parsed;
  const scenario = resolveScenario(parsed.value, shared);
  const errors = checkReferences(scenario, file, shared.sources);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: scenario };
}
