import { t } from '../i18n/messages';
import { capitalName } from '../i18n/names';
import { CAPITALS } from '../model/ids';
import { isOptionAvailable } from '../model/options';
import type { Scenario } from '../model/schema';
import type { GameContext, GameEvent } from './game-events';

// The game machine's refusals: every intent it does not accept is answered in plain words, in the
// page's language (the same words as the board's refusals, src/board/view/refusal-text.ts).

/** Why an intent was refused outside the decision phase, in plain words. */
export function outOfPhase(context: GameContext, event: GameEvent): string {
  if (context.game.outcome) return t('play.refusal.gameOver');
  if (event.type === 'game.start') return t('play.refusal.alreadyStarted');
  if (event.type === 'round.next') return t('play.refusal.roundNotResolved');
  return t('play.refusal.decisionsClosed');
}

/** Why an intent was refused during the decision phase, in plain words. */
export function refusalFor(scenario: Scenario, context: GameContext, event: GameEvent): string {
  const capital = 'capital' in event ? event.capital : undefined;
  if (!capital || !CAPITALS.includes(capital)) return t('play.refusal.noSuchCapital');
  const named = { capital: capitalName(capital) };
  if (!context.open.includes(capital)) return t('play.refusal.notOpen', named);
  if (event.type === 'policy.select' || event.type === 'policy.commit') {
    if (context.committed.includes(capital)) return t('play.refusal.alreadyCommitted', named);
  }
  if (
    event.type === 'policy.select' &&
    !isOptionAvailable(scenario, context.game, capital, event.optionId)
  ) {
    return t('play.refusal.optionNotAvailable', { ...named, option: event.optionId });
  }
  if (event.type === 'policy.commit') return t('play.refusal.nothingSelected', named);
  if (event.type === 'policy.revise') {
    return context.locked.includes(capital)
      ? t('play.refusal.decisionLocked', named)
      : t('play.refusal.nothingToRevise', named);
  }
  return outOfPhase(context, event);
}
