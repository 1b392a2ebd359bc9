import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODEL_DIR = join(import.meta.dirname, '..', '..', 'src', 'model');
const files = readdirSync(MODEL_DIR).filter((f) => f.endsWith('.ts'));

describe('the model is pure TypeScript', () => {
  it.each(files)('%s imports nothing from Phaser, Howler, XState, the DOM or Node', (file) => {
    const text = readFileSync(join(MODEL_DIR, file), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
    for (const spec of imports) {
      const allowed =
        spec.startsWith('./') ||
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
