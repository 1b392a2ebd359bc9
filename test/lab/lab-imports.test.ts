import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The board opens the lab (a lazy import), so the lab must never reach back into the board:
// what both use lives in src/dom. The walk follows every relative import, static or dynamic,
// so a detour through a shared module that imports the board is caught too.
const SRC = join(import.meta.dirname, '..', '..', 'src');
const BOARD = join(SRC, 'board');
const roots = ['lab', 'dom'].flatMap((dir) =>
  readdirSync(join(SRC, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SRC, dir, f)),
);

/** The relative modules a file imports, resolved to files (stylesheets and packages left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specs
    .map((spec) => resolve(dirname(file), spec))
    .flatMap((base) => [`${base}.ts`, join(base, 'index.ts')].filter(existsSync).slice(0, 1));
}

/** Every path from `file` into src/board, as readable chains ("lab/a.ts → dom/b.ts → board/c.ts"). */
function pathsIntoBoard(file: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (at: string, chain: string[]) => {
    if (seen.has(at)) return;
    seen.add(at);
    const here = [...chain, relative(SRC, at)];
    if (at.startsWith(BOARD)) {
      found.push(here.join(' → '));
      return;
    }
    for (const next of importsOf(at)) walk(next, here);
  };
  walk(file, []);
  return found;
}

describe('the lab and the shared DOM helpers stay out of the board', () => {
  it('finds the files it checks', () => {
    expect(roots.some((f) => f.includes(`${join('src', 'lab')}`))).toBe(true);
    expect(roots.some((f) => f.includes(`${join('src', 'dom')}`))).toBe(true);
  });

  it.each(roots.map((f) => relative(SRC, f)))('%s imports nothing from src/board', (file) => {
    expect(pathsIntoBoard(join(SRC, file))).toEqual([]);
  });
});
