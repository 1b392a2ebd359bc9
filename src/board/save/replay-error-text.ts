import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import type { ReplayError } from '../../model/record';

/** Why a record cannot be replayed, in a player's words (the model gives only a code). */
export function replayErrorText(error: ReplayError): string {
  switch (error.code) {
    case 'wrong-scenario':
      return t('menus.replay.wrongScenario', {
        recordScenario: error.recordScenario,
        scenario: error.scenario,
      });
    case 'unknown-lens':
      return t('menus.replay.unknownLens', { round: error.round, lens: error.lens });
    case 'option-not-available':
      return t('menus.replay.optionNotAvailable', {
        round: error.round,
        capital: capitalName(error.capital),
        optionId: error.optionId,
      });
    case 'unknown-event':
      return t('menus.replay.unknownEvent', { round: error.round, eventId: error.eventId });
    case 'repeated-event':
      return t('menus.replay.repeatedEvent', { round: error.round, eventId: error.eventId });
    case 'continues-after-end':
      return t('menus.replay.continuesAfterEnd', { round: error.round });
    case 'cannot-end':
      return t('menus.replay.cannotEnd', { round: error.round });
    case 'model-refused':
      return t('menus.replay.modelRefused', { round: error.round, detail: error.detail });
  }
}
