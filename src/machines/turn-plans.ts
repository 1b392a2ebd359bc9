import { chooseForAi } from '../model/ai';
import { CAPITALS, type CapitalId } from '../model/ids';
import { recordOf, replay } from '../model/record';
import type { Scenario } from '../model/schema';
import type { Decision } from '../model/state';
import { TURN_STAGES, visibleDecisions } from '../model/turn-order';
import type { CapitalTurnEvent } from './capital-turn-machine';
import type { GameContext, GameEvent } from './game-events';

// What the game machine's actions do, as plain functions of its context and event: each returns
// the context it changes and the events it sends to capitals' turn actors. The machine applies
// them (game-machine.ts); keeping them here keeps the machine a readable chart.

/** A step of the game: context changes, and events for human capitals' turn actors. */
export interface Plan {
  assign?: Partial<GameContext>;
  send?: [CapitalId, CapitalTurnEvent][];
}

const isHuman = (context: GameContext, capital: CapitalId) =>
  context.controllers[capital] === 'human';

/** When an intent arrived (every intent carries its host's time; turn reports do not). */
const timeOf = (event: GameEvent) => ('at' in event ? event.at : null);

/**
 * Open a stage of the turn order: an AI capital decides at once (seeing only the decisions
 * already locked this round) and its decision counts as committed; a human capital's turn opens.
 */
export function openStage(scenario: Scenario, context: GameContext, stage: number): Plan {
  const capitals = TURN_STAGES[context.turnOrder][stage] ?? [];
  const visible = visibleDecisions(context.selections, context.locked);
  const selections = { ...context.selections };
  const committed = [...context.committed];
  const send: Plan['send'] = [];
  for (const capital of capitals) {
    if (isHuman(context, capital))
      send.push([capital, { type: 'turn.open', round: context.game.round }]);
    else {
      selections[capital] = chooseForAi(scenario, context.game, capital, visible);
      committed.push(capital);
    }
  }
  return { assign: { stage, open: [...context.open, ...capitals], selections, committed }, send };
}

/** Lock capitals' decisions (the others see them now) and close their turns. */
export function lockTurns(context: GameContext, capitals: readonly CapitalId[]): Plan {
  return {
    assign: { locked: [...new Set([...context.locked, ...capitals])] },
    send: capitals.filter((c) => isHuman(context, c)).map((c) => [c, { type: 'round.lock' }]),
  };
}

/** The stage that has just finished is locked, and the next one opens. */
export function nextStage(scenario: Scenario, context: GameContext): Plan {
  const locking = lockTurns(context, TURN_STAGES[context.turnOrder][context.stage] ?? []);
  const opening = openStage(scenario, { ...context, ...locking.assign }, context.stage + 1);
  return {
    assign: { ...locking.assign, ...opening.assign },
    send: [...(locking.send ?? []), ...(opening.send ?? [])],
  };
}

/** A round's turns cleared, once it is resolved or rewound. */
export const clearedTurns: Partial<GameContext> = {
  stage: 0,
  open: [],
  selections: {},
  committed: [],
  locked: [],
};

/** Every human capital's turn closed, wherever it stood (before a rewind). */
export function closeTurns(context: GameContext): Plan {
  return {
    assign: clearedTurns,
    send: CAPITALS.filter((c) => isHuman(context, c)).map((c) => [c, { type: 'round.lock' }]),
  };
}

/**
 * A team's accepted intent goes to its capital's turn actor. An AI capital has none, but the
 * facilitator may still choose for it: the game then records what a turn actor would have
 * reported. Either way the choice is a person's, and the record says so.
 */
export function forwardToTurn(context: GameContext, event: GameEvent): Plan {
  if (
    event.type !== 'policy.select' &&
    event.type !== 'policy.commit' &&
    event.type !== 'policy.revise'
  )
    return {};
  const { capital } = event;
  const human = isHuman(context, capital);
  if (event.type === 'policy.revise')
    return human
      ? { send: [[capital, { type: 'policy.revise' }]] }
      : { assign: { committed: context.committed.filter((c) => c !== capital) } };
  const current = context.selections[capital];
  const decision: Decision | undefined =
    event.type === 'policy.select'
      ? { optionId: event.optionId, by: 'human' }
      : current && { optionId: current.optionId, by: 'human' };
  if (!decision) return {};
  // A commit may carry the team's reason: it goes on the decision as it is committed.
  const rationale =
    event.rationale ?? (event.type === 'policy.commit' ? current?.rationale : undefined);
  if (typeof rationale === 'string' && rationale) decision.rationale = rationale;
  if (human) {
    const send: Plan['send'] = [[capital, { type: 'policy.select', decision }]];
    if (event.type === 'policy.commit') send.push([capital, { type: 'policy.commit' }]);
    return { send };
  }
  return {
    assign: {
      selections: { ...context.selections, [capital]: decision },
      ...(event.type === 'policy.commit' ? { committed: [...context.committed, capital] } : {}),
    },
  };
}

/**
 * A turn actor's report counts only if that actor is in the state it reports and sent the very
 * decision it holds: an event forged to look like a report changes nothing.
 */
export function recordReport(
  context: GameContext,
  event: GameEvent,
  turn: { value: unknown; selection: Decision | null } | undefined,
): Plan {
  if (
    event.type !== 'turn.selected' &&
    event.type !== 'turn.committed' &&
    event.type !== 'turn.revised'
  )
    return {};
  if (!turn) return {};
  const { capital } = event;
  if (event.type === 'turn.revised')
    return turn.value === 'deliberating'
      ? { assign: { committed: context.committed.filter((c) => c !== capital) } }
      : {};
  if (!event.decision || turn.selection !== event.decision) return {};
  if (event.type === 'turn.committed' && turn.value !== 'committed') return {};
  if (context.committed.includes(capital)) return {};
  return {
    assign: {
      selections: { ...context.selections, [capital]: event.decision },
      committed:
        event.type === 'turn.committed' ? [...context.committed, capital] : context.committed,
    },
  };
}

/**
 * Time is up: by the facilitator's rule, the AI decides for every team that has not committed,
 * or a team's current selection stands (the AI deciding only where there is none), or nothing is
 * forced and the round waits.
 */
export function timeUp(scenario: Scenario, context: GameContext): Plan {
  const timer = context.timer;
  if (!timer) return {};
  const marked = { timer: { ...timer, timeUp: true, deadline: null } };
  if (timer.atTimeUp === 'round-waits') return { assign: marked };
  const visible = visibleDecisions(context.selections, context.locked);
  const selections = { ...context.selections };
  const committed = [...context.committed];
  const send: Plan['send'] = [];
  for (const capital of context.open) {
    if (committed.includes(capital)) continue;
    const kept = timer.atTimeUp === 'selection-stands' ? selections[capital] : undefined;
    const decision = kept ?? chooseForAi(scenario, context.game, capital, visible);
    if (isHuman(context, capital)) {
      send.push(
        [capital, { type: 'policy.select', decision }],
        [capital, { type: 'policy.commit' }],
      );
    } else {
      selections[capital] = decision;
      committed.push(capital);
    }
  }
  return { assign: { ...marked, selections, committed }, send };
}

/** The round timer set (or cleared); its clock starts when a round's decisions open. */
export function setTimer(context: GameContext, event: GameEvent, deciding: boolean): Plan {
  if (event.type !== 'facilitator.timer') return {};
  if (event.seconds === null) return { assign: { timer: null } };
  const ms = event.seconds * 1000;
  const running = deciding && !context.paused;
  return {
    assign: {
      timer: {
        seconds: event.seconds,
        atTimeUp: event.atTimeUp,
        deadline: running ? event.at + ms : null,
        remainingMs: deciding && context.paused ? ms : null,
        timeUp: false,
      },
    },
  };
}

/** A round's decisions open: its timer, if any, starts now (or waits for play to resume). */
export function startClock(context: GameContext, event: GameEvent): Plan {
  const timer = context.timer;
  const at = timeOf(event);
  if (!timer || at === null) return {};
  const ms = timer.seconds * 1000;
  return {
    assign: {
      timer: {
        ...timer,
        timeUp: false,
        deadline: context.paused ? null : at + ms,
        remainingMs: context.paused ? ms : null,
      },
    },
  };
}

/** Pause or resume play; during decisions the round's clock stops and restarts with it. */
export function pausePlay(context: GameContext, event: GameEvent, deciding: boolean): Plan {
  const paused = event.type === 'facilitator.pause';
  const at = timeOf(event);
  const timer = context.timer;
  if (!deciding || !timer || at === null || timer.timeUp) return { assign: { paused } };
  if (paused && timer.deadline !== null)
    return {
      assign: {
        paused,
        timer: { ...timer, deadline: null, remainingMs: Math.max(0, timer.deadline - at) },
      },
    };
  if (!paused && timer.remainingMs !== null)
    return {
      assign: { paused, timer: { ...timer, deadline: at + timer.remainingMs, remainingMs: null } },
    };
  return { assign: { paused } };
}

/**
 * Rewind to the start of an earlier round: the game is replayed from its own history up to
 * there (the same model replay a record gets), and the game as it stood is kept as the branch's
 * original, for comparison.
 */
export function rewoundContext(
  scenario: Scenario,
  context: GameContext,
  round: number,
): Partial<GameContext> {
  const record = recordOf(context.game, context, context.startLens);
  const game = replay(scenario, record, round - 1);
  return {
    ...clearedTurns,
    game: { ...game, lens: record.rounds[round - 1]?.lens ?? game.lens },
    injected: [],
    branch: { fromRound: round, original: context.game },
  };
}
