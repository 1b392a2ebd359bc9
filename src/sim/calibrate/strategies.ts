import { type Policy, policyChoice } from '../../model/policy';
import type { Scenario } from '../../model/schema';

/** The simple strategies of the calibration grid, each a policy file per scenario. */
export const STRATEGIES = [
  'talks-only',
  'sanctions-only',
  'sanctions-with-talks',
  'firm-united',
  'reassurance-only',
  'as-happened',
] as const;

/** A strategy of the grid, or every capital left to the AI. */
export type StrategyId = (typeof STRATEGIES)[number] | 'all-ai';

/** A scenario's policies by strategy (read from scenarios/policies/<scenario>.<strategy>.json). */
export type StrategyPolicies = Record<(typeof STRATEGIES)[number], Policy>;

/** The first of some option ids that the scenario has (for policies built in code). */
function first(scenario: Scenario, ids: readonly string[]): string {
  const id = ids.find((i) => scenario.optionIndex[i]);
  if (!id) throw new Error(`${scenario.id}: none of ${ids.join(', ')}`);
  return id;
}

/**
 * A muted answer to an overflight: Pyongyang flies one over Japan in round 1, and the allies
 * answer with nothing firm (Washington keeps to its usual line, Tokyo protests, Seoul reaches
 * out), then the AI plays on. Source 002 (002:11) says this invites more flights.
 */
export function mutedAnswer(scenario: Scenario): Policy {
  return {
    northKorea: ['nk.overflight'],
    us: [first(scenario, ['us.business-as-usual', 'us.hold-course', 'us.press-china'])],
    japan: ['japan.protest'],
    southKorea: ['sk.outreach'],
  };
}

/**
 * Talks that fail: the talks-only policy for the first five rounds, then sanctions only. After
 * talks fail, short-range tests should come back before strategic ones (anchors: 2019).
 */
export function talksThenPressure(policies: StrategyPolicies, rounds: number): Policy {
  const out: Policy = {};
  for (const capital of ['us', 'japan', 'southKorea'] as const) {
    const list: (string | null)[] = [];
    for (let r = 1; r <= rounds; r++) {
      const from = r <= 5 ? policies['talks-only'] : policies['sanctions-only'];
      list.push(policyChoice(from, capital, r));
    }
    out[capital] = list;
  }
  return out;
}

/** Pyongyang's shots in rounds 1, 3 and 5 fixed to one option (the AI plays the rest). */
export function nkShots(optionId: string): Policy {
  return { northKorea: [optionId, null, optionId, null, optionId] };
}
