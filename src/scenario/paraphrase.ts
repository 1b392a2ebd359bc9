import type { ContentError } from './result';

/** The most consecutive words content may share with a source: a short quoted phrase at most. */
export const MAX_SHARED_WORDS = 7;

const words = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('’', "'")
    .match(/[a-z0-9]+/g) ?? [];

/** Every run of `n` consecutive words in the source texts. */
export function sourceShingles(texts: readonly string[], n = MAX_SHARED_WORDS + 1): Set<string> {
  const shingles = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) shingles.add(w.slice(i, i + n).join(' '));
  }
  return shingles;
}

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}

/**
 * Content must paraphrase: flag any string that shares more than MAX_SHARED_WORDS consecutive
 * words with a source. Titles (names of the sources) and evidence markers are exempt.
 */
export function checkParaphrase(
  data: unknown,
  file: string,
  shingles: ReadonlySet<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  const n = MAX_SHARED_WORDS + 1;
  for (const [path, text] of strings(data, '')) {
    if (/\.(marker|title|file)$/.test(path) && file.endsWith('sources.json')) continue;
    if (path.endsWith('.marker')) continue;
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).join(' ');
      if (shingles.has(run)) {
        errors.push({
          file,
          path,
          message: `copies the source ("${run}…"): paraphrase, or quote at most a few words as a marker`,
        });
        break;
      }
    }
  }
  return errors;
}
