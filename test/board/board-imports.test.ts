import { describe, expect, it } from 'vitest';
import { lintProbes } from '../lint-probes';

// The board reaches a game only through the client interface: the lint rule (biome.json) that
// holds that line is tried here on code that breaks it, at a path in src/board (test/lint-probes.ts).
const refused = [
  ["import { createActor } from 'xstate';", 'never touches the game'],
  ["import { createGameMachine } from '../machines/game-machine';", 'only through the client'],
  ["import type { GameContext } from '../../machines/game-events';", 'only through the client'],
  ["import { chooseForAi } from '../../model/ai';", 'deciding functions'],
  ["import { playRound } from '../model/game';", 'deciding functions'],
  ["import { resolveDecisions } from '../../model/engine';", 'deciding functions'],
] as const;
const probe = (i: number) => `src/board/dom/probe${i}.ts`;
const results = lintProbes({
  ...Object.fromEntries(refused.map(([line], i) => [probe(i), `${line}\nexport const x = 1;\n`])),
  'src/board/dom/protocol.ts':
    "import type { GameClient } from '../../protocol/client';\nexport type X = GameClient;\n",
  'src/client/host.ts': "import { createActor } from 'xstate';\nexport const x = createActor;\n",
});

describe('the board and the game', () => {
  it.each(refused.map(([line, message], i) => [line, message, i] as const))(
    'refuses %s in the board',
    (_line, message, i) => {
      expect(results[probe(i)]).toContain('noRestrictedImports');
      expect(results[probe(i)]).toContain(message);
    },
  );

  it('lets the board import the protocol and the client', () => {
    expect(results['src/board/dom/protocol.ts']).not.toContain('noRestrictedImports');
  });

  it('holds only in the board: the host may drive the machines', () => {
    expect(results['src/client/host.ts']).not.toContain('noRestrictedImports');
  });
});
