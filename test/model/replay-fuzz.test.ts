import { describe, expect, it } from 'vitest';
import { endNow } from '../../src/model/end';
import { decideRound, playRound } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { legalOptionIds } from '../../src/model/options';
import {
  type GameRecord,
  GameRecordSchema,
  type ReplayError,
  recordOf,
  replayChecked,
  switchLens,
} from '../../src/model/record';
import { Dice } from '../../src/model/rng';
import { createGame, type Decisions, type GameState } from '../../src/model/state';
import { scenario } from '../helpers';

const s = scenario();
const setup = {
  turnOrder: 'sealed' as const,
  controllers: { northKorea: 'ai', us: 'ai', japan: 'ai', southKorea: 'ai' } as const,
};
const pick = <T>(dice: Dice, list: readonly T[]): T => list[dice.int(0, list.length - 1)] as T;

const OPTION_IDS = [...s.options.map((o) => o.id), 'us.invade'];
const EVENT_IDS = [...s.events.map((e) => e.id), 'event.alien-landing'];
const LENSES = [...s.lenses.map((l) => l.id), 'rosy'];

/** A game as a facilitator might run it: AI decisions, some injected events, lens switches, End now. */
function playedRecord(seed: number, dice: Dice): GameRecord {
  let game = createGame(s, seed, pick(dice, s.lenses).id);
  while (!game.outcome) {
    if (dice.int(0, 3) === 0) game = switchLens(s, game, pick(dice, s.lenses).id);
    const injected = dice.int(0, 3) === 0 ? [pick(dice, s.events).id] : [];
    game = playRound(s, game, decideRound(s, game, 'sealed'), injected);
    if (!game.outcome && dice.int(0, 9) === 0) game = endNow(s, game);
  }
  return recordOf(game, setup, game.history[0]?.lens);
}

/** One or two seeded changes of the kinds a hand edit or a damaged link makes. */
function mutate(record: GameRecord, dice: Dice): GameRecord {
  const r = structuredClone(record);
  for (let n = dice.int(1, 2); n > 0; n--) {
    const played = r.rounds.length ? pick(dice, r.rounds) : undefined;
    switch (dice.int(0, 5)) {
      case 0:
        if (played) played.decisions[pick(dice, CAPITALS)].optionId = pick(dice, OPTION_IDS);
        break;
      case 1:
        if (played) {
          const [a, b] = [pick(dice, CAPITALS), pick(dice, CAPITALS)];
          [played.decisions[a], played.decisions[b]] = [played.decisions[b], played.decisions[a]];
        }
        break;
      case 2:
        if (played) played.injected = [...played.injected, pick(dice, EVENT_IDS)];
        break;
      case 3:
        if (played && dice.int(0, 2) > 0) played.lens = pick(dice, LENSES);
        else if (dice.int(0, 1)) r.lens = pick(dice, LENSES);
        else r.lensAfter = pick(dice, LENSES);
        break;
      case 4:
        r.rounds = r.rounds.slice(0, dice.int(0, r.rounds.length));
        if (r.endedAfter !== undefined) r.endedAfter = r.rounds.length || undefined;
        break;
      default:
        if (r.rounds.length) r.endedAfter = r.rounds.length;
    }
  }
  return r;
}

/**
 * The same record played by a fresh game with the model's own functions, unchecked: the state
 * at the start of round `upTo` (1-based, after its lens switch), or at the end of the record.
 */
function freshPlay(record: GameRecord, upTo = Number.POSITIVE_INFINITY): GameState {
  let game = createGame(s, record.seed, record.lens);
  for (const [i, played] of record.rounds.entries()) {
    if (played.lens !== game.lens) game = switchLens(s, game, played.lens);
    if (i + 1 === upTo) return game;
    game = playRound(s, game, played.decisions as Decisions, played.injected);
    if (game.history.length === record.endedAfter) game = endNow(s, game);
  }
  return record.lensAfter === undefined ? game : switchLens(s, game, record.lensAfter);
}

/** Whether a refusal is one the fresh game bears out. */
function justified(record: GameRecord, error: ReplayError): boolean {
  const played = 'round' in error ? record.rounds[error.round - 1] : undefined;
  switch (error.code) {
    case 'option-not-available':
      return !legalOptionIds(s, freshPlay(record, error.round), error.capital).includes(
        error.optionId,
      );
    case 'unknown-event':
      return !s.events.some((e) => e.id === error.eventId);
    case 'repeated-event':
      return (played?.injected.filter((id) => id === error.eventId).length ?? 0) > 1;
    case 'unknown-lens':
      return !s.lenses.some((l) => l.id === error.lens);
    case 'continues-after-end':
      return (
        freshPlay({ ...record, rounds: record.rounds.slice(0, error.round - 1) }).outcome !== null
      );
    case 'cannot-end':
      return error.round === record.endedAfter;
    default:
      return false;
  }
}

describe('replaying mutated records', () => {
  it('each is refused with a code the game bears out, or replays to the game a fresh one reaches', () => {
    const dice = Dice.fromSeed(77);
    const records = [1, 2, 3, 4, 5, 6].map((seed) => playedRecord(seed, dice));
    const tally = { replayed: 0, refused: 0 };
    for (let i = 0; i < 400; i++) {
      const parsed = GameRecordSchema.safeParse(mutate(pick(dice, records), dice));
      if (!parsed.success) continue;
      const record = parsed.data;
      const replayed = replayChecked(s, record);
      const what = JSON.stringify(replayed.ok ? 'replayed' : replayed.error);
      if (replayed.ok) {
        tally.replayed++;
        expect(JSON.stringify(replayed.game), what).toBe(JSON.stringify(freshPlay(record)));
        // Every decision it accepted was open to its capital in that round.
        for (const [index, played] of record.rounds.entries())
          for (const capital of CAPITALS)
            expect(
              legalOptionIds(s, freshPlay(record, index + 1), capital),
              `round ${index + 1} ${capital}`,
            ).toContain(played.decisions[capital].optionId);
      } else {
        tally.refused++;
        expect(justified(record, replayed.error), what).toBe(true);
      }
    }
    // Both answers were exercised, each many times.
    expect(tally.replayed).toBeGreaterThan(40);
    expect(tally.refused).toBeGreaterThan(100);
  });
});
