import { describe, expect, it } from 'vitest';
import { type Actor, createActor, fromTransition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { GameContext, GameSetup } from '../../src/machines/game-events';
import { createGameMachine, type GameMachine, phaseOf } from '../../src/machines/game-machine';
import { CAPITALS } from '../../src/model/ids';
import type { TurnOrder } from '../../src/model/state';
import { INTENT_TYPES, type LoggedIntent } from '../../src/protocol/intents';
import type { Refusal } from '../../src/protocol/refusals';
import { scenario } from '../helpers';

// The game machine walked along its own graph with xstate/graph: from every state it can reach
// (up to an abstraction of its context), every intent it takes is taken somewhere, and every
// intent a seat has no right to send is refused there and changes nothing. Each step of the walk
// runs on a live actor restored from the step before's persisted snapshot, so the capitals' own
// turn actors take part (xstate/graph's own stepping runs a machine without its children).

const s = scenario();
const machine = createGameMachine(s);
const LATE = 2_000_000_000_000; // a time after any timer's deadline

const by = (seat: LoggedIntent['seat'], intent: object, at = 0) =>
  ({ ...intent, seat, at }) as LoggedIntent;
/** What the teams may do: Pyongyang's and Washington's (both played by people here). */
const teamIntents: LoggedIntent[] = [
  by('northKorea', { type: 'policy.select', capital: 'northKorea', optionId: 'nk.pause' }),
  by('northKorea', { type: 'policy.commit', capital: 'northKorea', rationale: 'wait' }),
  by('northKorea', { type: 'policy.revise', capital: 'northKorea' }),
  by('us', { type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' }),
  by('us', { type: 'policy.commit', capital: 'us' }),
  by('us', { type: 'policy.revise', capital: 'us' }),
];
/** What the facilitator may do: every intent type, each with one valid payload. */
const facilitatorIntents: LoggedIntent[] = [
  by('facilitator', { type: 'game.start' }),
  by('facilitator', { type: 'round.next' }),
  // The facilitator takes back Tokyo's AI decision and decides for it.
  by('facilitator', { type: 'policy.revise', capital: 'japan' }),
  by('facilitator', { type: 'policy.select', capital: 'japan', optionId: 'japan.protest' }),
  by('facilitator', { type: 'policy.commit', capital: 'japan' }),
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
      { intent: { ...i, seat: 'southKorea' as const }, codes: ['seat-not-allowed' as const] },
      { intent: { ...i, seat: 'observer' as const }, codes: ['seat-not-allowed' as const] },
    ]),
  ...[...facilitatorIntents, ...teamIntents]
    .filter((i) => i.type.startsWith('policy.'))
    .flatMap((i) => [
      { intent: { ...i, seat: 'southKorea' as const }, codes: ['not-your-capital' as const] },
      { intent: { ...i, seat: 'observer' as const }, codes: ['seat-not-allowed' as const] },
    ]),
];

/** The abstraction of a state the walk tells apart. */
function key(value: unknown, context: GameContext): string {
  return [
    phaseOf(value),
    context.stage,
    [...context.committed].sort().join('+'),
    Object.keys(context.selections).sort().join('+'),
    context.paused,
    Math.min(context.game.round, 3),
    context.timer ? (context.timer.timeUp ? 'up' : 'set') : 'none',
    context.revealAi,
    context.branch ? 'branch' : 'trunk',
    context.game.outcome ? 'over' : 'on',
  ].join('|');
}

interface Step {
  /** The game's persisted snapshot after the step. */
  persisted: unknown;
  value: unknown;
  context: GameContext;
}

function walk(turnOrder: TurnOrder) {
  const input: GameSetup = {
    seed: 3,
    turnOrder,
    controllers: { northKorea: 'human', us: 'human', japan: 'ai', southKorea: 'ai' },
  };
  const snapshotOf = (actor: Actor<GameMachine>): Step => {
    const { value, context } = actor.getSnapshot();
    const step = { persisted: actor.getPersistedSnapshot(), value, context };
    actor.stop();
    return step;
  };
  // The game as logic xstate/graph can step: one intent on a live actor restored from the step
  // before (a refused intent leaves the step as it was).
  const logic = fromTransition(
    (step: Step, event: LoggedIntent) => {
      const actor = createActor(machine, { snapshot: step.persisted as never, input }).start();
      actor.send(event);
      return snapshotOf(actor);
    },
    () => snapshotOf(createActor(machine, { input }).start()),
  );
  const paths = getShortestPaths(logic, {
    events: [...teamIntents, ...facilitatorIntents],
    serializeState: (state) => key(state.context.value, state.context.context),
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
    const keys = paths.map((p) => key(p.state.context.value, p.state.context.context));
    const phases = new Set(keys.map((k) => k.split('|')[0]));
    expect(phases).toEqual(new Set(['briefing', 'decisions', 'report', 'debrief']));
    expect(keys.some((k) => k.includes('|true|') && k.startsWith('decisions'))).toBe(true);
    expect(keys.some((k) => k.includes('|up|'))).toBe(true);
    expect(keys.some((k) => k.includes('|branch|'))).toBe(true);
    // Both stages of sequential play rest for a team to decide.
    if (turnOrder === 'sequential') {
      expect(keys.some((k) => k.startsWith('decisions|0|'))).toBe(true);
      expect(keys.some((k) => k.startsWith('decisions|1|'))).toBe(true);
    }
    expect(paths.length).toBeGreaterThan(30);
  });

  it('from every state it reaches: takes each intent it may (logging it), refuses what a seat may not', () => {
    const taken = new Set<string>();
    const restore = (persisted: unknown) =>
      createActor(machine, { snapshot: persisted as never, input }).start();
    for (const path of paths) {
      const reached = path.state.context;
      // Every transition out of this state: a fresh copy of the game takes each intent.
      for (const intent of [...teamIntents, ...facilitatorIntents]) {
        const actor = restore(reached.persisted);
        actor.send(intent);
        const log = actor.getSnapshot().context.log;
        if (log.length > reached.context.log.length) {
          expect(log.at(-1)).toEqual(intent);
          taken.add(intent.type);
        }
        actor.stop();
      }
      // Seat rights: nothing sent without the right changes anything here.
      const actor = restore(reached.persisted);
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
    expect([...taken].sort()).toEqual([...INTENT_TYPES].sort());
  });

  it('each path of the walk, played from the start on a live game, reaches its state', () => {
    for (const path of paths) {
      const actor = live(
        input,
        path.steps.slice(1).map((step) => step.event),
      );
      const { value, context } = actor.getSnapshot();
      expect(key(value, context)).toBe(key(path.state.context.value, path.state.context.context));
      actor.stop();
    }
  });

  it('never lets a capital be committed twice, nor a selection stand outside the open turns', () => {
    for (const path of paths) {
      const { context } = path.state.context;
      expect(new Set(context.committed).size).toBe(context.committed.length);
      for (const capital of CAPITALS)
        if (context.selections[capital]) expect(context.open).toContain(capital);
    }
  });
});
