import type { OpenRecordError } from '../../client/open-record';
import { t } from '../../i18n/messages';
import { replayErrorText } from './replay-error-text';

/** Why a record (a save, a file, a link) could not be opened, in the page's words. */
export function openRecordText(error: OpenRecordError): string {
  switch (error.code) {
    case 'wrong-scenario':
      return t('menus.openRecord.wrongScenario', { scenarioId: error.scenarioId });
    case 'no-log':
    case 'summary-disagrees':
      return t('menus.openRecord.disagrees');
    case 'base-rounds':
    case 'rounds-do-not-replay':
      return t('menus.openRecord.noReplay', { reason: replayErrorText(error.error) });
    case 'unknown-lens':
      return t('menus.openRecord.unknownLens', { lens: error.lens });
    case 'intent-refused':
      return t('menus.openRecord.intentRefused', { step: error.index + 1, intent: error.intent });
  }
}
