import { describe, expect, it } from 'vitest';
import { type Actor, createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { GameContext, GameSetup } from '../../src/machines/game-events';
import { createGameMachine, type GameMachine, phaseOf } from '../../src/machines/game-machine';
import { CAPITALS } from '../../src/model/ids';
import type { TurnOrder } from '../../src/model/state';
import { INTENT_TYPES, type LoggedIntent } from '../../src/protocol/intents';
import type { Refusal } from '../../src/protocol/refusals';
import { scenario } from '../helpers';

// The game machine walked along its own graph: from every state the chart can reach (up to an
// abstraction of its context), every intent it takes is taken somewhere, and every intent a seat
// has no right to send is refused there and changes nothing. Every capital is the AI's here, so
// that a state rests in decisions only where the facilitator has taken a capital's decision
// back: the graph walk runs the machine without live child actors.

const s = scenario();
const machine = createGameMachine(s);
const LATE = 2_000_000_000_000; // a time after any timer's deadline

const by = (seat: LoggedIntent['seat'], intent: object, at = 0) =>
  ({ ...intent, seat, at }) as LoggedIntent;
/** What the facilitator may do: every intent type, each with one valid payload. */
const facilitatorIntents: LoggedIntent[] = [
  by('facilitator', { type: 'game.start' }),
  by('facilitator', { type: 'round.next' }),
  by('facilitator', { type: 'policy.revise', capital: 'us' }),
  by('facilitator', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' }),
  by('facilitator', { type: 'policy.commit', capital: 'us' }),
  by('facilitator', { type: 'facilitator.pause' }),
  by('facilitator', { type: 'facilitator.resume' }),
  by('facilitator', { type: 'facilitator.inject', eventId: 'event.false-alarm' }),
  by('facilitator', { type: 'facilitator.lens', lens: 'deterrence' }),
  by('facilitator', { type: 'facilitator.timer', seconds: 60, atTimeUp: 'ai-decides' }),
  by('facilitator', { type: 'facilitator.timeUp' }, LATE),
  by('facilitator', { type: 'facilitator.revealAi', on: true }),
  by('facilitator', { type: 'facilitator.rewind', round: 1 }),
  by('facilitator', { type: 'facilitator.end' }),
];
/** What no seat but the facilitator may send, sent by teams and by the projector. */
const forbidden: { intent: LoggedIntent; codes: Refusal['code'][] }[] = [
  ...facilitatorIntents
    .filter((i) => !i.type.startsWith('policy.'))
    .flatMap((i) => [
      { intent: { ...i, seat: 'japan' as const }, codes: ['seat-not-allowed' as const] },
      { intent: { ...i, seat: 'observer' as const }, codes: ['seat-not-allowed' as const] },
    ]),
  ...facilitatorIntents
    .filter((i) => i.type.startsWith('policy.'))
    .flatMap((i) => [
      { intent: { ...i, seat: 'japan' as const }, codes: ['not-your-capital' as const] },
      { intent: { ...i, seat: 'observer' as const }, codes: ['seat-not-allowed' as const] },
    ]),
];

/** The abstraction of a state the walk tells apart. */
function key(value: unknown, context: GameContext): string {
  return [
    phaseOf(value),
    context.stage,
    [...context.committed].sort().join('+'),
    context.paused,
    Math.min(context.game.round, 3),
    context.timer ? (context.timer.timeUp ? 'up' : 'set') : 'none',
    context.revealAi,
    context.branch ? 'branch' : 'trunk',
    context.game.outcome ? 'over' : 'on',
  ].join('|');
}

function walk(turnOrder: TurnOrder) {
  const input: GameSetup = {
    seed: 3,
    turnOrder,
    controllers: { northKorea: 'ai', us: 'ai', japan: 'ai', southKorea: 'ai' },
  };
  const paths = getShortestPaths(machine, {
    input,
    events: facilitatorIntents,
    serializeState: (state) => key(state.value, state.context as GameContext),
  });
  return { input, paths };
}

/** Play a path's steps on a live actor, as a host would. */
function live(input: GameSetup, events: readonly unknown[]): Actor<GameMachine> {
  const actor = createActor(machine, { input }).start();
  for (const event of events) actor.send(event as LoggedIntent);
  return actor;
}

describe.each(['sealed', 'sequential'] as const)('the game machine’s graph (%s)', (turnOrder) => {
  const { input, paths } = walk(turnOrder);

  it('reaches every phase, the pause, the timer, a branch and an early end', () => {
    const keys = paths.map((p) => key(p.state.value, p.state.context as GameContext));
    const phases = new Set(keys.map((k) => k.split('|')[0]));
    expect(phases).toEqual(new Set(['briefing', 'decisions', 'report', 'debrief']));
    expect(keys.some((k) => k.includes('|true|') && k.startsWith('decisions'))).toBe(true);
    expect(keys.some((k) => k.includes('|up|'))).toBe(true);
    expect(keys.some((k) => k.includes('|branch|'))).toBe(true);
    if (turnOrder === 'sequential')
      expect(keys.some((k) => k.startsWith('decisions|1|'))).toBe(true);
    expect(paths.length).toBeGreaterThan(30);
  });

  it('takes every intent type somewhere on its paths, and logs each one it takes', () => {
    const taken = new Set<string>();
    for (const path of paths) {
      let before = 0;
      for (const step of path.steps) {
        const log = (step.state.context as GameContext).log;
        if (log.length > before) {
          expect(log.at(-1)).toEqual(step.event);
          taken.add(step.event.type);
        }
        before = log.length;
      }
    }
    expect([...taken].sort()).toEqual([...INTENT_TYPES].sort());
  });

  it('in every state it reaches, refuses what a seat has no right to send, changing nothing', () => {
    for (const path of paths) {
      const actor = live(
        input,
        path.steps.slice(1).map((step) => step.event),
      );
      const { value, context } = actor.getSnapshot();
      // The live game is in the very state the walk reached.
      expect(key(value, context)).toBe(key(path.state.value, path.state.context as GameContext));
      const before = JSON.stringify(actor.getPersistedSnapshot());
      for (const { intent, codes } of forbidden) {
        let refusal: Refusal | null = null;
        const listening = actor.on('refused', (event) => {
          refusal = event.refusal;
        });
        actor.send(intent);
        listening.unsubscribe();
        const code = (refusal as Refusal | null)?.code;
        // A finished game answers "game over" to everyone before it looks at the seat's rights.
        expect(code === 'game-over' || codes.includes(code as Refusal['code'])).toBe(true);
      }
      expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(before);
      actor.stop();
    }
  });

  it('never lets a capital be committed twice, nor a selection stand outside the open turns', () => {
    for (const path of paths) {
      const context = path.state.context as GameContext;
      expect(new Set(context.committed).size).toBe(context.committed.length);
      for (const capital of CAPITALS)
        if (context.selections[capital]) expect(context.open).toContain(capital);
    }
  });
});
