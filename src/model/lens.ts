import type { Claim, Lens, Scenario } from './schema';

/** The lens a game uses when none is chosen. */
export const DEFAULT_LENS = 'balanced';

/** The weight a lens gives one claim: 1 unless the claim is contested and the lens takes sides. */
export function claimWeight(lens: Lens, claim: Claim, claimIndex: Record<string, Claim>): number {
  const explicit = lens.claims[claim.id];
  if (explicit !== undefined) return explicit;
  if (!claim.contestedBy?.length) return 1;
  const own = lens.schools[claim.school];
  if (own === undefined) return 1;
  const takesSides = claim.contestedBy.some((id) => {
    const other = claimIndex[id];
    return (
      other !== undefined &&
      other.school !== claim.school &&
      lens.schools[other.school] !== undefined
    );
  });
  return takesSides ? own : 1;
}

/** Find a lens of a scenario by id; throws on an unknown id (callers validate user input first). */
export function lensOf(scenario: Scenario, id: string): Lens {
  const lens = scenario.lenses.find((l) => l.id === id);
  if (!lens)
    throw new Error(`unknown lens "${id}"; known: ${scenario.lenses.map((l) => l.id).join(', ')}`);
  return lens;
}

// A piece of evidence (an option's, a rule's, a consideration's claims) always has the same
// weight under the same lens, and the engine asks for it many times a game: remember it, in one
// weigher per scenario and lens that the engine keeps for a whole round.
const weighers = new WeakMap<Scenario, Map<string, Weigher>>();

/** The weight a lens gives a piece of evidence (its claims). */
export type Weigher = (claims: readonly string[]) => number;

function computeFactor(scenario: Scenario, lens: Lens, claims: readonly string[]): number {
  if (Object.keys(lens.schools).length === 0 && Object.keys(lens.claims).length === 0) return 1;
  const weights: number[] = [];
  for (const id of claims) {
    const claim = scenario.claimIndex[id];
    if (!claim) continue;
    const weight = claimWeight(lens, claim, scenario.claimIndex);
    if (weight !== 1 || lens.claims[id] !== undefined) weights.push(weight);
  }
  if (weights.length === 0) return 1;
  return weights.reduce((a, b) => a + b, 0) / weights.length;
}

/**
 * The remembering weigher of a scenario's lens. Like lensFactor it throws on an unknown lens
 * only when asked to weigh some claims.
 */
export function lensWeigher(scenario: Scenario, lensId: string): Weigher {
  let byLens = weighers.get(scenario);
  if (!byLens) {
    byLens = new Map();
    weighers.set(scenario, byLens);
  }
  let weigher = byLens.get(lensId);
  if (!weigher) {
    let lens: Lens | undefined;
    const known = new WeakMap<readonly string[], number>();
    weigher = (claims) => {
      if (claims.length === 0) return 1;
      let factor = known.get(claims);
      if (factor === undefined) {
        lens ??= lensOf(scenario, lensId);
        factor = computeFactor(scenario, lens, claims);
        known.set(claims, factor);
      }
      return factor;
    };
    byLens.set(lensId, weigher);
  }
  return weigher;
}

/**
 * How strongly a piece of evidence acts under a lens: the mean weight of its contested claims
 * the lens takes sides on (1 when there are none, so uncontested evidence is never reweighted).
 */
export function lensFactor(scenario: Scenario, lensId: string, claims: readonly string[]): number {
  return lensWeigher(scenario, lensId)(claims);
}
