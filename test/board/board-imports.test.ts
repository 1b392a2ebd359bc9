import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The board reaches a game only through the client interface: the lint rule (biome.json) that
// holds that line is tried here on code that breaks it, at a path in src/board, in a scratch
// copy of the project's Biome settings (so no probe file ever lands in the working tree).
const scratch = mkdtempSync(join(tmpdir(), 'overflight-lint-'));
const config = JSON.parse(readFileSync('biome.json', 'utf8'));
config.vcs = { enabled: false };
writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
const biome = resolve('node_modules/.bin/biome');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(path: string, code: string): string {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  try {
    execFileSync(biome, ['lint', path], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}`;
  }
}

describe('the board and the game', () => {
  it.each([
    ["import { createActor } from 'xstate';", 'never touches the game'],
    ["import { createGameMachine } from '../machines/game-machine';", 'only through the client'],
    ["import type { GameContext } from '../../machines/game-events';", 'only through the client'],
    ["import { chooseForAi } from '../../model/ai';", 'deciding functions'],
    ["import { playRound } from '../model/game';", 'deciding functions'],
    ["import { resolveDecisions } from '../../model/engine';", 'deciding functions'],
  ])('refuses %s in the board', (line, message) => {
    const out = lint('src/board/dom/probe.ts', `${line}\nexport const x = 1;\n`);
    expect(out).toContain('noRestrictedImports');
    expect(out).toContain(message);
  });

  it('lets the board import the protocol and the client', () => {
    const out = lint(
      'src/board/dom/probe.ts',
      "import type { GameClient } from '../../protocol/client';\nexport type X = GameClient;\n",
    );
    expect(out).not.toContain('noRestrictedImports');
  });

  it('holds only in the board: the host may drive the machines', () => {
    const out = lint(
      'src/client/probe.ts',
      "import { createActor } from 'xstate';\nexport const x = createActor;\n",
    );
    expect(out).not.toContain('noRestrictedImports');
  });
});
