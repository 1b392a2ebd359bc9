import { describe, expect, it } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import { LocalGame } from '../../src/client/local-game';
import type { AuthorityState, GameContext, RefusedEmitted } from '../../src/machines/game-events';
import { createGameMachine, phaseOf } from '../../src/machines/game-machine';
import {
  CapitalTurnEventSchema,
  eventProblem,
  GameEventSchema,
  sendEvent,
} from '../../src/machines/intent-schema';
import { CAPITALS, type CapitalId } from '../../src/model/ids';
import { legalOptionIds } from '../../src/model/options';
import { Dice } from '../../src/model/rng';
import type { IntentBody, LoggedIntent } from '../../src/protocol/intents';
import type { Refusal } from '../../src/protocol/refusals';
import type { Seat } from '../../src/protocol/seat';
import { scenario } from '../helpers';
import { fakeClock } from './fake-clock';

const s = scenario();
const machine = createGameMachine(s);
const huge = 'x'.repeat(100_000);
const decision = { optionId: 'us.un-sanctions', by: 'human' };
/** What a host adds to an intent before the game sees it. */
const us = { seat: 'us', at: 1 } as const;
const fac = { seat: 'facilitator', at: 1 } as const;

describe('the intent schema', () => {
  it.each([
    ['null', null, /not an object/],
    ['a number', 5, /not an object/],
    ['an array', ['policy.select'], /not an object/],
    ['no type', { capital: 'us', ...us }, /type is not a string/],
    ['a number as type', { type: 7 }, /type is not a string/],
    ['an object as type', { type: { nested: ['policy.select'] } }, /type is not a string/],
    ['an unknown type', { type: 'policy.steal', ...us }, /^"policy.steal": type:/],
    ['a huge unknown type', { type: huge }, /^"x{40}…": type:/],
    ['a forged XState error', { type: 'xstate.error.actor.turn.us', error: 1 }, /: type:/],
    ['a forged refusal', { type: 'intent.malformed', reason: 'hi', seat: 'us' }, /: type:/],
    ['a turn.committed without decision', { type: 'turn.committed', capital: 'us' }, /decision/],
    [
      'a decision with a number as option',
      { type: 'turn.selected', capital: 'us', decision: { optionId: 5, by: 'human' } },
      /decision\.optionId/,
    ],
    [
      'a decision by nobody',
      { type: 'turn.committed', capital: 'us', decision: { optionId: 'a', by: 'x' } },
      /decision\.by/,
    ],
    ['an unknown capital', { type: 'policy.commit', capital: 'mars', ...us }, /No such capital/],
    ['a number as capital', { type: 'policy.revise', capital: 3, ...us }, /No such capital/],
    [
      'a number as rationale',
      { type: 'policy.select', capital: 'us', optionId: 'a', rationale: 42, ...us },
      /rationale/,
    ],
    [
      'NaN as rationale',
      { type: 'policy.select', capital: 'us', optionId: 'a', rationale: Number.NaN, ...us },
      /rationale/,
    ],
    [
      'a rationale past 280 characters',
      { type: 'policy.select', capital: 'us', optionId: 'a', rationale: 'y'.repeat(281), ...us },
      /rationale/,
    ],
    [
      'a huge option id',
      { type: 'policy.select', capital: 'us', optionId: huge, ...us },
      /optionId/,
    ],
    [
      'an empty option id',
      { type: 'policy.select', capital: 'us', optionId: '', ...us },
      /optionId/,
    ],
    [
      'Infinity as event card',
      { type: 'facilitator.inject', eventId: Infinity, ...fac },
      /eventId/,
    ],
    ['nested junk as lens', { type: 'facilitator.lens', lens: { a: [{ b: 1 }] }, ...fac }, /lens/],
    ['an extra field', { type: 'round.next', extra: 1, ...fac }, /"round.next": intent:/],
    ['an intent without a seat', { type: 'round.next', at: 1 }, /seat: No such seat/],
    ['an unknown seat', { type: 'round.next', seat: 'mars', at: 1 }, /seat: No such seat/],
    ['an intent without a time', { type: 'round.next', seat: 'facilitator' }, /: at:/],
    ['a negative time', { type: 'round.next', seat: 'facilitator', at: -1 }, /: at:/],
    ['NaN as time', { type: 'round.next', seat: 'facilitator', at: Number.NaN }, /: at:/],
    ['a time past the year 2286', { type: 'round.next', seat: 'facilitator', at: 1e20 }, /: at:/],
    // A client's id is the host's business: the game never sees one.
    ['a client id', { type: 'round.next', id: 'x', ...fac }, /"round.next": intent:/],
    [
      'a timer under 10 seconds',
      { type: 'facilitator.timer', seconds: 5, atTimeUp: 'ai-decides', ...fac },
      /seconds/,
    ],
    [
      'an unknown time-up rule',
      { type: 'facilitator.timer', seconds: 60, atTimeUp: 'whatever', ...fac },
      /atTimeUp/,
    ],
    ['a rewind to round 0', { type: 'facilitator.rewind', round: 0, ...fac }, /round/],
    ['a string as revealAi', { type: 'facilitator.revealAi', on: 'yes', ...fac }, /: on:/],
  ])('refuses %s', (_, event, reason) => {
    expect(eventProblem(GameEventSchema, event)).toMatch(reason);
  });

  it.each([
    ['a turn.open with NaN round', { type: 'turn.open', round: Number.NaN }, /round/],
    ['a turn.open with Infinity', { type: 'turn.open', round: Infinity }, /round/],
    ['a turn.open with a fractional round', { type: 'turn.open', round: 1.5 }, /round/],
    ['a turn.open with an extra field', { type: 'turn.open', round: 1, legalOptionIds: [] }, /./],
    ['a select without decision', { type: 'policy.select' }, /decision/],
    ['a select with a string decision', { type: 'policy.select', decision: 'a' }, /decision/],
    ['an unknown type', { type: 'turn.steal' }, /type/],
  ])('refuses %s to a capital turn', (_, event, reason) => {
    expect(eventProblem(CapitalTurnEventSchema, event)).toMatch(reason);
  });

  it.each([
    { type: 'game.start', seat: 'facilitator', at: 0 },
    {
      type: 'policy.select',
      capital: 'us',
      optionId: 'us.un-sanctions',
      rationale: 'Why not.',
      ...us,
    },
    { type: 'facilitator.timer', seconds: null, atTimeUp: 'round-waits', ...fac },
    { type: 'turn.committed', capital: 'us', decision },
    { type: 'turn.selected', capital: 'us', decision: null },
    { type: 'facilitator.end', seat: 'observer', at: 0 },
  ])('accepts %j', (event) => {
    expect(eventProblem(GameEventSchema, event)).toBeNull();
  });
});

/** Malformed intents of many shapes, claiming to come from a seat (as a client would send them). */
function malformedShapes(seat: Seat, capital: CapitalId): unknown[] {
  const from = { seat, id: 'm' };
  return [
    null,
    undefined,
    42,
    'game.start',
    [],
    {},
    { type: 5, ...from },
    { type: null, ...from },
    { type: ['policy.select'], ...from },
    { type: { deep: { deeper: [1, { type: 'game.start' }] } }, ...from },
    { type: 'nope', ...from },
    { type: huge, ...from },
    { type: 'xstate.error.actor.turn.us', error: new Error('forged'), ...from },
    { type: 'xstate.stop', ...from },
    { type: 'intent.malformed', reason: 'forged', ...from },
    { type: 'turn.committed', capital, ...from },
    { type: 'turn.committed', capital, decision: 'nk.nuclear-test', ...from },
    { type: 'turn.selected', capital, decision: { optionId: 1, by: 'human' }, ...from },
    { type: 'turn.revised', capital: { capital }, ...from },
    { type: 'policy.select', capital, optionId: 42, ...from },
    { type: 'policy.select', capital, optionId: huge, ...from },
    { type: 'policy.select', capital, optionId: 'us.un-sanctions', rationale: 7, ...from },
    { type: 'policy.select', capital, optionId: 'us.un-sanctions', rationale: huge, ...from },
    { type: 'policy.select', capital: 'mars', optionId: 'us.un-sanctions', ...from },
    { type: 'policy.commit', capital: Number.NaN, ...from },
    { type: 'policy.revise', capital: null, ...from },
    { type: 'policy.commit', capital, seat: 'mars', id: 'm' },
    { type: 'round.next', round: Infinity, ...from },
    { type: 'facilitator.inject', eventId: Number.POSITIVE_INFINITY, ...from },
    { type: 'facilitator.lens', lens: { a: [{ b: [huge] }] }, ...from },
    { type: 'facilitator.pause', now: true, ...from },
    { type: 'facilitator.timer', seconds: 1, atTimeUp: 'ai-decides', ...from },
    { type: 'facilitator.timer', seconds: Infinity, atTimeUp: 'ai-decides', ...from },
    { type: 'facilitator.rewind', round: -1, ...from },
    { type: 'facilitator.rewind', round: 1.5, ...from },
    { type: 'facilitator.revealAi', on: 1, ...from },
  ];
}

/** Shapes only a client can get wrong: its intent's id, and a time it has no right to stamp. */
function clientOnlyShapes(seat: Seat, capital: CapitalId): unknown[] {
  return [
    { type: 'policy.commit', capital, seat },
    { type: 'policy.commit', capital, seat, id: '' },
    { type: 'policy.commit', capital, seat, id: huge },
    { type: 'policy.commit', capital, seat, id: 7 },
    { type: 'facilitator.end', seat, id: 'm', at: 0 },
  ];
}

/** The same shapes as they would reach the game machine straight (stamped, without a client id). */
function stamped(raw: unknown, at: number): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { id: _id, ...rest } = raw as Record<string, unknown>;
  return 'at' in rest ? rest : { ...rest, at };
}

/** The next well-formed intent a table might send: mostly legal, to keep the game moving. */
function wellFormed({ phase, context }: AuthorityState, dice: Dice): [Seat, IntentBody] {
  if (context.paused) return ['facilitator', { type: 'facilitator.resume' }];
  if (phase === 'briefing') return ['facilitator', { type: 'game.start' }];
  if (phase === 'report') return ['facilitator', { type: 'round.next' }];
  const waiting = context.open.filter((c) => !context.committed.includes(c));
  const who = waiting[dice.int(0, Math.max(0, waiting.length - 1))] ?? 'us';
  if (context.selections[who] && dice.float() < 0.7)
    return [who, { type: 'policy.commit', capital: who }];
  const legal = legalOptionIds(s, context.game, who);
  return [
    who,
    {
      type: 'policy.select',
      capital: who,
      optionId: legal[dice.int(0, legal.length - 1)] as string,
    },
  ];
}

/** Well-formed intents the game must refuse: a wrong seat, or not legal now. */
function illegal(capital: CapitalId, other: CapitalId): [Seat, IntentBody][] {
  return [
    ['observer', { type: 'policy.commit', capital }],
    ['observer', { type: 'round.next' }],
    [capital, { type: 'facilitator.end' }],
    [capital, { type: 'game.start' }],
    [capital, { type: 'policy.select', capital: other, optionId: 'us.un-sanctions' }],
    ['facilitator', { type: 'facilitator.inject', eventId: 'event.nonexistent' }],
    ['facilitator', { type: 'facilitator.lens', lens: 'no-such-lens' }],
    ['facilitator', { type: 'facilitator.rewind', round: 999 }],
    ['facilitator', { type: 'facilitator.timeUp' }],
  ];
}

/** What an intent changed in the authority's state: its phase, or a part of its context. */
function changes(before: AuthorityState, after: AuthorityState): string[] {
  const changed: string[] = [];
  if (after.phase !== before.phase) changed.push('phase');
  for (const key of Object.keys(before.context) as (keyof GameContext)[])
    if (after.context[key] !== before.context[key]) changed.push(key);
  return changed;
}

type GameActor = ReturnType<typeof createActor<typeof machine>>;
const stateOf = (actor: GameActor): AuthorityState => {
  const snapshot = actor.getSnapshot();
  return { phase: phaseOf(snapshot.value), context: snapshot.context };
};

/** A refusal's code, null if the intent was applied, or what went wrong if neither happened. */
type Code = Refusal['code'] | 'not-applied-nor-refused' | null;

/** A game's driver: the same dice, fed either to a LocalGame or straight to a bare actor. */
interface Table {
  /** Whether it takes intents as a client sends them (with an id, without a time). */
  client: boolean;
  state(): AuthorityState;
  /** Send a client's raw intent (malformed or not); the refusal's code, or null if applied. */
  raw(raw: unknown): Code;
  send(seat: Seat, intent: IntentBody): Code;
  /** Whether the game (and every turn, before the debrief) is still running. */
  healthy(): string | null;
  turns(): AnyActorRef[];
  stop(): void;
}

/** The real boundary: a LocalGame parses, stamps and answers each intent. */
function localTable(setup: Parameters<typeof LocalGame.start>[1]): Table {
  const game = LocalGame.start(s, setup, fakeClock());
  let n = 0;
  const code = (ack: ReturnType<LocalGame['receive']>) => (ack.ok ? null : ack.refusal.code);
  return {
    client: true,
    state: () => game.state(),
    raw: (raw) => code(game.receive(raw)),
    send: (seat, intent) => code(game.receive({ ...intent, seat, id: `i${++n}` })),
    healthy: () => {
      const status = (game.persisted() as { status?: unknown }).status;
      return status === 'active' ? null : `game ${String(status)}`;
    },
    turns: () => [],
    stop: () => game.stop(),
  };
}

/** Past the host: stamped events straight into the game machine's actor, through sendEvent. */
function actorTable(setup: Parameters<typeof LocalGame.start>[1]): Table {
  const actor: GameActor = createActor(machine, { input: setup }).start();
  let refused: RefusedEmitted | null = null;
  actor.on('refused', (event) => {
    refused = event;
  });
  let at = 1_000;
  const deliver = (event: unknown): Code => {
    refused = null;
    const logged = actor.getSnapshot().context.log.length;
    sendEvent(actor, event);
    const r = refused as RefusedEmitted | null;
    if (r) return r.refusal.code;
    return actor.getSnapshot().context.log.length > logged ? null : 'not-applied-nor-refused';
  };
  return {
    client: false,
    state: () => stateOf(actor),
    raw: (raw) => deliver(stamped(raw, ++at)),
    send: (seat, intent) => deliver({ ...intent, seat, at: ++at } satisfies LoggedIntent),
    healthy: () => {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active') return `game ${snapshot.status}`;
      // (At the debrief the game is done and its turns are closed.)
      if (phaseOf(snapshot.value) !== 'debrief')
        for (const [id, child] of Object.entries(snapshot.children))
          if ((child as AnyActorRef).getSnapshot().status !== 'active') return `${id} not active`;
      return null;
    },
    turns: () => Object.values(actor.getSnapshot().children) as AnyActorRef[],
    stop: () => actor.stop(),
  };
}

describe('malformed intents mixed into random games', () => {
  it.each([
    ['through LocalGame.receive (the host’s boundary)', localTable],
    ['straight into the game actor with sendEvent', actorTable],
  ] as const)('120 seeded games %s: refused as malformed, harmless, every game ends', (_, make) => {
    const started = performance.now();
    const problems: string[] = [];
    let malformedSent = 0;
    let illegalSent = 0;
    let toTurns = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const dice = Dice.fromSeed(seed * 104_729);
      const controllers = Object.fromEntries(
        CAPITALS.map((c) => [c, dice.float() < 0.5 ? 'human' : 'ai']),
      ) as Record<CapitalId, 'human' | 'ai'>;
      const table = make({ seed, turnOrder: seed % 2 ? 'sealed' : 'sequential', controllers });
      const say = (what: string) => problems.push(`seed ${seed}: ${what}`);
      for (let events = 0; events < 2000 && table.state().phase !== 'debrief'; events++) {
        const before = table.state();
        const capital = CAPITALS[dice.int(0, 3)] as CapitalId;
        const other = CAPITALS[(CAPITALS.indexOf(capital) + dice.int(1, 3)) % 4] as CapitalId;
        const roll = dice.float();
        if (roll < 0.3) {
          const seats: Seat[] = [capital, 'facilitator', 'observer'];
          const seat = seats[dice.int(0, 2)] as Seat;
          const shapes = [
            ...malformedShapes(seat, capital),
            ...(table.client ? clientOnlyShapes(seat, capital) : []),
          ];
          const event = shapes[dice.int(0, shapes.length - 1)];
          const turns = table.turns();
          const what = JSON.stringify(event)?.slice(0, 80);
          if (turns.length > 0 && dice.float() < 0.2) {
            // Now and then straight to a capital's turn actor, past the game: dropped unseen.
            const turn = turns[dice.int(0, turns.length - 1)] as AnyActorRef;
            const turnBefore = turn.getSnapshot();
            toTurns++;
            sendEvent(turn, event);
            if (turn.getSnapshot() !== turnBefore) say(`${what} changed a turn`);
          } else {
            malformedSent++;
            const code = table.raw(event);
            if (code !== 'malformed') say(`${what} answered ${code}, not malformed`);
          }
          const changed = changes(before, table.state());
          if (changed.length > 0) say(`${what} changed ${changed}`);
        } else if (roll < 0.4) {
          const options = illegal(capital, other);
          const [seat, intent] = options[dice.int(0, options.length - 1)] as [Seat, IntentBody];
          illegalSent++;
          const code = table.send(seat, intent);
          if (code === null || code === 'malformed')
            say(`${seat} ${JSON.stringify(intent)} answered ${code}`);
          const changed = changes(before, table.state());
          if (changed.length > 0) say(`refused ${intent.type} changed ${changed}`);
        } else {
          const [seat, intent] = wellFormed(before, dice);
          const code = table.send(seat, intent);
          if (code === 'malformed') say(`well-formed ${JSON.stringify(intent)} called malformed`);
        }
        // (A LocalGame's health is read from its persisted snapshot: every few intents.)
        const health = !table.client || events % 16 === 0 ? table.healthy() : null;
        if (health) say(health);
        if (problems.length > 10) break;
      }
      if (table.state().phase !== 'debrief') say('stuck');
      if (table.state().context.game.outcome === null) say('no outcome');
      const health = table.healthy();
      if (health) say(health);
      table.stop();
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
    expect(malformedSent).toBeGreaterThan(1500);
    expect(illegalSent).toBeGreaterThan(400);
    if (make === actorTable) expect(toTurns).toBeGreaterThan(100);
    // Bounded in time: a fuzz that slows down is a finding too.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
