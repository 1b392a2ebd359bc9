import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Scenario } from '../model/schema';
import { loadScenario, loadShared, type SharedContent, type SharedTexts } from './load';
import { loadRecordNotes, RECORD_FILES } from './record';
import type { ContentError, LoadResult } from './result';

/**
 * The checkout's root: the nearest folder above this module with a package.json and a scenarios
 * folder (the same answer from src/scenario/ and from the bundled server in dist-server/).
 */
function checkoutRoot(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'scenarios'))) return dir;
    if (dirname(dir) === dir) return join(import.meta.dirname, '..', '..');
  }
}

/** The root folder of this checkout. */
export const CHECKOUT_ROOT = checkoutRoot();

/** The scenarios folder of this checkout. */
export const SCENARIO_DIR = join(CHECKOUT_ROOT, 'scenarios');

/** The largest content file read: scenario files are a few hundred KB; more is not one. */
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

/** Read a content file as text: refuses devices and files over MAX_CONTENT_BYTES, never hangs. */
export function readText(path: string): LoadResult<string> {
  const fail = (message: string): LoadResult<string> => ({
    ok: false,
    errors: [{ file: display(path), path: '', message }],
  });
  try {
    // A device or a huge file (say /dev/zero) would be read forever: check before reading.
    const info = statSync(path);
    if (!info.isFile()) return fail('is not a regular file');
    if (info.size > MAX_CONTENT_BYTES)
      return fail(`is ${info.size} bytes; at most ${MAX_CONTENT_BYTES} are read`);
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch {
    return fail('cannot be read (missing?)');
  }
}

/** A path as shown in messages: relative to the working directory when inside it. */
export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Load the shared content (claims, sources, lenses) from a scenarios folder. */
export function loadSharedFrom(dir: string = SCENARIO_DIR): LoadResult<SharedContent> {
  const texts: Partial<SharedTexts> = {};
  const errors: ContentError[] = [];
  for (const name of ['claims.json', 'sources.json', 'lenses.json'] as const) {
    const text = readText(join(dir, name));
    if (text.ok) texts[name] = text.value;
    else errors.push(...text.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  const shared = loadShared(texts as SharedTexts, display(dir));
  if (!shared.ok) return shared;
  // The record's notes go with the shared texts when they load (validate reports them if not).
  const notesPath = join(dir, RECORD_FILES.notes);
  const notesText = existsSync(notesPath) ? readText(notesPath) : null;
  const notes = notesText?.ok
    ? loadRecordNotes(notesText.value, display(notesPath), shared.value.claims)
    : null;
  return notes?.ok ? { ok: true, value: { ...shared.value, notes: notes.value.notes } } : shared;
}

/** Every scenario file in a folder (`*.scenario.json`). */
export function scenarioFiles(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.scenario.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Load one scenario file with the shared content beside it. */
export function loadScenarioFile(path: string, shared: SharedContent): LoadResult<Scenario> {
  const text = readText(path);
  if (!text.ok) return text;
  return loadScenario(text.value, display(path), shared);
}

/** Find a scenario by id (the file name without `.scenario.json`) and load it. */
export function loadScenarioById(id: string, dir: string = SCENARIO_DIR): LoadResult<Scenario> {
  const shared = loadSharedFrom(dir);
  if (!shared.ok) return shared;
  const path = scenarioFiles(dir).find((p) => basename(p) === `${id}.scenario.json`);
  if (!path) {
    const known = scenarioFiles(dir).map((p) => basename(p, '.scenario.json'));
    return {
      ok: false,
      errors: [
        {
          file: `${id}.scenario.json`,
          path: '',
          message: `no such scenario; known: ${known.join(', ')}`,
        },
      ],
    };
  }
  return loadScenarioFile(path, shared.value);
}

/** Load a scenario named by id, or by a path to a scenario file. */
export function loadScenarioRef(ref: string): LoadResult<Scenario> {
  if (!ref.endsWith('.json') && !ref.includes('/')) return loadScenarioById(ref);
  const shared = loadSharedFrom();
  if (!shared.ok) return shared;
  return loadScenarioFile(resolve(ref), shared.value);
}

/** Every scenario of a folder, loaded; any problem in any file fails the whole load. */
export function loadAllScenarios(dir: string = SCENARIO_DIR): LoadResult<Scenario[]> {
  const shared = loadSharedFrom(dir);
  if (!shared.ok) return shared;
  const scenarios: Scenario[] = [];
  const errors: ContentError[] = [];
  for (const path of scenarioFiles(dir)) {
    const loaded = loadScenarioFile(path, shared.value);
    if (loaded.ok) scenarios.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: scenarios };
}
