import { z } from 'zod';
import type { Chooser } from './game';
import { CAPITALS, type CapitalId } from './ids';
import { isOptionAvailable } from './options';
import {
  entryOptionIds,
  type PolicyEntry,
  policyEntryProblems,
  resolveEntry,
} from './policy-entry';
import type { Scenario } from './schema';

export {
  entryOptionIds,
  MAX_POLICY_ROUNDS,
  type PolicyEntry,
  type PolicyProblem,
  policyEntryProblems,
  resolveEntry,
} from './policy-entry';

/** One capital's entry, checked by policyEntryProblems so each problem names its own path. */
const PolicyEntrySchema = z.unknown().check((ctx) => {
  for (const problem of policyEntryProblems(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      path: problem.path,
      message: problem.message,
    });
  }
}) as unknown as z.ZodType<PolicyEntry>;

/**
 * A fixed strategy for some capitals, keyed by capital. Each entry is one option for every
 * round, a list with one entry per round, `{ alternate: [...] }` (the list repeated round after
 * round) or `{ phases: [{ option, through }] }` (an option up to and including a round, then
 * the next). null anywhere means the AI decides that round; so does a round past the end.
 */
export const PolicySchema = z.partialRecord(z.enum(CAPITALS), PolicyEntrySchema);
/** A fixed strategy for some capitals. */
export type Policy = Partial<Record<CapitalId, PolicyEntry>>;

/** The option a policy fixes for a capital in a round (1-based), if any. */
export function policyChoice(policy: Policy, capital: CapitalId, round: number): string | null {
  const entry = policy[capital];
  return entry === undefined ? null : resolveEntry(entry, round);
}

/** Option ids in a policy that the scenario does not have for that capital. */
export function unknownPolicyOptions(scenario: Scenario, policy: Policy): string[] {
  const problems: string[] = [];
  for (const capital of CAPITALS) {
    const entry = policy[capital];
    for (const id of entry === undefined ? [] : entryOptionIds(entry)) {
      if (scenario.optionIndex[id]?.capital !== capital) problems.push(`${capital}: ${id}`);
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
    return { optionId, by: 'human', policy: true };
  };
}
