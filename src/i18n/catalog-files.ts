// The translated UI catalogs on disk (src/i18n/<locale>/<area>.json), for the command line and
// the build. Node only; the page gets them through the content plugin's locale module.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKOUT_ROOT } from '../scenario/files';
import type { Locale } from './locales';

/** The folder of the UI catalogs. */
export const CATALOG_DIR = join(CHECKOUT_ROOT, 'src', 'i18n');

/** One area file of a locale's catalog: its name, path and parsed contents (or why not). */
export interface CatalogFile {
  area: string;
  path: string;
  texts: Record<string, unknown> | null;
  problem?: string;
}

/** Every area file of a locale's catalog, parsed. */
export function catalogFiles(locale: Locale, dir: string = CATALOG_DIR): CatalogFile[] {
  const folder = join(dir, locale);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(folder, f);
      const area = f.slice(0, -'.json'.length);
      try {
        const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
          return { area, path, texts: null, problem: 'must be a JSON object of key → text' };
        return { area, path, texts: parsed as Record<string, unknown> };
      } catch (error) {
        return { area, path, texts: null, problem: `not valid JSON: ${(error as Error).message}` };
      }
    });
}

/** A locale's whole catalog, merged from its area files (what is not a string is left out). */
export function readCatalog(locale: Locale, dir: string = CATALOG_DIR): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of catalogFiles(locale, dir))
    for (const [key, value] of Object.entries(file.texts ?? {}))
      if (typeof value === 'string') out[key] = value;
  return out;
}
