// An AI capital's reasons in words. The model keeps only ids (src/model/ai.ts): the doctrine's
// considerations behind a choice, or the mark that nothing pressed. The words are put together
// here, at display time, from the scenario's doctrine (already in the page's language).
import { t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import type { Rationale } from '../../model/state';

/**
 * What an AI capital gives as its reasons: its doctrine's reasons, strongest first, or — when
 * nothing pressed — what the chosen option does. A game saved before rationales held only ids
 * keeps the words it was saved with where this scenario no longer has its reasons.
 */
export function aiReasons(scenario: Scenario, optionId: string, rationale: Rationale): string {
  const reasons = rationale.considerations.flatMap((id) => {
    const reason = scenario.doctrine.find((c) => c.id === id)?.reason;
    return reason ? [reason] : [];
  });
  if (reasons.length > 0)
    return reasons.reduce((said, next) => t('why.sentences', { first: said, next }));
  if (rationale.considerations.length > 0 && !rationale.unpressed) return rationale.text ?? '';
  return t('why.ai.unpressed', {
    summary: scenario.optionIndex[optionId]?.summary ?? optionId,
  });
}
