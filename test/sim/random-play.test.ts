import { describe, expect, it } from 'vitest';
import { LocalGame } from '../../src/client/local-game';
import type { AuthorityState, GameContext } from '../../src/machines/game-events';
import { playGame } from '../../src/model/game';
import {
  CAPITALS,
  type CapitalId,
  INDICATOR_MAX,
  INDICATOR_MIN,
  INDICATORS,
} from '../../src/model/ids';
import { legalOptionIds } from '../../src/model/options';
import { Dice } from '../../src/model/rng';
import { type IntentBody, TIME_UP_RULES } from '../../src/protocol/intents';
import type { RefusalCode } from '../../src/protocol/refusals';
import type { Seat } from '../../src/protocol/seat';
import { scenario } from '../helpers';
import { fakeClock } from '../machines/fake-clock';

const s = scenario();
const allOptionIds = s.options.map((o) => o.id);
const eventIds = [...s.events.map((e) => e.id), 'event.nonexistent'];
const lensIds = [...s.lenses.map((l) => l.id), 'no-such-lens'];
const pick = <T>(dice: Dice, list: readonly T[]) => list[dice.int(0, list.length - 1)] as T;

/** Whether an intent changed the authority's state: its phase, or any part of its context. */
function changed(before: AuthorityState, after: AuthorityState): boolean {
  if (before.phase !== after.phase) return true;
  const keys = Object.keys(before.context) as (keyof GameContext)[];
  return keys.some((key) => before.context[key] !== after.context[key]);
}

/** A random facilitator intent: most are legal now and then, some never. */
function facilitatorIntent(dice: Dice, rounds: number): IntentBody {
  const kinds: (() => IntentBody)[] = [
    () => ({ type: 'facilitator.pause' }),
    () => ({ type: 'facilitator.resume' }),
    () => ({ type: 'facilitator.lens', lens: pick(dice, lensIds) }),
    () => ({ type: 'facilitator.inject', eventId: pick(dice, eventIds) }),
    () => ({
      type: 'facilitator.timer',
      seconds: dice.float() < 0.2 ? null : dice.int(10, 600),
      atTimeUp: pick(dice, TIME_UP_RULES),
    }),
    () => ({ type: 'facilitator.revealAi', on: dice.float() < 0.5 }),
    () => ({ type: 'facilitator.rewind', round: dice.int(1, rounds + 2) }),
    () => ({ type: 'facilitator.end' }),
    () => ({ type: 'facilitator.timeUp' }),
  ];
  return pick(dice, kinds)();
}

/** An intent from a seat that may not send it, and the code it must be refused with. */
function wrongSeat(
  dice: Dice,
  capital: CapitalId,
  other: CapitalId,
): [Seat, IntentBody, RefusalCode] {
  const policy: IntentBody[] = [
    { type: 'policy.select', capital: other, optionId: pick(dice, allOptionIds) },
    { type: 'policy.commit', capital: other },
    { type: 'policy.revise', capital: other },
  ];
  const cases: [Seat, IntentBody, RefusalCode][] = [
    // A team acting for another capital.
    [capital, pick(dice, policy), 'not-your-capital'],
    // An observer (the projector) sends nothing at all.
    ['observer', pick(dice, policy), 'seat-not-allowed'],
    ['observer', { type: 'game.start' }, 'seat-not-allowed'],
    ['observer', facilitatorIntent(dice, 3), 'seat-not-allowed'],
    // A team sending the facilitator's intents, or moving the game on.
    [capital, facilitatorIntent(dice, 3), 'seat-not-allowed'],
    [capital, { type: 'round.next' }, 'seat-not-allowed'],
    [capital, { type: 'game.start' }, 'seat-not-allowed'],
  ];
  return pick(dice, cases);
}

describe('random play', () => {
  it('3000 games on the model loop: indicators stay in bounds and every game ends in time', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      const dice = Dice.fromSeed(seed * 7919);
      const game = playGame(s, {
        seed,
        turnOrder: seed % 2 ? 'sealed' : 'sequential',
        // Half the capitals pick uniformly among their legal options; the AI plays the rest.
        chooser: (capital, g) => {
          if (dice.float() < 0.5) return undefined;
          const legal = legalOptionIds(s, g, capital);
          return { optionId: legal[dice.int(0, legal.length - 1)] as string, by: 'human' };
        },
      });
      if (!game.outcome) problems.push(`seed ${seed}: no outcome`);
      if (game.history.length > s.rounds)
        problems.push(`seed ${seed}: ${game.history.length} rounds`);
      for (const record of game.history) {
        for (const id of INDICATORS) {
          const v = record.indicators[id];
          if (v < INDICATOR_MIN || v > INDICATOR_MAX) problems.push(`seed ${seed}: ${id} = ${v}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('1000 games through the host with wrong seats, illegal and facilitator intents mixed in: none breaks or sticks, each record replays exactly', () => {
    const visited = new Set<string>();
    const codes = new Map<string, number>();
    const accepted = new Map<string, number>();
    let refusals = 0;
    let replayed = 0;
    const problems: string[] = [];
    for (let seed = 1; seed <= 1000; seed++) {
      const dice = Dice.fromSeed(seed);
      const controllers = Object.fromEntries(
        CAPITALS.map((c) => [c, dice.float() < 0.5 ? 'human' : 'ai']),
      ) as Record<CapitalId, 'human' | 'ai'>;
      const clock = fakeClock();
      const game = LocalGame.start(
        s,
        { seed, turnOrder: seed % 2 ? 'sealed' : 'sequential', controllers },
        clock,
      );
      let n = 0;
      const say = (what: string) => problems.push(`seed ${seed}: ${what}`);
      const send = (seat: Seat, intent: IntentBody) => {
        const ack = game.receive({ ...intent, seat, id: `${seat}-${++n}` });
        if (!ack.ok) {
          refusals++;
          codes.set(ack.refusal.code, (codes.get(ack.refusal.code) ?? 0) + 1);
          if (ack.refusal.code === 'malformed') say(`${JSON.stringify(intent)} called malformed`);
        }
        return ack;
      };
      // Rewinds and early ends are bounded, so that every game still ends.
      let rewinds = 0;
      let events = 0;
      for (; events < 3000; events++) {
        const { phase, context } = game.state();
        visited.add(
          phase === 'decisions' ? `decisions:${context.turnOrder}:${context.stage}` : phase,
        );
        if (phase === 'debrief') {
          // A finished game may be rewound (a branch); a few are, once.
          if (rewinds < 1 && dice.float() < 0.1) {
            rewinds++;
            send('facilitator', {
              type: 'facilitator.rewind',
              round: dice.int(1, context.game.history.length),
            });
            continue;
          }
          break;
        }
        const capital = pick(dice, CAPITALS);
        const other = CAPITALS[(CAPITALS.indexOf(capital) + dice.int(1, 3)) % 4] as CapitalId;
        const before = game.state();
        const roll = dice.float();
        if (roll < 0.1) {
          // Time passes: a running round timer may fire (the host sends its time-up).
          clock.advance(dice.int(0, 700) * 1000);
        } else if (roll < 0.2) {
          const [seat, intent, code] = wrongSeat(dice, capital, other);
          const ack = send(seat, intent);
          if (ack.ok || ack.refusal.code !== code)
            say(
              `${seat} ${JSON.stringify(intent)}: ${ack.ok ? 'applied' : ack.refusal.code}, not ${code}`,
            );
          if (changed(before, game.state())) say(`refused ${intent.type} changed the game`);
        } else if (roll < 0.35) {
          // Anything at all: a random intent, often illegal or out of turn.
          const kinds: IntentBody[] = [
            { type: 'game.start' },
            { type: 'round.next' },
            { type: 'policy.select', capital, optionId: pick(dice, allOptionIds) },
            { type: 'policy.commit', capital },
            { type: 'policy.revise', capital },
          ];
          const intent = pick(dice, kinds);
          const seat: Seat = dice.float() < 0.5 ? 'facilitator' : capital;
          if (!send(seat, intent).ok && changed(before, game.state()))
            say(`refused ${intent.type} changed the game`);
        } else if (roll < 0.45) {
          const intent = facilitatorIntent(dice, context.game.history.length);
          if (intent.type === 'facilitator.rewind' && (rewinds >= 2 || dice.float() < 0.7))
            continue;
          if (intent.type === 'facilitator.end' && dice.float() < 0.7) continue;
          const ack = send('facilitator', intent);
          if (ack.ok && intent.type === 'facilitator.rewind') rewinds++;
          if (!ack.ok && changed(before, game.state()))
            say(`refused ${intent.type} changed the game`);
        } else if (context.paused) {
          send('facilitator', { type: 'facilitator.resume' });
        } else if (phase === 'briefing') {
          send('facilitator', { type: 'game.start' });
        } else if (phase === 'report') {
          send('facilitator', { type: 'round.next' });
        } else {
          const waiting = context.open.filter((c) => !context.committed.includes(c));
          if (waiting.length === 0) {
            // Nobody left to decide at this stage: let time pass.
            clock.advance(60_000);
            continue;
          }
          const who = pick(dice, waiting);
          // Mostly the team itself; now and then the facilitator for it.
          const seat: Seat = dice.float() < 0.9 ? who : 'facilitator';
          if (context.selections[who] && dice.float() < 0.7)
            send(seat, { type: 'policy.commit', capital: who });
          else {
            const legal = legalOptionIds(s, context.game, who);
            send(seat, { type: 'policy.select', capital: who, optionId: pick(dice, legal) });
          }
        }
        const after = game.state().context.game;
        for (const id of INDICATORS) {
          const v = after.indicators[id];
          if (v < INDICATOR_MIN || v > INDICATOR_MAX) say(`${id} = ${v}`);
        }
        if (problems.length > 10) break;
      }
      const final = game.state();
      if (final.phase !== 'debrief') say(`stuck in ${final.phase} after ${events} events`);
      if (!final.context.game.outcome) say('no outcome');
      const status = (game.persisted() as { status?: unknown }).status;
      if (status !== 'active') say(`game ${String(status)}`);
      for (const record of final.context.game.history)
        for (const id of INDICATORS) {
          const v = record.indicators[id];
          if (v < INDICATOR_MIN || v > INDICATOR_MAX) say(`round ${record.round}: ${id} = ${v}`);
        }
      // (Counted from the log: the host's own time-up intents are in it too.)
      for (const intent of game.record().log ?? [])
        accepted.set(intent.type, (accepted.get(intent.type) ?? 0) + 1);
      // The record replays exactly: the whole persisted snapshot, not only the game.
      const reopened = LocalGame.fromRecord(s, game.record(), fakeClock());
      if (!reopened.ok) say(`record does not replay: ${JSON.stringify(reopened.error)}`);
      else {
        if (JSON.stringify(reopened.game.persisted()) !== JSON.stringify(game.persisted()))
          say('replayed snapshot differs');
        else replayed++;
        reopened.game.stop();
      }
      game.stop();
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
    expect(replayed).toBe(1000);
    expect(refusals).toBeGreaterThan(5000);
    // The wrong seats were refused for their seat, and every facilitator control was applied.
    expect(codes.get('not-your-capital')).toBeGreaterThan(100);
    expect(codes.get('seat-not-allowed')).toBeGreaterThan(100);
    for (const type of [
      'facilitator.pause',
      'facilitator.resume',
      'facilitator.lens',
      'facilitator.inject',
      'facilitator.timer',
      'facilitator.timeUp',
      'facilitator.revealAi',
      'facilitator.rewind',
      'facilitator.end',
    ])
      expect(accepted.get(type), type).toBeGreaterThan(20);
    // Every phase and every stage of both turn orders was reached.
    for (const state of [
      'briefing',
      'decisions:sealed:0',
      'decisions:sequential:0',
      'decisions:sequential:1',
      'report',
      'debrief',
    ])
      expect(visited).toContain(state);
    // (Every game is played and then replayed from its record: about 20 s here, twice that under
    // a full parallel run.)
  }, 120_000);
});
