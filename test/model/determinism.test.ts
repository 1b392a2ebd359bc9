import { describe, expect, it } from 'vitest';
import { playGame, playRound } from '../../src/model/game';
import { copyIndicators, INDICATORS, type Indicators } from '../../src/model/ids';
import { createGame } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();

describe('determinism', () => {
  it('the same scenario, seed and decisions give the same trace, byte for byte', () => {
    for (const seed of [1, 2, 99, 123456]) {
      const a = JSON.stringify(playGame(s, { seed }));
      const b = JSON.stringify(playGame(s, { seed }));
      expect(a).toBe(b);
    }
  });

  it('different seeds give different games', () => {
    const games = new Set(
      [1, 2, 3, 4, 5].map((seed) => JSON.stringify(playGame(s, { seed }).history)),
    );
    expect(games.size).toBe(5);
  });

  it('keeps the random state inside the game state: a copied state continues identically', () => {
    const start = playRound(
      s,
      createGame(s, 7),
      decisions({ ...QUIET, northKorea: 'nk.overflight' }),
    );
    const copy = JSON.parse(JSON.stringify(start));
    const next = decisions({ ...QUIET, us: 'us.un-sanctions' });
    expect(JSON.stringify(playRound(s, copy, next))).toBe(
      JSON.stringify(playRound(s, start, next)),
    );
  });

  it('does not mutate the state it is given', () => {
    const game = createGame(s, 3);
    const before = JSON.stringify(game);
    playRound(s, game, decisions({ ...QUIET, northKorea: 'nk.salvo' }));
    expect(JSON.stringify(game)).toBe(before);
  });

  it('copies indicators with every key, in the order of INDICATORS', () => {
    const values = Object.fromEntries(INDICATORS.map((id, i) => [id, i])) as Indicators;
    const copy = copyIndicators(values);
    expect(copy).not.toBe(values);
    expect(Object.keys(copy)).toEqual([...INDICATORS]);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(values));
  });
});
