import { describe, expect, it } from 'vitest';
import { playGame, playRound } from '../../src/model/game';
import { GameRecordSchema, recordOf, replay, switchLens } from '../../src/model/record';
import { createGame } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();
const setup = {
  turnOrder: 'sealed' as const,
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' } as const,
};

describe('game records', () => {
  it('replay to the identical game, trace for trace', () => {
    for (const seed of [1, 7, 42]) {
      const game = playGame(s, { seed });
      const record = GameRecordSchema.parse(JSON.parse(JSON.stringify(recordOf(game, setup))));
      expect(JSON.stringify(replay(s, record))).toBe(JSON.stringify(game));
    }
  });

  it('keep injected events and lens switches', () => {
    let game = createGame(s, 3);
    game = playRound(s, game, decisions(QUIET), ['event.false-alarm']);
    game = switchLens(s, game, 'deterrence');
    game = playRound(s, game, decisions({ ...QUIET, us: 'us.un-sanctions' }));
    expect(game.history[0]?.events).toContain('event.false-alarm');
    expect(game.history[0]?.injected).toEqual(['event.false-alarm']);
    expect(game.history[1]?.lens).toBe('deterrence');
    const record = recordOf(game, setup);
    expect(record.lens).toBe('balanced');
    expect(JSON.stringify(replay(s, record))).toBe(JSON.stringify(game));
  });

  it('replay part of a record: the start of an earlier round, for a branch', () => {
    const game = playGame(s, { seed: 5 });
    const record = recordOf(game, setup);
    const atRound3 = replay(s, record, 2);
    expect(atRound3.round).toBe(3);
    expect(atRound3.history).toHaveLength(2);
    expect(JSON.stringify(atRound3.history)).toBe(JSON.stringify(game.history.slice(0, 2)));
  });

  it('refuses a record for another scenario or with an unknown option', () => {
    const record = recordOf(playGame(s, { seed: 2 }), setup);
    expect(() => replay(s, { ...record, scenarioId: 'elsewhere' })).toThrow(
      /record is for elsewhere/,
    );
    const broken = JSON.parse(JSON.stringify(record));
    broken.rounds[0].decisions.us.optionId = 'us.invade';
    expect(() => replay(s, broken)).toThrow(/us\.invade/);
  });
});
