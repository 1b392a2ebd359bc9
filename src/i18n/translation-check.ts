// What `npm run validate` checks of the translations: every English text has a translation in
// every language, nothing is translated that English does not have, every UI message is valid
// ICU with the same arguments as its English, every citation of a scenario text survives
// translation, and each translation was made from the English that is there now (stale ones are
// listed by key, from the lock files `scripts/i18n.ts stamp` writes). Node only.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { SCENARIO_DIR } from '../scenario/files';
import {
  englishContent,
  readTextFile,
  TRANSLATED_LOCALES,
  textFileNames,
} from '../scenario/text-files';
import { CATALOG_DIR, catalogFiles } from './catalog-files';
import { EN } from './en';
import type { Locale } from './locales';

/** One finding: an error stops validation, a stale translation is listed for redoing. */
export interface TranslationFinding {
  kind: 'error' | 'stale';
  file: string;
  key: string;
  message: string;
}

/** A lock file: for each translated text, a hash of the English it was translated from. */
type Lock = Record<string, string>;

/** A short hash of an English text. */
export function englishHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/** Where a locale's lock file is. */
export function lockPath(locale: Locale, dir: string = SCENARIO_DIR): string {
  return join(dir, 'text', `${locale}.lock.json`);
}

function readLock(locale: Locale, dir: string): Lock {
  const path = lockPath(locale, dir);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Lock;
  } catch {
    return {};
  }
}

/** The `{arguments}` a message uses, sorted, or the parse error. */
export function messageArguments(message: string): string[] | Error {
  try {
    const names = new Set<string>();
    const walk = (elements: ReturnType<typeof parse>) => {
      for (const el of elements) {
        if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
        names.add(el.value);
        if (el.type === TYPE.plural || el.type === TYPE.select)
          for (const option of Object.values(el.options)) walk(option.value);
        if (el.type === TYPE.tag) walk(el.children);
      }
    };
    walk(parse(message, { ignoreTag: true }));
    return [...names].sort();
  } catch (error) {
    return error as Error;
  }
}

const CITATION = /\b\d{3}:\d+\b/g;
const citationsOf = (text: string) => (text.match(CITATION) ?? []).sort().join(' ');

interface Texts {
  /** The file name shown in messages. */
  file: string;
  /** Lock entries are `prefix:key`. */
  prefix: string;
  english: Record<string, string>;
  translated: Record<string, unknown> | null;
  problem?: string;
  ui: boolean;
}

function textsOf(locale: Locale, scenarioDir: string, catalogDir: string): Texts[] {
  const out: Texts[] = [];
  const byArea = new Map<string, Record<string, unknown>>();
  for (const file of catalogFiles(locale, catalogDir)) {
    if (file.problem)
      out.push({
        file: file.path,
        prefix: 'ui',
        english: {},
        translated: null,
        problem: file.problem,
        ui: true,
      });
    else byArea.set(file.area, file.texts ?? {});
  }
  const merged: Record<string, unknown> = {};
  for (const texts of byArea.values()) Object.assign(merged, texts);
  out.push({
    file: `src/i18n/${locale}/*.json`,
    prefix: 'ui',
    english: EN as unknown as Record<string, string>,
    translated: merged,
    ui: true,
  });
  const english = englishContent(scenarioDir);
  const names = new Set([...Object.keys(english), ...textFileNames(locale, scenarioDir)]);
  for (const name of names) {
    const file = `scenarios/text/${locale}/${name}.json`;
    const raw = readTextFile(locale, name, scenarioDir);
    let translated: Record<string, unknown> | null = null;
    let problem: string | undefined;
    if (raw === null) problem = 'missing: every content file needs its translation';
    else {
      try {
        const parsed: unknown = JSON.parse(raw);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          translated = parsed as Record<string, unknown>;
        else problem = 'must be a JSON object of key → text';
      } catch (error) {
        problem = `not valid JSON: ${(error as Error).message}`;
      }
    }
    if (!english[name]) problem = `no content file named ${name} (a scenario id or "shared")`;
    out.push({
      file,
      prefix: name,
      english: english[name] ?? {},
      translated,
      ui: false,
      ...(problem ? { problem } : {}),
    });
  }
  return out;
}

/** Check one language's translations against English. */
export function checkLocale(
  locale: Locale,
  scenarioDir: string = SCENARIO_DIR,
  catalogDir: string = CATALOG_DIR,
): TranslationFinding[] {
  const findings: TranslationFinding[] = [];
  const lock = readLock(locale, scenarioDir);
  for (const texts of textsOf(locale, scenarioDir, catalogDir)) {
    const { file } = texts;
    if (texts.problem || !texts.translated) {
      findings.push({ kind: 'error', file, key: '', message: texts.problem ?? 'unreadable' });
      continue;
    }
    for (const [key, english] of Object.entries(texts.english)) {
      const own = texts.translated[key];
      if (own === undefined) {
        findings.push({ kind: 'error', file, key, message: 'not translated' });
        continue;
      }
      if (typeof own !== 'string' || own.trim() === '') {
        findings.push({ kind: 'error', file, key, message: 'must be a text that is not empty' });
        continue;
      }
      if (texts.ui) {
        const want = messageArguments(english);
        const got = messageArguments(own);
        if (got instanceof Error)
          findings.push({
            kind: 'error',
            file,
            key,
            message: `not a valid ICU message: ${got.message}`,
          });
        else if (!(want instanceof Error) && want.join(',') !== got.join(','))
          findings.push({
            kind: 'error',
            file,
            key,
            message: `uses {${got.join('}, {')}} but the English uses {${want.join('}, {')}}`,
          });
      } else if (citationsOf(english) !== citationsOf(own)) {
        findings.push({
          kind: 'error',
          file,
          key,
          message: `cites ${citationsOf(own) || 'nothing'} but the English cites ${citationsOf(english) || 'nothing'}`,
        });
      }
      const stamped = lock[`${texts.prefix}:${key}`];
      if (stamped !== undefined && stamped !== englishHash(english))
        findings.push({
          kind: 'stale',
          file,
          key,
          message: 'the English changed after this was translated',
        });
      else if (stamped === undefined)
        findings.push({
          kind: 'stale',
          file,
          key,
          message: 'never stamped (run scripts/i18n.ts stamp)',
        });
    }
    for (const key of Object.keys(texts.translated))
      if (!(key in texts.english))
        findings.push({
          kind: 'error',
          file,
          key,
          message: 'no such English text (removed or renamed?)',
        });
  }
  return findings;
}

/** Check every language. */
export function checkTranslations(
  scenarioDir: string = SCENARIO_DIR,
  catalogDir: string = CATALOG_DIR,
): TranslationFinding[] {
  return TRANSLATED_LOCALES.flatMap((l) => checkLocale(l, scenarioDir, catalogDir));
}

/**
 * Record, for every text a language has translated, the English it was made from. Run it after
 * translating or checking a translation; returns one line saying what was stamped.
 */
export function stampLocale(
  locale: Locale,
  scenarioDir: string = SCENARIO_DIR,
  catalogDir: string = CATALOG_DIR,
): string[] {
  const lock: Lock = {};
  for (const texts of textsOf(locale, scenarioDir, catalogDir)) {
    if (!texts.translated) continue;
    for (const [key, english] of Object.entries(texts.english))
      if (typeof texts.translated[key] === 'string')
        lock[`${texts.prefix}:${key}`] = englishHash(english);
  }
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(lockPath(locale, scenarioDir), `${JSON.stringify(sorted, null, 2)}\n`);
  return [
    `${locale}: stamped ${Object.keys(sorted).length} texts in ${lockPath(locale, scenarioDir)}`,
  ];
}
