import { describe, expect, it } from 'vitest';
import { LocalGame } from '../../src/client/local-game';
import { openRecord } from '../../src/client/open-record';
import type { GameRecord } from '../../src/model/record';
import { GameRecordSchema } from '../../src/model/record';
import { Dice } from '../../src/model/rng';
import type { LoggedIntent } from '../../src/protocol/intents';
import { scenario } from '../helpers';
import { fakeClock } from './fake-clock';

// Mutated records, through the front door: every one is either refused with a code or replays
// exactly — the same record twice gives the same snapshot — and none crashes the opening.

const s = scenario();

/** A played record: two teams, the facilitator pausing, injecting and switching the lens. */
function played(seed: number): GameRecord {
  const game = LocalGame.start(
    s,
    {
      seed,
      turnOrder: seed % 2 ? 'sealed' : 'sequential',
      controllers: { northKorea: 'ai', us: 'human', japan: 'human', southKorea: 'ai' },
    },
    fakeClock(),
  );
  let n = 0;
  const send = (seat: LoggedIntent['seat'], intent: object) =>
    game.receive({ ...intent, seat, id: `${++n}` });
  send('facilitator', { type: 'game.start' });
  for (let round = 0; round < 4; round++) {
    if (round === 1)
      send('facilitator', { type: 'facilitator.inject', eventId: 'event.false-alarm' });
    if (round === 2) send('facilitator', { type: 'facilitator.lens', lens: 'deterrence' });
    send('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    send('us', { type: 'policy.commit', capital: 'us', rationale: `round ${round}` });
    send('japan', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' });
    send('japan', { type: 'policy.commit', capital: 'japan' });
    send('facilitator', { type: 'round.next' });
  }
  const record = game.record();
  game.stop();
  return record;
}

/** One random change to a record's log (or to its summary). */
function mutate(record: GameRecord, dice: Dice): GameRecord {
  const copy = structuredClone(record);
  const log = copy.log ?? [];
  const i = dice.int(0, Math.max(0, log.length - 1));
  const entry = log[i] as Record<string, unknown> | undefined;
  switch (dice.int(0, 7)) {
    case 0:
      log.splice(i, 1);
      break;
    case 1:
      log.splice(i, 0, structuredClone(log[dice.int(0, log.length - 1)] as LoggedIntent));
      break;
    case 2: {
      const j = dice.int(0, log.length - 1);
      [log[i], log[j]] = [log[j] as LoggedIntent, log[i] as LoggedIntent];
      break;
    }
    case 3:
      if (entry)
        entry.seat = ['us', 'japan', 'observer', 'northKorea', 'facilitator'][dice.int(0, 4)];
      break;
    case 4:
      if (entry && 'optionId' in entry)
        entry.optionId = ['us.invade', 'japan.intercept', 'us.press-china', 'sk.thaad'][
          dice.int(0, 3)
        ];
      else if (entry) entry.at = dice.int(0, 10);
      break;
    case 5:
      log.length = i;
      break;
    case 6:
      copy.rounds = copy.rounds.slice(0, dice.int(0, copy.rounds.length));
      break;
    default:
      if (entry) entry.type = 'facilitator.end';
  }
  return copy;
}

describe('mutated record logs', () => {
  it('are each refused with a code, or replay exactly; none crashes', () => {
    const dice = Dice.fromSeed(77);
    const outcomes = { refused: 0, replayed: 0 };
    for (let seed = 1; seed <= 12; seed++) {
      const record = played(seed);
      for (let k = 0; k < 40; k++) {
        const mutated = mutate(record, dice);
        // Through the record's own schema first, as a file or a link would come in.
        const parsed = GameRecordSchema.safeParse(JSON.parse(JSON.stringify(mutated)));
        if (!parsed.success) {
          outcomes.refused++;
          continue;
        }
        const first = openRecord(s, parsed.data, fakeClock());
        const second = openRecord(s, parsed.data, fakeClock());
        if (!first.ok || !second.ok) {
          expect(first.ok).toBe(second.ok);
          if (!first.ok && !second.ok) {
            expect(typeof first.error.code).toBe('string');
            expect(second.error).toEqual(first.error);
          }
          outcomes.refused++;
          continue;
        }
        expect(JSON.stringify(second.game.persisted())).toBe(
          JSON.stringify(first.game.persisted()),
        );
        // What opened is what the record says: its summary is the replayed game's.
        expect(first.game.record().rounds).toEqual(parsed.data.rounds);
        first.game.stop();
        second.game.stop();
        outcomes.replayed++;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.replayed).toBeGreaterThan(20);
  });
});
