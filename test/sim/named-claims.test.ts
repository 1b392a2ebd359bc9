import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/model/policy';
import { runBatch } from '../../src/sim/batch';
import { scenario } from '../helpers';

const s = scenario();
const RUNS = 400;
const alternate = (a: string, b: string) =>
  Array.from({ length: s.rounds }, (_, i) => (i % 2 ? b : a));

/** Mean of an indicator at the end of a round, over the games that reached it. */
function meanAt(
  summary: ReturnType<typeof runBatch>,
  round: number,
  indicator: 'allianceConfidence.japan' | 'allianceConfidence.southKorea' | 'nkTestingDrive',
) {
  const row = summary.perRound.find((r) => r.round === round);
  if (!row) throw new Error(`no games reached round ${round}`);
  return row.means[indicator];
}

describe('the two claims the brief names, over hundreds of seeded games', () => {
  it('sanctions met by no offer of talks lead North Korea to test more (001:21)', () => {
    const sanctionsOnly: Policy = { us: 'us.un-sanctions' };
    const sanctionsAndTalks: Policy = {
      us: alternate('us.talks-no-preconditions', 'us.un-sanctions'),
    };
    const pressure = runBatch(s, { seed: 1, runs: RUNS, policy: sanctionsOnly });
    const both = runBatch(s, { seed: 1, runs: RUNS, policy: sanctionsAndTalks });
    expect(pressure.policyFallbacks).toBe(0);
    expect(pressure.meanTests).toBeGreaterThan(both.meanTests + 2);
    expect(meanAt(pressure, 3, 'nkTestingDrive')).toBeGreaterThan(
      meanAt(both, 3, 'nkTestingDrive') + 10,
    );
    // The same holds whichever way the turns are ordered.
    const seqPressure = runBatch(s, {
      seed: 1,
      runs: RUNS,
      policy: sanctionsOnly,
      turnOrder: 'sequential',
    });
    const seqBoth = runBatch(s, {
      seed: 1,
      runs: RUNS,
      policy: sanctionsAndTalks,
      turnOrder: 'sequential',
    });
    expect(seqPressure.meanTests).toBeGreaterThan(seqBoth.meanTests + 2);
  });

  it("overflights of Japan erode Tokyo's and Seoul's confidence in the alliance (001:14)", () => {
    // Same number of tests on both sides; only the trajectory differs.
    const overflights = runBatch(s, {
      seed: 1,
      runs: RUNS,
      policy: { northKorea: 'nk.overflight' },
    });
    const lofted = runBatch(s, { seed: 1, runs: RUNS, policy: { northKorea: 'nk.lofted-test' } });
    for (const round of [1, 3, 5]) {
      expect(meanAt(overflights, round, 'allianceConfidence.japan')).toBeLessThan(
        meanAt(lofted, round, 'allianceConfidence.japan') - 3 * round,
      );
      expect(meanAt(overflights, round, 'allianceConfidence.southKorea')).toBeLessThan(
        meanAt(lofted, round, 'allianceConfidence.southKorea') - round,
      );
    }
    expect(overflights.outcomes['outcome.alliance-rupture'] ?? 0).toBeGreaterThan(
      lofted.outcomes['outcome.alliance-rupture'] ?? 0,
    );
  });
});
