import { z } from 'zod';
import type { Chooser } from './game';
import { CAPITALS, type CapitalId } from './ids';
import { isOptionAvailable } from './options';
import type { Scenario } from './schema';

/**
 * A fixed strategy for some capitals: one option id for every round, or a list with one
 * entry per round (null: the AI decides that round; past the list's end, the AI decides).
 */
export const PolicySchema = z.partialRecord(
  z.enum(CAPITALS),
  z.union([z.string(), z.array(z.string().nullable())]),
);
/** A fixed strategy for some capitals. */
export type Policy = z.infer<typeof PolicySchema>;

/** The option a policy fixes for a capital in a round, if any. */
export function policyChoice(policy: Policy, capital: CapitalId, round: number): string | null {
  const entry = policy[capital];
  if (entry === undefined) return null;
  if (typeof entry === 'string') return entry;
  return entry[round - 1] ?? null;
}

/** Option ids in a policy that the scenario does not have for that capital. */
export function unknownPolicyOptions(scenario: Scenario, policy: Policy): string[] {
  const problems: string[] = [];
  for (const capital of CAPITALS) {
    const entry = policy[capital];
    const ids = entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry;
    for (const id of ids) {
      if (id !== null && scenario.optionIndex[id]?.capital !== capital)
        problems.push(`${capital}: ${id}`);
    }
  }
  return problems;
}

/**
 * A chooser that plays a policy. A fixed option that is not open this round falls back to
 * the AI, and `onFallback` hears of it, so a run can report how often the policy bent.
 */
export function policyChooser(
  scenario: Scenario,
  policy: Policy,
  onFallback: (capital: CapitalId, optionId: string, round: number) => void = () => {},
): Chooser {
  return (capital, game) => {
    const optionId = policyChoice(policy, capital, game.round);
    if (optionId === null) return undefined;
    if (!isOptionAvailable(scenario, game, capital, optionId)) {
      onFallback(capital, optionId, game.round);
      return undefined;
    }
    return { optionId, by: 'human', rationale: 'fixed by policy' };
  };
}
