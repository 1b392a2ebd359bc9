import { describe, expect, it } from 'vitest';
import { loadLaunchRecord, loadStrategies } from '../../src/cli/calibration-files';
import type { Scenario } from '../../src/model/schema';
import { type CalibrationReport, runCalibration } from '../../src/sim/calibrate/run';
import { scenario } from '../helpers';

// The same bands `npm run calibrate` checks with 1,000 games a batch, here with fewer seeded
// games so the suite stays fast; the seeds are fixed, so a pass or a miss is repeatable.
const RUNS = 250;
const record = loadLaunchRecord();

function calibrate(s: Scenario): CalibrationReport {
  return runCalibration({
    scenarios: [s],
    policies: { [s.id]: loadStrategies(s) },
    record,
    runs: RUNS,
  });
}

const missed = (report: CalibrationReport) =>
  report.bands
    .filter((b) => !b.pass)
    .map((b) => `${b.id} (${b.lens}): ${b.value} not in ${b.lo} … ${b.hi} — ${b.label}`);

describe('calibration bands (npm run calibrate, fewer games)', () => {
  for (const id of ['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual']) {
    it(`${id}: every band holds`, { timeout: 180_000 }, () => {
      const report = calibrate(scenario(id));
      expect(report.bands.length).toBeGreaterThan(60);
      expect(missed(report)).toEqual([]);
    });
  }

  it('a model without its nuclear-test rule misses the September 2017 test the record shows', {
    timeout: 180_000,
  }, () => {
    const s = scenario('aug-2017-overflight');
    const without: Scenario = {
      ...s,
      rules: s.rules.filter((r) => r.id !== 'rule.nuclear-test-follows'),
    };
    const bands = calibrate(without)
      .bands.filter((b) => !b.pass)
      .map((b) => b.id);
    expect(bands).toContain('tempo.nuclear');
  });

  it('the tempo table holds the record of the scenario’s months', { timeout: 180_000 }, () => {
    const report = calibrate(scenario('aug-2017-overflight'));
    const rows = report.tempo[0]?.rows ?? [];
    // 3 Sep 2017 nuclear test and 15 Sep overflight in round 1; the 29 Nov ICBM in round 4;
    // nothing in 2018. The 29 Aug overflight is the scenario's opening, not a round's play.
    expect(rows[0]?.record).toMatchObject({ overflight: 1, nuclear: 1, icbm: 0 });
    expect(rows[3]?.record.icbm).toBe(1);
    expect(rows.slice(5).every((r) => Object.values(r.record).every((n) => n === 0))).toBe(true);
  });
});
