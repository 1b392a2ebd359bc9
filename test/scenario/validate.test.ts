import { describe, expect, it } from 'vitest';
import type { Lens, Scenario } from '../../src/model/schema';
import { checkCoverage, checkLenses, claimsUsedBy } from '../../src/scenario/catalog-checks';
import { unreachableOptions } from '../../src/sim/reachability';
import { scenario } from '../helpers';

const s = scenario();

describe('scenario validation beyond the schema', () => {
  it('finds no unreachable option in the shipped scenario', () => {
    expect(unreachableOptions(s)).toEqual([]);
  });

  it('flags an option whose condition can never hold in play', () => {
    const options = s.options.map((o) =>
      o.id === 'japan.constitution'
        ? { ...o, available: { indicator: 'nkMissileCapability' as const, atMost: 5 } }
        : o,
    );
    const broken: Scenario = {
      ...s,
      options,
      optionIndex: Object.fromEntries(options.map((o) => [o.id, o])),
    };
    expect(unreachableOptions(broken)).toEqual(['japan.constitution']);
  });

  it('checks the lenses', () => {
    const balanced = s.lenses.find((l) => l.id === 'balanced') as Lens;
    const claims = Object.values(s.claimIndex);
    expect(checkLenses(s.lenses, claims, 'lenses.json')).toEqual([]);
    const noBalanced = checkLenses(
      s.lenses.filter((l) => l !== balanced),
      claims,
      'lenses.json',
    );
    expect(noBalanced.map((e) => e.message)).toEqual(['needs a "balanced" lens (the default)']);
    const bad: Lens = {
      ...balanced,
      id: 'odd',
      claims: { 'claim.003-01.salvo-swamps-defence': 2 },
    };
    const errors = checkLenses([...s.lenses, bad], claims, 'lenses.json');
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'lenses[4].claims.claim.003-01.salvo-swamps-defence: a lens may only reweigh contested claims',
    ]);
  });

  it('lists catalog claims no scenario uses unless they are marked context-only', () => {
    const used = claimsUsedBy(s);
    expect(used.has('claim.001-21.no-reciprocity-more-tests')).toBe(true);
    const claims = [
      {
        ...(s.claimIndex['claim.001-21.no-reciprocity-more-tests'] as NonNullable<
          Scenario['claimIndex'][string]
        >),
      },
      {
        ...(s.claimIndex['claim.001-16.reassurance-steadies'] as NonNullable<
          Scenario['claimIndex'][string]
        >),
        id: 'claim.999-1.unused',
      },
      {
        ...(s.claimIndex['claim.001-16.reassurance-steadies'] as NonNullable<
          Scenario['claimIndex'][string]
        >),
        id: 'claim.999-2.context',
        contextOnly: 'framing only',
      },
    ];
    const errors = checkCoverage(claims, used, 'claims.json');
    expect(errors.map((e) => e.path)).toEqual(['claims[1]']);
    expect(errors[0]?.message).toMatch(/claim\.999-1\.unused is used by no scenario/);
  });
});
