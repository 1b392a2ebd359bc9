import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { type CapitalTurnEvent, capitalTurnMachine } from '../../src/machines/capital-turn-machine';

// Reports to the parent game are replaced by no-ops: here the turn runs alone.
const machine = capitalTurnMachine.provide({
  actions: { reportSelected: () => {}, reportCommitted: () => {}, reportRevised: () => {} },
});
// Which options are legal is the game's to check (intent-rules.ts), before it forwards a choice.
const events: CapitalTurnEvent[] = [
  { type: 'turn.open', round: 1 },
  { type: 'policy.select', decision: { optionId: 'us.un-sanctions', by: 'human' } },
  { type: 'policy.select', decision: { optionId: 'us.press-china', by: 'human' } },
  { type: 'policy.commit' },
  { type: 'policy.revise' },
  { type: 'round.lock' },
];
const traversal = { input: { capital: 'us' as const }, events };

describe('capital turn machine, walked along its own graph', () => {
  const shortest = getShortestPaths(machine, traversal);
  const simple = getSimplePaths(machine, traversal);

  it('reaches waiting, deliberating and committed', () => {
    const reached = new Set(shortest.map((p) => JSON.stringify(p.state.value)));
    expect(reached).toEqual(new Set(['"waiting"', '"deliberating"', '"committed"']));
  });

  it('on every simple path, a committed turn holds a selection and a waiting one none', () => {
    expect(simple.length).toBeGreaterThan(3);
    for (const path of simple) {
      if (path.state.value === 'committed') expect(path.state.context.selection).not.toBeNull();
      if (path.state.value === 'waiting') expect(path.state.context.selection).toBeNull();
    }
  });

  it('replays each shortest path on a live actor to the same state', () => {
    for (const path of shortest) {
      const actor = createActor(machine, { input: { capital: 'us' } }).start();
      for (const step of path.steps.slice(1)) actor.send(step.event as CapitalTurnEvent);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    }
  });

  it('refuses commit before a selection, select after commit, and anything before the turn opens', () => {
    const actor = createActor(machine, { input: { capital: 'us' } }).start();
    actor.send({ type: 'policy.select', decision: { optionId: 'us.un-sanctions', by: 'human' } });
    expect(actor.getSnapshot().value).toBe('waiting');
    actor.send({ type: 'turn.open', round: 1 });
    actor.send({ type: 'policy.commit' });
    expect(actor.getSnapshot().value).toBe('deliberating');
    actor.send({ type: 'policy.select', decision: { optionId: 'us.un-sanctions', by: 'human' } });
    actor.send({ type: 'policy.commit' });
    actor.send({ type: 'policy.select', decision: { optionId: 'us.press-china', by: 'human' } });
    expect(actor.getSnapshot().context.selection?.optionId).toBe('us.un-sanctions');
    actor.send({ type: 'policy.revise' });
    actor.send({ type: 'policy.select', decision: { optionId: 'us.press-china', by: 'human' } });
    expect(actor.getSnapshot().context.selection?.optionId).toBe('us.press-china');
  });
});
