import { isOptionAvailable } from '../model/options';
import { MAX_LOG_ENTRIES } from '../model/record';
import type { Scenario } from '../model/schema';
import type { LoggedIntent } from '../protocol/intents';
import type { Refusal } from '../protocol/refusals';
import { isTeamSeat } from '../protocol/seat';
import type { AuthorityState } from './game-events';

/** The most intents one game's log may hold (a long classroom game sends a few hundred). */
export const MAX_LOG = MAX_LOG_ENTRIES;

/**
 * Whether the authority accepts an intent now, and if not, why: the seat's rights, the phase,
 * the pause, the turn, and the option's legality, all in this one place. The game machine asks
 * it before every intent, whoever sent it and whether it is played live or replayed from a
 * record. Returns null when the intent is accepted.
 */
export function checkIntent(
  scenario: Scenario,
  { phase, context }: AuthorityState,
  intent: LoggedIntent,
): Refusal | null {
  const { seat, type } = intent;
  if (context.log.length >= MAX_LOG) return { code: 'log-full', limit: MAX_LOG };
  // Rights: a team acts for its own capital only; the facilitator for any and for the game; an
  // observer (a projector) only watches.
  const isPolicy = type === 'policy.select' || type === 'policy.commit' || type === 'policy.revise';
  if (seat === 'observer' || (isTeamSeat(seat) && !isPolicy))
    return { code: 'seat-not-allowed', seat, intent: type };
  if (isPolicy && isTeamSeat(seat) && intent.capital !== seat)
    return { code: 'not-your-capital', seat, capital: intent.capital };
  // A capital the AI plays has no team: only the facilitator may take its decision over.
  if (isPolicy && isTeamSeat(seat) && context.controllers[seat] !== 'human')
    return { code: 'played-by-ai', capital: seat };

  if (phase === 'debrief' && type !== 'facilitator.rewind') return { code: 'game-over' };
  const blockedByPause = isPolicy || type === 'game.start' || type === 'round.next';
  if (context.paused && blockedByPause) return { code: 'paused' };

  switch (intent.type) {
    case 'game.start':
      return phase === 'briefing' ? null : { code: 'already-started' };
    case 'round.next':
      return phase === 'report' ? null : { code: 'round-not-resolved' };
    case 'policy.select':
    case 'policy.commit':
    case 'policy.revise': {
      const { capital } = intent;
      if (phase !== 'decisions') return { code: 'decisions-closed' };
      if (!context.open.includes(capital)) return { code: 'not-open', capital };
      const committed = context.committed.includes(capital);
      if (intent.type === 'policy.revise') {
        if (!committed) return { code: 'nothing-to-revise', capital };
        return context.locked.includes(capital) ? { code: 'decision-locked', capital } : null;
      }
      if (committed) return { code: 'already-committed', capital };
      if (intent.type === 'policy.commit')
        return context.selections[capital] ? null : { code: 'nothing-selected', capital };
      return isOptionAvailable(scenario, context.game, capital, intent.optionId)
        ? null
        : { code: 'option-not-available', capital, optionId: intent.optionId };
    }
    case 'facilitator.inject':
      if (!scenario.events.some((e) => e.id === intent.eventId))
        return { code: 'unknown-event', eventId: intent.eventId };
      return phase === 'decisions' ? null : { code: 'inject-while-deciding' };
    case 'facilitator.lens':
      return scenario.lenses.some((l) => l.id === intent.lens)
        ? null
        : { code: 'unknown-lens', lens: intent.lens };
    case 'facilitator.end':
      return phase === 'report' ? null : { code: 'end-between-rounds' };
    case 'facilitator.rewind': {
      // Back to the start of any round played, or of the round now open (its decisions undone);
      // a finished game only to a round it played.
      const played = context.game.history.length;
      const latest = phase === 'debrief' ? played : played + 1;
      return intent.round <= latest ? null : { code: 'no-such-round', round: intent.round, played };
    }
    case 'facilitator.timeUp': {
      const timer = context.timer;
      if (phase !== 'decisions' || !timer || timer.timeUp) return { code: 'no-timer' };
      return timer.deadline !== null && intent.at >= timer.deadline
        ? null
        : { code: 'not-time-yet' };
    }
    case 'facilitator.pause':
    case 'facilitator.resume':
    case 'facilitator.timer':
    case 'facilitator.revealAi':
      return null;
  }
}
