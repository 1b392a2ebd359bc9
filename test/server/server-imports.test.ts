import { describe, expect, it } from 'vitest';
import { lintProbes } from '../lint-probes';

// The classroom server and the page keep apart: the lint rules (biome.json) that hold that line
// are tried here on code that breaks them (test/lint-probes.ts).
const refused = [
  ['src/server/p1.ts', "import Phaser from 'phaser';", 'no Phaser'],
  ['src/server/p2.ts', "import { Howl } from 'howler';", 'no Phaser, Howler'],
  ['src/server/p3.ts', "import { startApp } from '../board/app';", 'holds no screens'],
  ['src/server/p4.ts', "import { h } from '../dom/h';", 'holds no screens'],
  [
    'src/board/dom/p5.ts',
    "import { startClassroomServer } from '../../server/classroom-server';",
    'never imports the classroom server',
  ],
  [
    'src/board/p6.ts',
    "import Database from 'better-sqlite3';",
    'never imports the classroom server',
  ],
  ['src/dom/p7.ts', "import { Room } from '@colyseus/core';", 'never imports the classroom server'],
  [
    'src/client/p8.ts',
    "import { RoomStore } from '../server/room-store';",
    'never imports the classroom server',
  ],
  ['src/main.ts', "import { Server } from '@colyseus/core';", 'never imports the classroom server'],
  // The board's own rule still holds where both apply.
  ['src/board/p9.ts', "import { createActor } from 'xstate';", 'never touches the game'],
] as const;
const allowed = [
  ['src/server/ok1.ts', "import { viewFor } from '../protocol/view';"],
  ['src/server/ok2.ts', "import { AuthorityHost } from '../machines/authority-host';"],
  ['src/client/ok3.ts', "import { Client } from 'colyseus.js';"],
] as const;

const results = lintProbes(
  Object.fromEntries(
    [...refused, ...allowed].map(([path, line]) => [path, `${line}\nexport const x = 1;\n`]),
  ),
);

describe('the server and the page', () => {
  it.each(refused)('refuses in %s: %s', (path, _line, message) => {
    expect(results[path]).toContain('noRestrictedImports');
    expect(results[path]).toContain(message);
  });

  it.each(allowed)('allows in %s: %s', (path) => {
    expect(results[path]).not.toContain('noRestrictedImports');
  });
});
