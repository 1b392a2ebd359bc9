import type { PolicyEntry } from '../model/policy';
import type { Scenario } from '../model/schema';

/** An option's label, or "the AI decides" for a round left open. */
function choiceLabel(scenario: Scenario, optionId: string | null): string {
  return optionId === null ? 'the AI decides' : (scenario.optionIndex[optionId]?.label ?? optionId);
}

/** "1–4" or "5", for a stretch of rounds. */
const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/**
 * A capital's plan in words, for the results and the form's preview: "UN sanctions every
 * round", "UN sanctions in odd rounds, Talks in even rounds", "UN sanctions in rounds 1–4, then
 * Talks", or a round-by-round list grouped into stretches.
 */
export function describeEntry(scenario: Scenario, entry: PolicyEntry): string {
  const label = (id: string | null) => choiceLabel(scenario, id);
  if (typeof entry === 'string') return `${label(entry)} every round`;
  if (!Array.isArray(entry) && 'alternate' in entry) {
    const [first, second] = entry.alternate;
    if (entry.alternate.length === 1) return `${label(first ?? null)} every round`;
    if (entry.alternate.length === 2)
      return `${label(first ?? null)} in odd rounds, ${label(second ?? null)} in even rounds`;
    return `in turn, round after round: ${entry.alternate.map(label).join(', ')}`;
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
    const rounds = span(start, round - 1);
    stretches.push(
      `${label(list[start - 1] ?? null)} in ${start === round - 1 ? 'round' : 'rounds'} ${rounds}`,
    );
    start = round;
  }
  return stretches.join(', then ');
}
