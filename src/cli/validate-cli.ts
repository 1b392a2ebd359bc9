import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  display,
  loadScenarioFile,
  loadSharedFrom,
  SCENARIO_DIR,
  scenarioFiles,
} from '../scenario/files';
import { checkCatalog } from '../scenario/references';
import { type ContentError, formatError } from '../scenario/result';
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

runCli(USAGE, () => {
  const files = process.argv.slice(2).filter((a) => a !== '--');
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
  ];
  const targets = files.length > 0 ? files.map((f) => resolve(f)) : scenarioFiles();
  let good = 0;
  for (const path of targets) {
    const result = loadScenarioFile(path, shared.value);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    good++;
    const s = result.value;
    process.stdout.write(
      `ok  ${display(path)}: ${s.rounds} rounds, ${s.options.length} options, ${s.rules.length} rules, ${s.events.length} events, ${s.outcomes.length} outcomes\n`,
    );
  }
  for (const error of errors) process.stderr.write(`${formatError(error)}\n`);
  process.stdout.write(
    `${good} of ${targets.length} scenario(s) valid; ${shared.value.claims.length} claims in the catalog; ${errors.length} error(s)\n`,
  );
  return errors.length > 0 ? 1 : 0;
});
