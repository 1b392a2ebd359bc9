import { CAPITAL_NAMES } from '../../model/ids';
import type { ReplayError } from '../../model/record';

/** Why a record cannot be replayed, in a player's words (the model gives only a code). */
export function replayErrorText(error: ReplayError): string {
  switch (error.code) {
    case 'wrong-scenario':
      return `It is for another crisis (${error.recordScenario}), not ${error.scenario}.`;
    case 'unknown-lens':
      return `In round ${error.round} it reads the evidence through a lens this version does not have (“${error.lens}”).`;
    case 'option-not-available':
      return `In round ${error.round} it has ${CAPITAL_NAMES[error.capital]} choose ${error.optionId}, which was not open to ${CAPITAL_NAMES[error.capital]} then.`;
    case 'unknown-event':
      return `In round ${error.round} it injects an event this version does not have (${error.eventId}).`;
    case 'repeated-event':
      return `In round ${error.round} it injects the same event twice (${error.eventId}).`;
    case 'continues-after-end':
      return `It goes on to round ${error.round}, after the game had already ended.`;
    case 'cannot-end':
      return `It ends the game after round ${error.round}, where the game cannot end.`;
    case 'model-refused':
      return `Round ${error.round} cannot be played (${error.detail}).`;
  }
}
