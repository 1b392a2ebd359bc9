import { assign, enqueueActions, type SnapshotFrom, setup } from 'xstate';
import { chooseForAi } from '../model/ai';
import { checkEnd, endNow } from '../model/end';
import { resolveDecisions } from '../model/engine';
import { drawEvents } from '../model/events';
import { CAPITALS, type CapitalId } from '../model/ids';
import { isOptionAvailable, legalOptionIds } from '../model/options';
import { switchLens } from '../model/record';
import type { Scenario } from '../model/schema';
import { createGame, type Decision, type Decisions } from '../model/state';
import { capitalTurnMachine } from './capital-turn-machine';
import type { GameContext, GameEvent, GameSetup } from './game-events';
import { outOfPhase, refusalFor } from './game-refusals';
import { GameEventSchema, gateEvents, type MalformedIntent } from './intent-schema';

/** The id of a capital's turn actor inside the game. */
export const turnId = (capital: CapitalId) => `turn.${capital}` as const;

/**
 * The game: briefing → decisions → resolution → events → end check → report → next round,
 * or debrief. A human capital's decision comes through its capital turn actor; an AI capital's
 * is made by the model as its turn opens. Every step of resolution is a one-line call into the
 * model. Built per scenario, so the scenario stays out of the persisted snapshot.
 */
function buildGameMachine(scenario: Scenario) {
  const allCommitted = (context: GameContext, capitals: readonly CapitalId[]) =>
    capitals.every((c) => context.committed.includes(c));

  const machine = setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent | MalformedIntent,
      input: {} as GameSetup,
    },
    actors: { capitalTurn: capitalTurnMachine },
    guards: {
      canSelect: ({ context, event }) =>
        event.type === 'policy.select' &&
        context.open.includes(event.capital) &&
        !context.committed.includes(event.capital) &&
        isOptionAvailable(scenario, context.game, event.capital, event.optionId),
      canCommit: ({ context, event }) =>
        event.type === 'policy.commit' &&
        context.open.includes(event.capital) &&
        !context.committed.includes(event.capital) &&
        context.selections[event.capital] !== undefined,
      canRevise: ({ context, event }) =>
        event.type === 'policy.revise' &&
        context.committed.includes(event.capital) &&
        !context.locked.includes(event.capital),
      isLegalReport: ({ context, event }) =>
        (event.type === 'turn.selected' || event.type === 'turn.committed') &&
        event.decision !== null &&
        context.open.includes(event.capital) &&
        !context.committed.includes(event.capital) &&
        isOptionAvailable(scenario, context.game, event.capital, event.decision.optionId),
      pyongyangCommitted: ({ context }) => allCommitted(context, ['northKorea']),
      allCommitted: ({ context }) => allCommitted(context, CAPITALS),
      isSequential: ({ context }) => context.turnOrder === 'sequential',
      gameOver: ({ context }) => context.game.outcome !== null,
      isPaused: ({ context }) => context.paused,
      knownEvent: ({ event }) =>
        event.type === 'facilitator.inject' && scenario.events.some((e) => e.id === event.eventId),
      knownLens: ({ event }) =>
        event.type === 'facilitator.lens' && scenario.lenses.some((l) => l.id === event.lens),
    },
    actions: {
      // An AI capital decides as its turn opens and its decision goes straight into the
      // context, where the board and a save find every decision; only human capitals have turn
      // actors. (A turn actor per AI capital, told to open, select, commit and lock and
      // reporting twice back, cost six events per AI capital per round: half of all the time
      // an all-AI game spent in the machines.)
      openTurns: enqueueActions(
        ({ context, enqueue }, params: { capitals: readonly CapitalId[] }) => {
          const visible: Partial<Decisions> = {};
          for (const c of context.committed) {
            const decision = context.selections[c];
            if (decision) visible[c] = decision;
          }
          const selections = { ...context.selections };
          const committed = [...context.committed];
          for (const capital of params.capitals) {
            if (context.controllers[capital] === 'ai') {
              selections[capital] = chooseForAi(scenario, context.game, capital, visible);
              committed.push(capital);
            } else
              enqueue.sendTo(turnId(capital), {
                type: 'turn.open',
                round: context.game.round,
                legalOptionIds: legalOptionIds(scenario, context.game, capital),
              });
          }
          enqueue.assign({
            open: [...context.open, ...params.capitals],
            selections,
            committed,
            refusal: null,
          });
        },
      ),
      lockTurns: enqueueActions(
        ({ context, enqueue }, params: { capitals: readonly CapitalId[] }) => {
          for (const capital of params.capitals)
            if (context.controllers[capital] === 'human')
              enqueue.sendTo(turnId(capital), { type: 'round.lock' });
          enqueue.assign({ locked: [...new Set([...context.locked, ...params.capitals])] });
        },
      ),
      // An intent the guards let through goes to the capital's turn actor. An AI capital has
      // none, but a team may still revise its decision and choose for it: the game then records
      // what a turn actor would have reported. Either way the choice is the team's, and the
      // record says so.
      forwardToTurn: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'policy.select') {
          const decision: Decision = { optionId: event.optionId, by: 'human' };
          if (event.rationale) decision.rationale = event.rationale.slice(0, 280);
          if (context.controllers[event.capital] === 'human')
            enqueue.sendTo(turnId(event.capital), { type: 'policy.select', decision });
          else enqueue.assign({ selections: { ...context.selections, [event.capital]: decision } });
        } else if (event.type === 'policy.commit' || event.type === 'policy.revise') {
          const { capital } = event;
          if (context.controllers[capital] === 'human')
            enqueue.sendTo(turnId(capital), { type: event.type });
          else if (event.type === 'policy.commit')
            enqueue.assign({ committed: [...context.committed, capital] });
          else enqueue.assign({ committed: context.committed.filter((c) => c !== capital) });
        }
        enqueue.assign({ refusal: null });
      }),
      refuse: assign(({ context, event }) =>
        event.type === 'intent.malformed' ? {} : { refusal: refusalFor(scenario, context, event) },
      ),
      refuseOutOfPhase: assign(({ context, event }) =>
        event.type === 'intent.malformed' ? {} : { refusal: outOfPhase(context, event) },
      ),
      refuseMalformed: assign(({ event }) =>
        event.type === 'intent.malformed' ? { refusal: event.reason } : {},
      ),
      // A report counts only if the capital's own turn actor is in the state it reports: an
      // event forged to look like a report changes nothing.
      recordReport: enqueueActions(({ context, event, enqueue, self }) => {
        if (
          event.type !== 'turn.selected' &&
          event.type !== 'turn.committed' &&
          event.type !== 'turn.revised'
        )
          return;
        const turn = self.getSnapshot().children[turnId(event.capital)]?.getSnapshot() as
          | SnapshotFrom<typeof capitalTurnMachine>
          | undefined;
        if (!turn) return;
        if (event.type === 'turn.revised') {
          if (turn.value !== 'deliberating') return;
          enqueue.assign({ committed: context.committed.filter((c) => c !== event.capital) });
          return;
        }
        const selection = turn.context.selection;
        // The turn actor sends the very decision object it holds; anything else is not its report.
        if (!event.decision || selection !== event.decision) return;
        if (event.type === 'turn.committed' && turn.value !== 'committed') return;
        enqueue.assign({
          selections: { ...context.selections, [event.capital]: event.decision },
          committed:
            event.type === 'turn.committed'
              ? [...context.committed, event.capital]
              : context.committed,
        });
      }),
      // Decisions go into the record in the canonical capital order, whatever order they came in.
      resolve: assign(({ context }) => ({
        game: resolveDecisions(
          scenario,
          context.game,
          Object.fromEntries(CAPITALS.map((c) => [c, context.selections[c]])) as Decisions,
        ),
      })),
      drawEvents: assign(({ context }) => ({
        game: drawEvents(scenario, context.game, context.injected),
        injected: [],
      })),
      endNow: assign(({ context }) => ({ game: endNow(scenario, context.game), refusal: null })),
      refuseEnd: assign({
        refusal: () => 'The game can be ended only between rounds, after a reveal.',
      }),
      pause: assign({ paused: () => true, refusal: () => null }),
      resume: assign({ paused: () => false, refusal: () => null }),
      refusePaused: assign({ refusal: () => 'Paused by the facilitator.' }),
      inject: assign(({ context, event }) =>
        event.type === 'facilitator.inject'
          ? { injected: [...new Set([...context.injected, event.eventId])], refusal: null }
          : {},
      ),
      refuseInject: assign(({ event }) => ({
        refusal:
          event.type === 'facilitator.inject' &&
          !scenario.events.some((e) => e.id === event.eventId)
            ? `No event card "${event.eventId}" in this scenario.`
            : 'Events can be injected only while the capitals are deciding.',
      })),
      switchLens: assign(({ context, event }) =>
        event.type === 'facilitator.lens'
          ? { game: switchLens(scenario, context.game, event.lens), refusal: null }
          : {},
      ),
      refuseLens: assign(({ event }) => ({
        refusal: `No lens "${event.type === 'facilitator.lens' ? event.lens : ''}".`,
      })),
      checkEnd: assign(({ context }) => ({ game: checkEnd(scenario, context.game) })),
      clearTurns: assign({
        open: () => [],
        selections: () => ({}),
        committed: () => [],
        locked: () => [],
      }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => ({
      game: input.game ?? createGame(scenario, input.seed, input.lens),
      turnOrder: input.turnOrder,
      controllers: input.controllers,
      open: [],
      selections: {},
      committed: [],
      locked: [],
      refusal: null,
      paused: false,
      injected: [],
    }),
    // Only human capitals have turn actors: the game decides for an AI capital itself.
    entry: enqueueActions(({ context, enqueue }) => {
      for (const capital of CAPITALS)
        if (context.controllers[capital] === 'human')
          enqueue.spawnChild('capitalTurn', { id: turnId(capital), input: { capital } });
    }),
    initial: 'briefing',
    on: {
      // Made only by the gate below, from an intent that failed the schema: handled here at the
      // root and nowhere else, so it changes nothing but the refusal, in every phase.
      'intent.malformed': { actions: 'refuseMalformed' },
      'policy.select': { actions: 'refuseOutOfPhase' },
      'policy.commit': { actions: 'refuseOutOfPhase' },
      'policy.revise': { actions: 'refuseOutOfPhase' },
      'round.next': { actions: 'refuseOutOfPhase' },
      'game.start': { actions: 'refuseOutOfPhase' },
      'facilitator.pause': { actions: 'pause' },
      'facilitator.resume': { actions: 'resume' },
      'facilitator.inject': { actions: 'refuseInject' },
      'facilitator.lens': [
        { guard: 'knownLens', actions: 'switchLens' },
        { actions: 'refuseLens' },
      ],
      'facilitator.end': { actions: 'refuseEnd' },
    },
    states: {
      briefing: {
        on: {
          'game.start': [{ guard: 'isPaused', actions: 'refusePaused' }, { target: 'decisions' }],
        },
      },
      decisions: {
        initial: 'opening',
        on: {
          'policy.select': [
            { guard: 'isPaused', actions: 'refusePaused' },
            { guard: 'canSelect', actions: 'forwardToTurn' },
            { actions: 'refuse' },
          ],
          'policy.commit': [
            { guard: 'isPaused', actions: 'refusePaused' },
            { guard: 'canCommit', actions: 'forwardToTurn' },
            { actions: 'refuse' },
          ],
          'policy.revise': [
            { guard: 'isPaused', actions: 'refusePaused' },
            { guard: 'canRevise', actions: 'forwardToTurn' },
            { actions: 'refuse' },
          ],
          'turn.selected': { guard: 'isLegalReport', actions: 'recordReport' },
          'turn.committed': { guard: 'isLegalReport', actions: 'recordReport' },
          'turn.revised': { actions: 'recordReport' },
          'facilitator.inject': [
            { guard: 'knownEvent', actions: 'inject' },
            { actions: 'refuseInject' },
          ],
        },
        states: {
          opening: {
            always: [{ guard: 'isSequential', target: 'pyongyang' }, { target: 'sealed' }],
          },
          sealed: {
            entry: { type: 'openTurns', params: { capitals: CAPITALS } },
            always: { guard: 'allCommitted', target: '#game.resolution' },
          },
          pyongyang: {
            entry: { type: 'openTurns', params: { capitals: ['northKorea'] } },
            always: { guard: 'pyongyangCommitted', target: 'responders' },
          },
          responders: {
            entry: [
              { type: 'lockTurns', params: { capitals: ['northKorea'] } },
              { type: 'openTurns', params: { capitals: ['us', 'japan', 'southKorea'] } },
            ],
            always: { guard: 'allCommitted', target: '#game.resolution' },
          },
        },
      },
      resolution: {
        entry: [{ type: 'lockTurns', params: { capitals: CAPITALS } }, 'resolve'],
        always: 'events',
      },
      events: {
        entry: 'drawEvents',
        always: 'endCheck',
      },
      endCheck: {
        entry: 'checkEnd',
        always: [{ guard: 'gameOver', target: 'debrief' }, { target: 'report' }],
      },
      report: {
        entry: 'clearTurns',
        on: {
          'round.next': [{ guard: 'isPaused', actions: 'refusePaused' }, { target: 'decisions' }],
          'facilitator.end': { target: 'debrief', actions: 'endNow' },
        },
      },
      debrief: {
        entry: 'clearTurns',
        type: 'final',
      },
    },
  });
  // The gate sits in the machine itself, in front of its transition: every event any actor of
  // this machine receives (an intent from the board or drive-game, a turn's report, anything a
  // server would relay) is parsed by GameEventSchema before a guard or an action reads it. A
  // malformed one becomes 'intent.malformed' and is refused; the actor stays active.
  return gateEvents(machine, GameEventSchema, (reason) => ({ type: 'intent.malformed', reason }));
}

// A machine is configuration only, the same for every game of a scenario: build it once.
const machines = new WeakMap<Scenario, ReturnType<typeof buildGameMachine>>();

/**
 * The game machine for a scenario (built once per scenario and shared: machines hold no state;
 * actors do).
 */
export function createGameMachine(scenario: Scenario): ReturnType<typeof buildGameMachine> {
  let machine = machines.get(scenario);
  if (!machine) {
    machine = buildGameMachine(scenario);
    machines.set(scenario, machine);
  }
  return machine;
}

/** The top-level phase of a game snapshot's state value. */
export function phaseOf(value: unknown): string {
  return typeof value === 'string' ? value : (Object.keys(value as object)[0] ?? 'unknown');
}

/** The machine type for a scenario. */
export type GameMachine = ReturnType<typeof buildGameMachine>;
