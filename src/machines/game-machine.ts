import { and, assign, emit, enqueueActions, type SnapshotFrom, setup } from 'xstate';
import { CAPITALS, type CapitalId } from '../model/ids';
import type { Scenario } from '../model/schema';
import { createGame } from '../model/state';
import { TURN_STAGES } from '../model/turn-order';
import { INTENT_TYPES, type LoggedIntent } from '../protocol/intents';
import { type CapitalTurnEvent, capitalTurnMachine } from './capital-turn-machine';
import type { GameContext, GameEvent, GameSetup, Phase, RefusedEmitted } from './game-events';
import { checkIntent } from './intent-rules';
import { claimedSeat, GameEventSchema, gateEvents, type MalformedIntent } from './intent-schema';
import * as steps from './round-steps';
import * as plans from './turn-plans';

/** The id of a capital's turn actor inside the game. */
export const turnId = (capital: CapitalId) => `turn.${capital}` as const;

/** The top-level phase of a game snapshot's state value. */
export function phaseOf(value: unknown): Phase {
  return (typeof value === 'string' ? value : Object.keys(value as object)[0]) as Phase;
}

type Event = GameEvent | MalformedIntent;
/** The parameters an action can take in the chart. */
interface StepParams {
  stage?: number;
  deciding?: boolean;
}

const isIntent = (event: Event): event is LoggedIntent => 'seat' in event && 'at' in event;

/**
 * The game, the one authority over it: briefing → decisions (stage by stage) → resolution →
 * events → end check → report → next round, or debrief. Every intent, from any seat, is checked
 * once by `checkIntent` (rights, phase, legality) and, if accepted, appended to the log that is
 * the game's record; a refused one changes nothing and is emitted as a `refused` event. A human
 * capital's decision goes through its capital turn actor; an AI capital's is made by the model
 * as its turn opens. Built per scenario, so the scenario stays out of the persisted snapshot.
 */
function buildGameMachine(scenario: Scenario) {
  const refusalOf = (context: GameContext, event: GameEvent | MalformedIntent, phase: Phase) =>
    isIntent(event) ? checkIntent(scenario, { phase, context }, event) : null;
  const stageDone = (context: GameContext) =>
    TURN_STAGES[context.turnOrder][context.stage]?.every((c) => context.committed.includes(c)) ??
    true;
  /** Apply a plan: its context changes, and its events to the capitals' turn actors. */
  const apply = (enqueue: unknown, plan: plans.Plan) => {
    // XState's enqueue is generic over the machine's types; these two calls are all a plan needs.
    const q = enqueue as {
      assign(change: Partial<GameContext>): void;
      sendTo(id: string, event: CapitalTurnEvent): void;
    };
    for (const [capital, event] of plan.send ?? []) q.sendTo(turnId(capital), event);
    if (plan.assign) q.assign(plan.assign);
  };
  /**
   * An action made of a plan: what it changes, computed from the context, event and params.
   * (Its type is left to the machine's setup, which checks each action's name where it is used.)
   */
  const step = (run: (c: GameContext, e: Event, p: StepParams) => plans.Plan) =>
    enqueueActions<GameContext, Event, StepParams | undefined, Event>(
      ({ context, event, enqueue }, params) => apply(enqueue, run(context, event, params ?? {})),
    ) as never;
  /** The same, for a plan that only changes the context: a plain assign, which XState runs faster. */
  const change = (run: (c: GameContext, e: Event, p: StepParams) => plans.Plan) =>
    assign<GameContext, Event, StepParams | undefined, Event, never>(
      ({ context, event }, params) => run(context, event, params ?? {}).assign ?? {},
    ) as never;
  /** Handle an intent in a phase: refuse it, or log it and act. */
  type ActionRef = string | { type: string; params: { deciding: boolean } };
  // (Typed loosely for XState's config: the graph-walk test reaches every one of these.)
  const accept = (phase: Phase, actions: ActionRef[], target?: string, reenter?: boolean) =>
    [
      {
        guard: { type: 'refused', params: { phase } },
        actions: { type: 'refuse', params: { phase } },
      },
      {
        actions: ['log', ...actions],
        ...(target ? { target } : {}),
        ...(reenter ? { reenter } : {}),
      },
    ] as never;

  const machine = setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent | MalformedIntent,
      input: {} as GameSetup,
      emitted: {} as RefusedEmitted,
    },
    actors: { capitalTurn: capitalTurnMachine },
    guards: {
      refused: ({ context, event }, params: { phase: Phase }) =>
        refusalOf(context, event, params.phase) !== null,
      stageDone: ({ context }) => stageDone(context),
      lastStage: ({ context }) => context.stage >= TURN_STAGES[context.turnOrder].length - 1,
      gameOver: ({ context }) => context.game.outcome !== null,
    },
    actions: {
      openStage: step((c, _e, p) => plans.openStage(scenario, c, p.stage ?? 0)),
      nextStage: step((c) => plans.nextStage(scenario, c)),
      lockTurns: step((c) => plans.lockTurns(c, CAPITALS)),
      clearTurns: change(() => ({ assign: plans.clearedTurns })),
      closeTurns: step((c) => plans.closeTurns(c)),
      forwardToTurn: step((c, e) => (isIntent(e) ? plans.forwardToTurn(c, e) : {})),
      recordReport: enqueueActions(({ context, event, enqueue, self }) => {
        if (!('capital' in event) || isIntent(event)) return;
        const turn = self.getSnapshot()?.children[turnId(event.capital)]?.getSnapshot() as
          | SnapshotFrom<typeof capitalTurnMachine>
          | undefined;
        const state = turn && { value: turn.value, selection: turn.context.selection };
        apply(enqueue, plans.recordReport(context, event, state));
      }),
      timeUp: step((c) => plans.timeUp(scenario, c)),
      startClock: change((c, e) => (isIntent(e) ? plans.startClock(c, e) : {})),
      setTimer: change((c, e, p) => (isIntent(e) ? plans.setTimer(c, e, p.deciding ?? false) : {})),
      pausePlay: change((c, e, p) =>
        isIntent(e) ? plans.pausePlay(c, e, p.deciding ?? false) : {},
      ),
      log: change((c, e) => (isIntent(e) ? { assign: { log: [...c.log, e] } } : {})),
      refuse: enqueueActions<GameContext, Event, { phase: Phase }, Event>(
        ({ context, event, enqueue }, params) =>
          enqueue.emit({
            type: 'refused',
            seat: isIntent(event) ? event.seat : null,
            // Reached when checkIntent refuses, or for an intent the phase does not take at all.
            refusal: refusalOf(context, event, params.phase) ?? { code: 'decisions-closed' },
          } as never),
      ) as never,
      refuseMalformed: emit(({ event }) => ({
        type: 'refused' as const,
        seat: event.type === 'intent.malformed' ? event.seat : null,
        refusal: {
          code: 'malformed' as const,
          reason: event.type === 'intent.malformed' ? event.reason : '',
        },
      })),
      resolve: change((c) => steps.resolve(scenario, c)),
      drawEvents: change((c) => steps.drawEvents(scenario, c)),
      checkEnd: change((c) => steps.checkEnd(scenario, c)),
      endNow: change((c) => steps.endNow(scenario, c)),
      switchLens: change((c, e) => steps.switchLens(scenario, c, e)),
      inject: change((c, e) => steps.inject(c, e)),
      revealAi: change((_c, e) => steps.revealAi(e)),
      rewind: change((c, e) => steps.rewind(scenario, c, e)),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => {
      const game = input.game ?? createGame(scenario, input.seed, input.lens);
      return {
        game,
        startLens: input.game ? (input.game.history[0]?.lens ?? game.lens) : game.lens,
        turnOrder: input.turnOrder,
        controllers: input.controllers,
        guided: input.guided ?? false,
        stage: 0,
        open: [],
        selections: {},
        committed: [],
        locked: [],
        paused: false,
        injected: [],
        timer: null,
        revealAi: false,
        branch: null,
        logFrom: input.game ? input.game.history.length : 0,
        log: [],
        ...(input.labels ? { labels: input.labels } : {}),
      };
    },
    // Only human capitals have turn actors: the game decides for an AI capital itself.
    entry: enqueueActions(({ context, enqueue }) => {
      for (const capital of CAPITALS)
        if (context.controllers[capital] === 'human')
          enqueue.spawnChild('capitalTurn', { id: turnId(capital), input: { capital } });
    }),
    initial: 'briefing',
    on: {
      // Made only by the gate below, from an event that failed the schema: handled here at the
      // root and nowhere else, so it changes nothing, in every phase.
      'intent.malformed': { actions: 'refuseMalformed' },
    },
    states: {
      briefing: {
        // A game continued from a finished record opens at its debrief.
        always: { guard: 'gameOver', target: 'debrief' },
        on: inPhase('briefing', {
          'game.start': accept('briefing', [], 'decisions'),
          ...facilitatorControls('briefing'),
        }),
      },
      decisions: {
        initial: 'stage',
        entry: ['startClock', { type: 'openStage', params: { stage: 0 } }],
        on: inPhase('decisions', {
          'policy.select': accept('decisions', ['forwardToTurn']),
          'policy.commit': accept('decisions', ['forwardToTurn']),
          'policy.revise': accept('decisions', ['forwardToTurn']),
          'turn.selected': { actions: 'recordReport' },
          'turn.committed': { actions: 'recordReport' },
          'turn.revised': { actions: 'recordReport' },
          'facilitator.inject': accept('decisions', ['inject']),
          'facilitator.timeUp': accept('decisions', ['timeUp']),
          ...facilitatorControls('decisions'),
        }),
        states: {
          stage: {
            always: [
              { guard: and(['stageDone', 'lastStage']), target: '#game.resolution' },
              { guard: 'stageDone', target: 'stage', reenter: true, actions: 'nextStage' },
            ],
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
        on: inPhase('report', {
          'round.next': accept('report', [], 'decisions'),
          'facilitator.end': accept('report', ['endNow'], 'debrief'),
          ...facilitatorControls('report'),
        }),
      },
      // Not final: a facilitator may still rewind a finished game to an earlier round.
      debrief: {
        entry: 'clearTurns',
        on: inPhase('debrief', {
          'facilitator.rewind': accept('debrief', ['closeTurns', 'rewind'], 'decisions'),
        }),
      },
    },
  });

  /**
   * A phase's transitions: the intents it takes, and every other intent refused with
   * checkIntent's reason for this phase (so no intent falls through unanswered).
   */
  function inPhase<const T extends object>(phase: Phase, taken: T): T {
    const refused = { actions: { type: 'refuse', params: { phase } } };
    const all: Record<string, unknown> = {};
    for (const type of INTENT_TYPES) all[type] = refused;
    return { ...all, ...taken } as T;
  }

  /** The facilitator's controls that work the same in every phase before the debrief. */
  function facilitatorControls(phase: Phase) {
    const deciding = { deciding: phase === 'decisions' };
    return {
      'facilitator.pause': accept(phase, [{ type: 'pausePlay', params: deciding }]),
      'facilitator.resume': accept(phase, [{ type: 'pausePlay', params: deciding }]),
      'facilitator.lens': accept(phase, ['switchLens']),
      'facilitator.timer': accept(phase, [{ type: 'setTimer', params: deciding }]),
      'facilitator.revealAi': accept(phase, ['revealAi']),
      'facilitator.rewind': accept(phase, ['closeTurns', 'rewind'], '#game.decisions', true),
    };
  }

  // The gate sits in the machine itself, in front of its transition: every event any actor of
  // this machine receives is parsed by GameEventSchema before a guard or an action reads it. A
  // malformed one becomes 'intent.malformed' and is refused; the actor stays active.
  return gateEvents(machine, GameEventSchema, (reason, event) => ({
    type: 'intent.malformed',
    reason,
    seat: claimedSeat(event),
  }));
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

/** The machine type for a scenario. */
export type GameMachine = ReturnType<typeof buildGameMachine>;
