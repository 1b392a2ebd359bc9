import { assign, sendParent, setup } from 'xstate';
import type { CapitalId } from '../model/ids';
import type { Decision } from '../model/state';
import { CapitalTurnEventSchema, gateEvents } from './intent-schema';

/** Events a capital's turn accepts. */
export type CapitalTurnEvent =
  | { type: 'turn.open'; round: number }
  | { type: 'policy.select'; decision: Decision }
  | { type: 'policy.commit' }
  | { type: 'policy.revise' }
  | { type: 'round.lock' };

/** What a capital's turn knows: whose it is, which round, what is chosen. */
export interface CapitalTurnContext {
  capital: CapitalId;
  round: number;
  selection: Decision | null;
}

/**
 * One capital's decision turn: waiting → deliberating → committed, revisable until the round
 * locks. Whether an intent is legal is decided once, by the game's authority (intent-rules.ts),
 * before it forwards the intent here: the turn keeps the lifecycle, not a second rule book.
 */
const machine = setup({
  types: {
    context: {} as CapitalTurnContext,
    events: {} as CapitalTurnEvent,
    input: {} as { capital: CapitalId },
  },
  guards: {
    hasSelection: ({ context }) => context.selection !== null,
  },
  actions: {
    open: assign(({ event }) =>
      event.type === 'turn.open' ? { round: event.round, selection: null } : {},
    ),
    select: assign({
      selection: ({ event, context }) =>
        event.type === 'policy.select' ? event.decision : context.selection,
    }),
    reportSelected: sendParent(({ context }) => ({
      type: 'turn.selected' as const,
      capital: context.capital,
      decision: context.selection,
    })),
    reportCommitted: sendParent(({ context }) => ({
      type: 'turn.committed' as const,
      capital: context.capital,
      decision: context.selection,
    })),
    reportRevised: sendParent(({ context }) => ({
      type: 'turn.revised' as const,
      capital: context.capital,
    })),
    close: assign({ selection: () => null }),
  },
}).createMachine({
  id: 'capitalTurn',
  context: ({ input }) => ({
    capital: input.capital,
    round: 0,
    selection: null,
  }),
  initial: 'waiting',
  // The round closes every turn, wherever it stands (a rewind closes turns still deliberating).
  on: { 'round.lock': { target: '.waiting', actions: 'close' } },
  states: {
    waiting: {
      on: { 'turn.open': { target: 'deliberating', actions: 'open' } },
    },
    deliberating: {
      on: {
        'policy.select': { actions: ['select', 'reportSelected'] },
        'policy.commit': { guard: 'hasSelection', target: 'committed', actions: 'reportCommitted' },
      },
    },
    committed: {
      on: {
        'policy.revise': { target: 'deliberating', actions: 'reportRevised' },
      },
    },
  },
});

/**
 * A capital's turn, behind its schema: a malformed event (sent straight to the turn actor, past
 * the game) is not accepted and changes nothing, as an illegal one is not; the turn stays active
 * instead of dying and taking its capital out of the game.
 */
export const capitalTurnMachine = gateEvents(machine, CapitalTurnEventSchema, () => null);
