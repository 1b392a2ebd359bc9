// The production build ships only the parts of Phaser listed in src/board/phaser-parts.ts. A
// scene that calls a game object Phaser was not built with fails only in that build, and only
// when the scene gets there (`scene.add.text is not a function` in the middle of a reveal).
// These checks read the board's code and fail first.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PHASER_SRC = join(ROOT, 'node_modules', 'phaser', 'src');
const PARTS = readFileSync(join(ROOT, 'src', 'board', 'phaser-parts.ts'), 'utf8');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The project's files that use Phaser, with their text. */
const phaserUsers = files(join(ROOT, 'src'), /\.ts$/)
  .filter((f) => !f.endsWith('phaser-parts.ts'))
  .map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }))
  .filter(({ text }) => /from 'phaser'/.test(text));

/** Phaser's files that register a game object with the scene's `add` or `make`. */
const registrations = new Map<string, string>();
for (const file of files(join(PHASER_SRC, 'gameobjects'), /\.js$/)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/GameObject(Factory|Creator)\.register\('([A-Za-z0-9]+)'/g)) {
    const kind = m[1] === 'Factory' ? 'add' : 'make';
    registrations.set(`${kind}.${m[2]}`, `phaser-src/${relative(PHASER_SRC, file)}`);
  }
}

/** The `add.x(` and `make.x(` calls in the board's code, across line breaks. */
function gameObjectCalls(): { call: string; file: string }[] {
  return phaserUsers.flatMap(({ file, text }) =>
    [...text.matchAll(/\.(add|make)\s*\.\s*([A-Za-z0-9]+)\s*\(/g)].map((m) => ({
      call: `${m[1]}.${m[2]}`,
      file,
    })),
  );
}

describe("the board's Phaser (src/board/phaser-parts.ts)", () => {
  it('finds the game objects the board makes (the check is looking at real code)', () => {
    const calls = new Set(gameObjectCalls().map((c) => c.call));
    expect(calls).toContain('add.graphics');
    expect(calls).toContain('add.text');
    expect(registrations.get('add.text')).toBe('phaser-src/gameobjects/text/TextFactory.js');
  });

  it('is built with the factory of every game object a scene adds or makes', () => {
    const missing = gameObjectCalls()
      .map(({ call, file }) => ({ call, file, part: registrations.get(call) }))
      .filter(({ part }) => part === undefined || !PARTS.includes(`'${part}'`))
      .map(({ call, file, part }) => `${file}: ${call}() needs ${part ?? 'a Phaser game object'}`);
    expect(missing).toEqual([]);
  });

  it('exports every Phaser namespace the board reads at run time', () => {
    // In files that import Phaser as a value, `Phaser.X` outside a type annotation is read when
    // the code runs; X must be a key of the parts' export, and so must Y in `Phaser.X.Y` when
    // the parts list X's members themselves.
    const exported = PARTS.slice(PARTS.indexOf('export default'));
    const missing: string[] = [];
    for (const { file, text } of phaserUsers.filter((u) => /import Phaser from/.test(u.text))) {
      for (const m of text.matchAll(/(:|<|as|extends|\|)?\s*\bPhaser\.([A-Z]\w*)(?:\.(\w+))?/g)) {
        const [, before, top, member] = m;
        if (before !== undefined && before !== 'extends') continue; // a type annotation
        const entry = new RegExp(`\\b${top}(: \\{([^}]*)\\})?[,\\n]`).exec(exported);
        if (!entry) missing.push(`${file}: Phaser.${top}`);
        else if (member && entry[2] !== undefined && !new RegExp(`\\b${member}\\b`).test(entry[2]))
          missing.push(`${file}: Phaser.${top}.${member}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
