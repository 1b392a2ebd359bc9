import { describe, expect, it } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import type { GameContext, GameEvent } from '../../src/machines/game-events';
import { createGameMachine, phaseOf } from '../../src/machines/game-machine';
import {
  CapitalTurnEventSchema,
  GameEventSchema,
  malformedReason,
  sendIntent,
} from '../../src/machines/intent-schema';
import { CAPITALS, type CapitalId } from '../../src/model/ids';
import { legalOptionIds } from '../../src/model/options';
import { Dice } from '../../src/model/rng';
import { scenario } from '../helpers';

const s = scenario();
const machine = createGameMachine(s);
const huge = 'x'.repeat(100_000);
const decision = { optionId: 'us.un-sanctions', by: 'human' };

describe('the intent schema', () => {
  it.each([
    ['null', null, /not an object/],
    ['a number', 5, /not an object/],
    ['an array', ['policy.select'], /not an object/],
    ['no type', { capital: 'us' }, /type is not a string/],
    ['a number as type', { type: 7 }, /type is not a string/],
    ['an object as type', { type: { nested: ['policy.select'] } }, /type is not a string/],
    ['an unknown type', { type: 'policy.steal' }, /unknown intent "policy.steal"/],
    ['a huge unknown type', { type: huge }, /unknown intent "x{40}…"\.$/],
    ['a forged XState error', { type: 'xstate.error.actor.turn.us', error: 1 }, /unknown intent/],
    ['a forged refusal', { type: 'intent.malformed', reason: 'hi' }, /unknown intent/],
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
    ['an unknown capital', { type: 'policy.commit', capital: 'mars' }, /No such capital/],
    ['a number as capital', { type: 'policy.revise', capital: 3 }, /No such capital/],
    [
      'a number as rationale',
      { type: 'policy.select', capital: 'us', optionId: 'a', rationale: 42 },
      /rationale/,
    ],
    [
      'NaN as rationale',
      { type: 'policy.select', capital: 'us', optionId: 'a', rationale: Number.NaN },
      /rationale/,
    ],
    [
      'a rationale past 280 characters',
      { type: 'policy.select', capital: 'us', optionId: 'a', rationale: 'y'.repeat(281) },
      /rationale/,
    ],
    ['a huge option id', { type: 'policy.select', capital: 'us', optionId: huge }, /optionId/],
    ['an empty option id', { type: 'policy.select', capital: 'us', optionId: '' }, /optionId/],
    ['Infinity as event card', { type: 'facilitator.inject', eventId: Infinity }, /eventId/],
    ['nested junk as lens', { type: 'facilitator.lens', lens: { a: [{ b: 1 }] } }, /lens/],
    ['an extra field', { type: 'round.next', extra: 1 }, /unexpected extra/],
  ])('refuses %s', (_, event, reason) => {
    expect(malformedReason(GameEventSchema, event)).toMatch(reason);
  });

  it.each([
    ['a turn.open with NaN round', { type: 'turn.open', round: Number.NaN, legalOptionIds: [] }],
    ['a turn.open with Infinity', { type: 'turn.open', round: Infinity, legalOptionIds: [] }],
    ['a turn.open with a fractional round', { type: 'turn.open', round: 1.5, legalOptionIds: [] }],
    ['a turn.open with junk options', { type: 'turn.open', round: 1, legalOptionIds: [1, 2] }],
    ['a select without decision', { type: 'policy.select' }],
    ['a select with a string decision', { type: 'policy.select', decision: 'a' }],
    ['an unknown type', { type: 'turn.steal' }],
  ])('refuses %s to a capital turn', (_, event) => {
    expect(malformedReason(CapitalTurnEventSchema, event)).toMatch(/^Refused/);
  });

  it.each([
    { type: 'game.start' },
    { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions', rationale: 'Why not.' },
    { type: 'turn.committed', capital: 'us', decision },
    { type: 'turn.selected', capital: 'us', decision: null },
    { type: 'facilitator.end' },
  ])('accepts %j', (event) => {
    expect(malformedReason(GameEventSchema, event)).toBeNull();
  });
});

type Snapshot = ReturnType<ReturnType<typeof createActor<typeof machine>>['getSnapshot']>;

/** Malformed intents of many shapes, for a capital. */
function malformedShapes(capital: CapitalId): unknown[] {
  return [
    null,
    undefined,
    42,
    'game.start',
    [],
    {},
    { type: 5 },
    { type: null },
    { type: ['policy.select'] },
    { type: { deep: { deeper: [1, { type: 'game.start' }] } } },
    { type: 'nope' },
    { type: huge },
    { type: 'xstate.error.actor.turn.us', error: new Error('forged') },
    { type: 'intent.malformed', reason: 'forged' },
    { type: 'turn.committed', capital },
    { type: 'turn.committed', capital, decision: 'nk.nuclear-test' },
    { type: 'turn.selected', capital, decision: { optionId: 1, by: 'human' } },
    { type: 'turn.revised', capital: { capital } },
    { type: 'policy.select', capital, optionId: 42 },
    { type: 'policy.select', capital, optionId: huge },
    { type: 'policy.select', capital, optionId: 'us.un-sanctions', rationale: 7 },
    { type: 'policy.select', capital, optionId: 'us.un-sanctions', rationale: huge },
    { type: 'policy.select', capital: 'mars', optionId: 'us.un-sanctions' },
    { type: 'policy.commit', capital: Number.NaN },
    { type: 'policy.revise', capital: null },
    { type: 'round.next', round: Infinity },
    { type: 'facilitator.inject', eventId: Number.POSITIVE_INFINITY },
    { type: 'facilitator.lens', lens: { a: [{ b: [huge] }] } },
    { type: 'facilitator.pause', now: true },
  ];
}
const shapesFor = new Map(CAPITALS.map((c) => [c, malformedShapes(c)]));

/** The next well-formed intent a table might send: mostly legal, to keep the game moving. */
function wellFormed(snap: Snapshot, dice: Dice): GameEvent {
  const phase = phaseOf(snap.value);
  if (phase === 'briefing') return { type: 'game.start' };
  if (phase === 'report') return { type: 'round.next' };
  const { context } = snap;
  const waiting = context.open.filter((c) => !context.committed.includes(c));
  const who = waiting[dice.int(0, Math.max(0, waiting.length - 1))] ?? 'us';
  if (context.selections[who] && dice.float() < 0.7) return { type: 'policy.commit', capital: who };
  const legal = legalOptionIds(s, context.game, who);
  return {
    type: 'policy.select',
    capital: who,
    optionId: legal[dice.int(0, legal.length - 1)] as string,
  };
}

/** What a refusal changed besides the refusal itself: state, context or a turn (by identity). */
function changes(before: Snapshot, after: Snapshot): string[] {
  const changed: string[] = [];
  if (JSON.stringify(after.value) !== JSON.stringify(before.value)) changed.push('state');
  for (const key of Object.keys(before.context) as (keyof GameContext)[])
    if (key !== 'refusal' && after.context[key] !== before.context[key]) changed.push(key);
  for (const [id, turn] of Object.entries(before.children))
    if (after.children[id] !== turn) changed.push(id);
  return changed;
}

describe('malformed intents mixed into random games', () => {
  it('200 seeded games: never an error, each malformed intent refused and harmless, every game ends', () => {
    const problems: string[] = [];
    let malformedSent = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const dice = Dice.fromSeed(seed * 104_729);
      const controllers = Object.fromEntries(
        CAPITALS.map((c) => [c, dice.float() < 0.5 ? 'human' : 'ai']),
      ) as Record<CapitalId, 'human' | 'ai'>;
      const actor = createActor(machine, {
        input: { seed, turnOrder: seed % 2 ? 'sealed' : 'sequential', controllers },
      }).start();
      for (
        let events = 0;
        events < 2000 && phaseOf(actor.getSnapshot().value) !== 'debrief';
        events++
      ) {
        const before = actor.getSnapshot();
        const capital = CAPITALS[dice.int(0, 3)] as CapitalId;
        if (dice.float() < 0.3) {
          const shapes = shapesFor.get(capital) ?? [];
          const event = shapes[dice.int(0, shapes.length - 1)];
          const turnsBefore = Object.fromEntries(
            Object.entries(before.children).map(([id, t]) => [
              id,
              (t as AnyActorRef).getSnapshot(),
            ]),
          );
          const turn = Object.values(before.children)[0] as AnyActorRef | undefined;
          // Now and then straight to a capital's turn actor, past the game.
          const target: AnyActorRef = turn && dice.float() < 0.2 ? turn : actor;
          malformedSent++;
          sendIntent(target, event);
          const after = actor.getSnapshot();
          if (target === actor && !after.context.refusal?.startsWith('Refused'))
            problems.push(`seed ${seed}: ${JSON.stringify(event)?.slice(0, 80)} not refused`);
          const changed = changes(before, after);
          for (const [id, turn] of Object.entries(turnsBefore))
            if ((after.children[id] as AnyActorRef).getSnapshot() !== turn) changed.push(id);
          if (changed.length > 0)
            problems.push(
              `seed ${seed}: ${JSON.stringify(event)?.slice(0, 80)} changed ${changed}`,
            );
        } else actor.send(wellFormed(before, dice));
        const after = actor.getSnapshot();
        if (after.status === 'error') problems.push(`seed ${seed}: actor error`);
        // (At the debrief the game is done and stops its turns.)
        if (phaseOf(after.value) !== 'debrief')
          for (const [id, child] of Object.entries(after.children))
            if ((child as AnyActorRef).getSnapshot().status !== 'active')
              problems.push(`seed ${seed}: ${id} not active`);
        if (problems.length > 10) break;
      }
      if (phaseOf(actor.getSnapshot().value) !== 'debrief') problems.push(`seed ${seed}: stuck`);
      actor.stop();
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
    expect(malformedSent).toBeGreaterThan(2000);
  });
});
