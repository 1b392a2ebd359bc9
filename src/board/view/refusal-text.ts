import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import type { CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { Refusal } from '../../protocol/refusals';

/** A refusal in the board's words, in the page's language (the codes are what a translation keys on). */
export function refusalText(scenario: Scenario, refusal: Refusal): string {
  const name = (capital: CapitalId) => ({ capital: capitalName(capital) });
  switch (refusal.code) {
    case 'malformed':
      return t('play.refusal.malformed');
    case 'seat-not-allowed':
      return refusal.seat === 'observer'
        ? t('play.refusal.observer')
        : t('play.refusal.facilitatorOnly');
    case 'not-your-capital':
      return t('play.refusal.notYourCapital', name(refusal.capital));
    case 'played-by-ai':
      return t('play.refusal.playedByAi', name(refusal.capital));
    case 'game-over':
      return t('play.refusal.gameOver');
    case 'paused':
      return t('play.refusal.paused');
    case 'already-started':
      return t('play.refusal.alreadyStarted');
    case 'round-not-resolved':
      return t('play.refusal.roundNotResolved');
    case 'decisions-closed':
      return t('play.refusal.decisionsClosed');
    case 'not-open':
      return t('play.refusal.notOpen', name(refusal.capital));
    case 'already-committed':
      return t('play.refusal.alreadyCommitted', name(refusal.capital));
    case 'option-not-available': {
      const label = scenario.optionIndex[refusal.optionId]?.label ?? refusal.optionId;
      return t('play.refusal.optionNotAvailable', { ...name(refusal.capital), option: label });
    }
    case 'nothing-selected':
      return t('play.refusal.nothingSelected', name(refusal.capital));
    case 'nothing-to-revise':
      return t('play.refusal.nothingToRevise', name(refusal.capital));
    case 'decision-locked':
      return t('play.refusal.decisionLocked', name(refusal.capital));
    case 'unknown-event':
      return t('play.refusal.unknownEvent', { event: refusal.eventId });
    case 'inject-while-deciding':
      return t('play.refusal.injectWhileDeciding');
    case 'unknown-lens':
      return t('play.refusal.unknownLens', { lens: refusal.lens });
    case 'end-between-rounds':
      return t('play.refusal.endBetweenRounds');
    case 'no-such-round':
      return t('play.refusal.noSuchRound', {
        round: String(refusal.round),
        played: String(refusal.played),
      });
    case 'no-timer':
      return t('play.refusal.noTimer');
    case 'not-time-yet':
      return t('play.refusal.notTimeYet');
    case 'log-full':
      return t('play.refusal.logFull', { limit: String(refusal.limit) });
  }
}
