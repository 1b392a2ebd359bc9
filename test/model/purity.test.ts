import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pure layer: the model, and the protocol every side speaks (seats, intents, refusals,
// views), which a server and a page both import.
const SRC = join(import.meta.dirname, '..', '..', 'src');
const MODEL_DIR = join(SRC, 'model');
const files = readdirSync(MODEL_DIR).filter((f) => f.endsWith('.ts'));
const pure = [
  ...files.map((f) => join('model', f)),
  ...readdirSync(join(SRC, 'protocol'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('protocol', f)),
];

describe('the model and the protocol are pure TypeScript', () => {
  it.each(pure)('%s imports nothing from Phaser, Howler, XState, the DOM or Node', (file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    const imports = [...text.matchAll(/(import(?: type)?)\s[^;]*?from\s+'([^']+)'/g)].map((m) => ({
      typeOnly: m[1] === 'import type',
      spec: m[2] ?? '',
    }));
    for (const { typeOnly, spec } of imports) {
      const allowed =
        spec.startsWith('./') ||
        spec.startsWith('../model/') ||
        spec.startsWith('../protocol/') ||
        // The shape of the authority's state, which views are computed from: types only.
        (typeOnly && spec === '../machines/game-events') ||
        spec === 'zod' ||
        spec === 'zod/mini' ||
        spec.startsWith('pure-rand/');
      expect(allowed, `${file} imports ${spec}`).toBe(true);
    }
    expect(text).not.toMatch(/\b(window|document|localStorage|navigator)\.\w/);
  });

  it.each(files)('%s never uses Math.random (all chance comes from the seeded dice)', (file) => {
    expect(readFileSync(join(MODEL_DIR, file), 'utf8')).not.toContain('Math.random');
  });
});
