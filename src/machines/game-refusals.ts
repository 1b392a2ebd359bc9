import { CAPITAL_NAMES, CAPITALS } from '../model/ids';
import { isOptionAvailable } from '../model/options';
import type { Scenario } from '../model/schema';
import type { GameContext, GameEvent } from './game-events';

// The game machine's refusals: every intent it does not accept is answered in plain words.

/** Why an intent was refused outside the decision phase, in plain words. */
export function outOfPhase(context: GameContext, event: GameEvent): string {
  if (context.game.outcome) return 'The game is over: see the debrief.';
  if (event.type === 'game.start') return 'The game has already started.';
  if (event.type === 'round.next') return 'Not now: this round has not been resolved yet.';
  return 'Not now: decisions are closed until the next round opens.';
}

/** Why an intent was refused during the decision phase, in plain words. */
export function refusalFor(scenario: Scenario, context: GameContext, event: GameEvent): string {
  const capital = 'capital' in event ? event.capital : undefined;
  if (!capital || !CAPITALS.includes(capital)) return 'No such capital.';
  const name = CAPITAL_NAMES[capital];
  if (!context.open.includes(capital)) return `It is not ${name}'s turn yet.`;
  if (event.type === 'policy.select' || event.type === 'policy.commit') {
    if (context.committed.includes(capital)) return `${name} has already committed; revise first.`;
  }
  if (
    event.type === 'policy.select' &&
    !isOptionAvailable(scenario, context.game, capital, event.optionId)
  ) {
    return `${event.optionId} is not open to ${name} this round.`;
  }
  if (event.type === 'policy.commit') return `${name} has not chosen an option yet.`;
  if (event.type === 'policy.revise') {
    return context.locked.includes(capital)
      ? `${name}'s decision is locked: the others have seen it.`
      : `${name} has nothing committed to revise.`;
  }
  return outOfPhase(context, event);
}
