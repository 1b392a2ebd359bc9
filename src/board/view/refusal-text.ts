import type { OpenRecordError } from '../../client/open-record';
import { CAPITAL_NAMES } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { Refusal } from '../../protocol/refusals';
import { replayErrorText } from '../save/replay-error-text';

/** A refusal in the board's words (English; the codes are what a translation keys on). */
export function refusalText(scenario: Scenario, refusal: Refusal): string {
  const name = (capital: keyof typeof CAPITAL_NAMES) => CAPITAL_NAMES[capital];
  switch (refusal.code) {
    case 'malformed':
      return 'That request could not be read, so nothing changed.';
    case 'seat-not-allowed':
      return refusal.seat === 'observer'
        ? 'This screen only watches the game.'
        : 'Only the facilitator can do that.';
    case 'not-your-capital':
      return `Only ${name(refusal.capital)}'s team can decide for ${name(refusal.capital)}.`;
    case 'played-by-ai':
      return `The AI plays ${name(refusal.capital)}: only the facilitator can decide for it.`;
    case 'game-over':
      return 'The game is over: see the debrief.';
    case 'paused':
      return 'Paused by the facilitator.';
    case 'already-started':
      return 'The game has already started.';
    case 'round-not-resolved':
      return 'Not now: this round has not been resolved yet.';
    case 'decisions-closed':
      return 'Not now: decisions are closed until the next round opens.';
    case 'not-open':
      return `It is not ${name(refusal.capital)}'s turn yet.`;
    case 'already-committed':
      return `${name(refusal.capital)} has already committed; revise first.`;
    case 'option-not-available': {
      const label = scenario.optionIndex[refusal.optionId]?.label ?? refusal.optionId;
      return `${label} is not open to ${name(refusal.capital)} this round.`;
    }
    case 'nothing-selected':
      return `${name(refusal.capital)} has not chosen an option yet.`;
    case 'nothing-to-revise':
      return `${name(refusal.capital)} has nothing committed to revise.`;
    case 'decision-locked':
      return `${name(refusal.capital)}'s decision is locked: the others have seen it.`;
    case 'unknown-event':
      return `No event card "${refusal.eventId}" in this scenario.`;
    case 'inject-while-deciding':
      return 'Events can be injected only while the capitals are deciding.';
    case 'unknown-lens':
      return `No lens "${refusal.lens}".`;
    case 'end-between-rounds':
      return 'The game can be ended only between rounds, after a reveal.';
    case 'no-such-round':
      return `Round ${refusal.round} has not been played yet (${refusal.played} so far).`;
    case 'no-timer':
      return 'No round timer is running.';
    case 'not-time-yet':
      return 'The round timer has not run out yet.';
    case 'log-full':
      return `This game has reached its limit of ${refusal.limit} actions: save it and start a branch.`;
  }
}

/** Why a record could not be opened, in plain words. */
export function openRecordText(error: OpenRecordError): string {
  switch (error.code) {
    case 'wrong-scenario':
      return `This record is for a scenario this version does not have (${error.scenarioId}).`;
    case 'no-log':
    case 'summary-disagrees':
      return 'This record is damaged: its rounds and its log of play disagree.';
    case 'base-rounds':
    case 'rounds-do-not-replay':
      return `This record cannot be replayed. ${replayErrorText(error.error)}`;
    case 'unknown-lens':
      return `This record cannot be replayed: it starts under a lens this version does not have ("${error.lens}").`;
    case 'intent-refused':
      return `This record cannot be replayed: step ${error.index + 1} (${error.intent}) is one the game refuses.`;
  }
}
