import { describe, expect, it } from 'vitest';
import { resolveDecisions } from '../../src/model/engine';
import { claimWeight, lensFactor, lensOf } from '../../src/model/lens';
import { createGame } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();
const claim = (id: string) => {
  const c = s.claimIndex[id];
  if (!c) throw new Error(id);
  return c;
};

describe('analytic lenses', () => {
  const table: [string, string, number][] = [
    // An engagement claim contested by the firm-response case.
    ['engagement', 'claim.001-21.no-reciprocity-more-tests', 1.5],
    ['deterrence', 'claim.001-21.no-reciprocity-more-tests', 0.5],
    // A test is just a test: readings of tests as signals, on either side, act more weakly.
    ['development', 'claim.001-21.no-reciprocity-more-tests', 0.5],
    ['balanced', 'claim.001-21.no-reciprocity-more-tests', 1],
    // The firm-response claim itself.
    ['deterrence', 'claim.002-12.firm-united-response', 1.5],
    ['engagement', 'claim.002-12.firm-united-response', 0.5],
    // "A test is a message" against "a test is just a test": only the development lens takes sides.
    ['development', 'claim.001-14.overflight-wedge', 0.5],
    ['development', 'claim.004-10.tests-are-development', 1.5],
    ['deterrence', 'claim.001-14.overflight-wedge', 1],
    ['engagement', 'claim.001-14.overflight-wedge', 1],
    // Uncontested claims are never reweighted.
    ['deterrence', 'claim.003-01.salvo-swamps-defence', 1],
    ['engagement', 'claim.001-16.reassurance-steadies', 1],
  ];
  it.each(table)('%s weighs %s at %d', (lens, id, weight) => {
    expect(claimWeight(lensOf(s, lens), claim(id), s.claimIndex)).toBe(weight);
  });

  it('averages the weights of the contested claims a piece of evidence cites', () => {
    const mixed = ['claim.001-21.no-reciprocity-more-tests', 'claim.003-01.salvo-swamps-defence'];
    expect(lensFactor(s, 'deterrence', mixed)).toBe(0.5);
    expect(lensFactor(s, 'deterrence', ['claim.003-01.salvo-swamps-defence'])).toBe(1);
  });

  it('scales a rule’s effect in the trace and says so', () => {
    const choices = decisions({
      ...QUIET,
      us: 'us.un-sanctions',
      southKorea: 'sk.joint-exercises',
    });
    const drive = (lens: string) => {
      const game = resolveDecisions(s, createGame(s, 11, lens), choices);
      return game.history[0]?.trace.find(
        (t) =>
          t.cause.kind === 'rule' &&
          t.cause.ruleId === 'rule.sanctions-without-talks-feed-testing' &&
          t.indicator === 'nkTestingDrive',
      );
    };
    const balanced = drive('balanced');
    const engagement = drive('engagement');
    expect(balanced?.lensWeight).toBeUndefined();
    expect(engagement?.lensWeight).toBe(1.5);
    expect(engagement?.delta).toBeGreaterThan(balanced?.delta ?? 0);
  });

  it('refuses an unknown lens', () => {
    expect(() => createGame(s, 1, 'optimism')).toThrow(/unknown lens "optimism"/);
  });
});
