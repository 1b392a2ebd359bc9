import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkTranslations } from '../i18n/translation-check';
import {
  checkCatalog,
  checkCoverage,
  checkLenses,
  checkSourceSummaries,
  claimsUsedBy,
} from '../scenario/catalog-checks';
import {
  display,
  loadScenarioFile,
  loadSharedFrom,
  SCENARIO_DIR,
  scenarioFiles,
} from '../scenario/files';
import { checkParaphrase, sourceShingles } from '../scenario/paraphrase';
import { loadLaunchRecord, loadRecordNotes, RECORD_FILES } from '../scenario/record';
import { type ContentError, formatError } from '../scenario/result';
import { unreachableOptions } from '../sim/reachability';
import { runCli } from './args';

const USAGE =
  'usage: npm run validate [-- <scenario file> ...]   (default: every scenarios/*.scenario.json)';

/** Where the source texts live, if this checkout has shared/ beside it. */
const SOURCES_DIR = resolve(SCENARIO_DIR, '..', '..', 'shared', 'sources');

function checkSourceTexts(
  sources: { id: string; file: string; paragraphs: number }[],
): ContentError[] {
  if (!existsSync(SOURCES_DIR)) return [];
  const errors: ContentError[] = [];
  const present = new Set(readdirSync(SOURCES_DIR));
  sources.forEach((source, i) => {
    if (!present.has(source.file)) {
      errors.push({
        file: 'scenarios/sources.json',
        path: `sources[${i}].file`,
        message: `${source.file} is not in ${SOURCES_DIR}`,
      });
      return;
    }
    const text = readFileSync(join(SOURCES_DIR, source.file), 'utf8');
    const paragraphs = text.split('\n').filter((line) => line.trim() !== '').length;
    if (paragraphs !== source.paragraphs) {
      errors.push({
        file: 'scenarios/sources.json',
        path: `sources[${i}].paragraphs`,
        message: `says ${source.paragraphs}, but ${source.file} has ${paragraphs} non-empty lines`,
      });
    }
  });
  return errors;
}

/** Paraphrase check over the shared files and the scenarios, when the source texts are here. */
function checkCopying(paths: string[]): ContentError[] {
  if (!existsSync(SOURCES_DIR)) return [];
  const texts = readdirSync(SOURCES_DIR)
    .filter((f) => /^00[1-9]_.*\.txt$/.test(f))
    .map((f) => readFileSync(join(SOURCES_DIR, f), 'utf8'));
  const shingles = sourceShingles(texts);
  const errors: ContentError[] = [];
  for (const path of paths) {
    try {
      errors.push(
        ...checkParaphrase(JSON.parse(readFileSync(path, 'utf8')), display(path), shingles),
      );
    } catch {
      // Unreadable or invalid files are reported by the loader.
    }
  }
  return errors;
}

/** The real launch record and the record's notes: schema, date order, claims that exist. */
function checkRecord(claims: Parameters<typeof loadRecordNotes>[2]): ContentError[] {
  const file = (name: string) => display(join(SCENARIO_DIR, name));
  const read = (name: string) => {
    try {
      return readFileSync(join(SCENARIO_DIR, name), 'utf8');
    } catch {
      return ''; // reported by the loader as not valid JSON, naming the file
    }
  };
  const launches = loadLaunchRecord(read(RECORD_FILES.launches), file(RECORD_FILES.launches));
  const notes = loadRecordNotes(read(RECORD_FILES.notes), file(RECORD_FILES.notes), claims);
  if (launches.ok)
    process.stdout.write(
      `ok  ${file(RECORD_FILES.launches)}: ${launches.value.events.length} events\n`,
    );
  if (notes.ok)
    process.stdout.write(`ok  ${file(RECORD_FILES.notes)}: ${notes.value.notes.length} notes\n`);
  return [...(launches.ok ? [] : launches.errors), ...(notes.ok ? [] : notes.errors)];
}

runCli(USAGE, () => {
  const files = process.argv.slice(2).filter((a) => a !== '--' && !a.startsWith('--'));
  const shared = loadSharedFrom();
  if (!shared.ok) {
    for (const error of shared.errors) process.stderr.write(`${formatError(error)}\n`);
    return 1;
  }
  const errors: ContentError[] = [
    ...checkSourceTexts(shared.value.sources),
    ...checkCatalog(
      shared.value.claims,
      shared.value.sources,
      display(join(SCENARIO_DIR, 'claims.json')),
    ),
    ...checkSourceSummaries(shared.value.sources, display(join(SCENARIO_DIR, 'sources.json'))),
    ...checkLenses(
      shared.value.lenses,
      shared.value.claims,
      display(join(SCENARIO_DIR, 'lenses.json')),
    ),
  ];
  const used = new Set<string>();
  const targets = files.length > 0 ? files.map((f) => resolve(f)) : scenarioFiles();
  const summaries = new Map<string, string>();
  for (const path of targets) {
    const result = loadScenarioFile(path, shared.value);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const s = result.value;
    for (const id of claimsUsedBy(s)) used.add(id);
    const unreachable = unreachableOptions(s);
    for (const id of unreachable) {
      const i = s.options.findIndex((o) => o.id === id);
      errors.push({
        file: display(path),
        path: `options[${i}].available`,
        message: `${id} was never open in 200 games of random play: its condition can (almost) never hold`,
      });
    }
    summaries.set(
      display(path),
      `${s.rounds} rounds, ${s.options.length} options, ${s.rules.length} rules, ${s.events.length} events, ${s.outcomes.length} outcomes`,
    );
  }
  const sharedFiles = ['claims.json', 'sources.json', 'lenses.json', RECORD_FILES.notes].map((f) =>
    join(SCENARIO_DIR, f),
  );
  errors.push(...checkCopying([...sharedFiles, ...targets]));
  errors.push(...checkRecord(shared.value.claims));
  // Catalog coverage is a property of the whole set of scenarios, so only checked on it.
  if (files.length === 0) {
    errors.push(
      ...checkCoverage(shared.value.claims, used, display(join(SCENARIO_DIR, 'claims.json'))),
    );
  }
  // Every text in every language, and translations whose English changed since (stale): listed,
  // and failing only with --strict-translations, so an English edit does not block its author.
  const strict = process.argv.includes('--strict-translations');
  let stale = 0;
  if (files.length === 0) {
    for (const finding of checkTranslations()) {
      if (finding.kind === 'error' || strict)
        errors.push({ file: finding.file, path: finding.key, message: finding.message });
      else {
        stale++;
        if (stale <= 20)
          process.stdout.write(`stale  ${finding.file}: ${finding.key}: ${finding.message}\n`);
      }
    }
    if (stale > 20) process.stdout.write(`stale  … and ${stale - 20} more\n`);
  }
  const failed = new Set(errors.map((e) => e.file));
  let good = 0;
  for (const [file, summary] of summaries) {
    if (failed.has(file)) continue;
    good++;
    process.stdout.write(`ok  ${file}: ${summary}\n`);
  }
  for (const error of errors) process.stderr.write(`${formatError(error)}\n`);
  process.stdout.write(
    `${good} of ${targets.length} scenario(s) valid; ${shared.value.claims.length} claims in the catalog; ${stale} stale translation(s); ${errors.length} error(s)\n`,
  );
  return errors.length > 0 ? 1 : 0;
});
