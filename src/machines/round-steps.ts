import { checkEnd as checkEndOf, endNow as endNowOf } from '../model/end';
import { resolveDecisions } from '../model/engine';
import { drawEvents as drawEventsOf } from '../model/events';
import { CAPITALS } from '../model/ids';
import { switchLens as switchLensOf } from '../model/record';
import type { Scenario } from '../model/schema';
import type { Decisions } from '../model/state';
import type { GameContext, GameEvent } from './game-events';
import type { MalformedIntent } from './intent-schema';
import { type Plan, rewoundContext } from './turn-plans';

// The game machine's steps that are one call into the model each: resolving a round, drawing its
// events, checking for the end, and the facilitator's changes to the game.

type Event = GameEvent | MalformedIntent;

/** Resolve the round; decisions go in, in the canonical capital order, whatever order they came. */
export function resolve(scenario: Scenario, context: GameContext): Plan {
  const decisions = Object.fromEntries(
    CAPITALS.map((c) => [c, context.selections[c]]),
  ) as Decisions;
  return {
    assign: {
      game: resolveDecisions(scenario, context.game, decisions),
      // The round's clock stops: the next round starts it again.
      timer: context.timer && { ...context.timer, deadline: null, remainingMs: null },
    },
  };
}

/** Draw the round's events (the injected ones fire without a roll). */
export function drawEvents(scenario: Scenario, context: GameContext): Plan {
  return { assign: { game: drawEventsOf(scenario, context.game, context.injected), injected: [] } };
}

/** Whether the game has reached an ending. */
export function checkEnd(scenario: Scenario, context: GameContext): Plan {
  return { assign: { game: checkEndOf(scenario, context.game) } };
}

/** End the game now (the facilitator's End now, between rounds). */
export function endNow(scenario: Scenario, context: GameContext): Plan {
  return { assign: { game: endNowOf(scenario, context.game) } };
}

/** The lens from now on. */
export function switchLens(scenario: Scenario, context: GameContext, event: Event): Plan {
  return event.type === 'facilitator.lens'
    ? { assign: { game: switchLensOf(scenario, context.game, event.lens) } }
    : {};
}

/** An event card added to this round (once, however often it is asked for). */
export function inject(context: GameContext, event: Event): Plan {
  return event.type === 'facilitator.inject'
    ? { assign: { injected: [...new Set([...context.injected, event.eventId])] } }
    : {};
}

/** Show (or hide) the AI capitals' reasoning before the reveal. */
export function revealAi(event: Event): Plan {
  return event.type === 'facilitator.revealAi' ? { assign: { revealAi: event.on } } : {};
}

/** Back to the start of an earlier round: a branch. */
export function rewind(scenario: Scenario, context: GameContext, event: Event): Plan {
  return event.type === 'facilitator.rewind'
    ? { assign: rewoundContext(scenario, context, event.round) }
    : {};
}
