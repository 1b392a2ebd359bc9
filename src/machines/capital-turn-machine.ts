import { assign, sendParent, setup } from 'xstate';
import type { CapitalId } from '../model/ids';
import type { Decision } from '../model/state';
import { CapitalTurnEventSchema, gateEvents } from './intent-schema';

/** Events a capital's turn accepts. */
export type CapitalTurnEvent =
  | { type: 'turn.open'; round: number; legalOptionIds: string[] }
  | { type: 'policy.select'; decision: Decision }
  | { type: 'policy.commit' }
  | { type: 'policy.revise' }
  | { type: 'round.lock' };

/** What a capital's turn knows: whose it is, what is legal, what is chosen. */
export interface CapitalTurnContext {
  capital: CapitalId;
  round: number;
  legalOptionIds: string[];
  selection: Decision | null;
}

/**
 * One capital's decision turn: waiting → deliberating → committed, revisable until the round
 * locks. The legal options are handed in by the game machine (computed by the model) when the
 * turn opens; a selection outside them, or any intent out of turn, is simply not accepted.
 */
const machine = setup({
  types: {
    context: {} as CapitalTurnContext,
    events: {} as CapitalTurnEvent,
    input: {} as { capital: CapitalId },
  },
  guards: {
    isLegal: ({ context, event }) =>
      event.type === 'policy.select' && context.legalOptionIds.includes(event.decision.optionId),
    hasSelection: ({ context }) => context.selection !== null,
  },
  actions: {
    open: assign(({ event }) =>
      event.type === 'turn.open'
        ? { round: event.round, legalOptionIds: event.legalOptionIds, selection: null }
        : {},
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
    close: assign({ legalOptionIds: () => [], selection: () => null }),
  },
}).createMachine({
  id: 'capitalTurn',
  context: ({ input }) => ({
    capital: input.capital,
    round: 0,
    legalOptionIds: [],
    selection: null,
  }),
  initial: 'waiting',
  states: {
    waiting: {
      on: { 'turn.open': { target: 'deliberating', actions: 'open' } },
    },
    deliberating: {
      on: {
        'policy.select': { guard: 'isLegal', actions: ['select', 'reportSelected'] },
        'policy.commit': { guard: 'hasSelection', target: 'committed', actions: 'reportCommitted' },
      },
    },
    committed: {
      on: {
        'policy.revise': { target: 'deliberating', actions: 'reportRevised' },
        'round.lock': { target: 'waiting', actions: 'close' },
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
