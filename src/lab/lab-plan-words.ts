import { t } from '../i18n/messages';
import type { PolicyEntry } from '../model/policy';
import type { Scenario } from '../model/schema';
import { nameList, numberRange } from './lab-words';

/** An option's label, or "the AI decides" for a round left open. */
function choiceLabel(scenario: Scenario, optionId: string | null): string {
  return optionId === null
    ? t('lab.words.aiDecides')
    : t('lab.words.option', { option: scenario.optionIndex[optionId]?.label ?? optionId });
}

/** "1–4" or "5", for a stretch of rounds. */
const span = (from: number, to: number) => (from === to ? `${from}` : numberRange(from, to));

/**
 * A capital's plan in words, for the results and the form's preview: "UN sanctions every
 * round", "UN sanctions in odd rounds, Talks in even rounds", "UN sanctions in rounds 1–4, then
 * Talks", or a round-by-round list grouped into stretches.
 */
export function describeEntry(scenario: Scenario, entry: PolicyEntry): string {
  const label = (id: string | null) => choiceLabel(scenario, id);
  if (typeof entry === 'string') return t('lab.words.every', { option: label(entry) });
  if (!Array.isArray(entry) && 'alternate' in entry) {
    const [first, second] = entry.alternate;
    if (entry.alternate.length === 1) return t('lab.words.every', { option: label(first ?? null) });
    if (entry.alternate.length === 2)
      return t('lab.words.alternate', {
        first: label(first ?? null),
        second: label(second ?? null),
      });
    return t('lab.words.inTurn', { options: nameList(entry.alternate.map(label)) });
  }
  const list: (string | null)[] = [];
  for (let round = 1; round <= scenario.rounds; round++) {
    if (Array.isArray(entry)) list.push(entry[round - 1] ?? null);
    else {
      const phase = entry.phases.find((p) => p.through === undefined || round <= p.through);
      list.push(phase ? phase.option : null);
    }
  }
  const stretches: string[] = [];
  let start = 1;
  for (let round = 2; round <= list.length + 1; round++) {
    if (round <= list.length && list[round - 1] === list[start - 1]) continue;
    stretches.push(
      t('lab.words.stretch', {
        option: label(list[start - 1] ?? null),
        count: round - start,
        rounds: span(start, round - 1),
      }),
    );
    start = round;
  }
  return stretches.join(t('lab.words.then'));
}
