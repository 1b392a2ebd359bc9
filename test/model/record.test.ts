import { describe, expect, it } from 'vitest';
import { endNow } from '../../src/model/end';
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

  it('keep a facilitator’s End now: the replay ends after the same round, with the same scores', () => {
    let game = createGame(s, 11);
    game = playRound(s, game, decisions(QUIET));
    game = playRound(s, game, decisions({ ...QUIET, us: 'us.un-sanctions' }));
    expect(game.outcome).toBeNull();
    const ended = endNow(s, game);
    expect(ended.outcome).toMatchObject({ round: 2, endedEarly: true });
    const record = GameRecordSchema.parse(JSON.parse(JSON.stringify(recordOf(ended, setup))));
    expect(record.endedAfter).toBe(2);
    const replayed = replay(s, record);
    expect(replayed.outcome).toEqual(ended.outcome);
    expect(replayed.round).toBe(2);
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(ended));
    // Rewinding to an earlier round replays a game that goes on.
    expect(replay(s, record, 1).outcome).toBeNull();
  });

  it('keep a lens switch after the last round, before the next is played or the game ended', () => {
    let game = createGame(s, 12);
    game = playRound(s, game, decisions(QUIET));
    game = switchLens(s, game, 'deterrence');
    const record = recordOf(game, setup);
    expect(record.lensAfter).toBe('deterrence');
    expect(JSON.stringify(replay(s, record))).toBe(JSON.stringify(game));
    expect(replay(s, record, 0).lens).toBe('balanced');
    const ended = endNow(s, game);
    expect(JSON.stringify(replay(s, recordOf(ended, setup)))).toBe(JSON.stringify(ended));
    expect(recordOf(createGame(s, 12), setup).lensAfter).toBeUndefined();
  });

  it('still read a version 1 record (from before End now was recorded)', () => {
    const game = playGame(s, { seed: 9 });
    const old = { ...recordOf(game, setup), version: 1 };
    expect(JSON.stringify(replay(s, GameRecordSchema.parse(old)))).toBe(JSON.stringify(game));
  });

  it('refuses an End now after a round the record does not hold, or not a whole round', () => {
    let game = createGame(s, 11);
    game = playRound(s, game, decisions(QUIET));
    game = playRound(s, game, decisions(QUIET));
    const record = recordOf(endNow(s, game), setup);
    const problem = (endedAfter: unknown) => {
      const parsed = GameRecordSchema.safeParse({ ...record, endedAfter });
      return parsed.success ? null : parsed.error.issues.map((i) => i.message).join('; ');
    };
    expect(problem(2)).toBeNull();
    expect(problem(3)).toMatch(/endedAfter \(3\) must be the last round the record holds \(2\)/);
    expect(problem(1)).toMatch(/must be the last round the record holds/);
    expect(problem(1.5)).toMatch(/endedAfter must be a whole round number/);
    expect(problem(0)).toMatch(/round number of 1 or more/);
    expect(problem('2')).toMatch(/whole round number/);
  });
});
