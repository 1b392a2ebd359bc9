import { describe, expect, it } from 'vitest';
import { driveGame } from '../../src/machines/drive-game';
import { playGame } from '../../src/model/game';
import { INDICATORS } from '../../src/model/ids';
import { loadScenarioFile, loadSharedFrom, scenarioFiles } from '../../src/scenario/files';
import { formatError } from '../../src/scenario/result';
import { runBatch } from '../../src/sim/batch';

const shared = loadSharedFrom();
if (!shared.ok) throw new Error(shared.errors.map(formatError).join('\n'));
const scenarios = scenarioFiles().map((path) => {
  const result = loadScenarioFile(path, shared.value);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.value;
});

describe('every shipped scenario', () => {
  it('there are three', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual([
      'aug-2017-overflight',
      'mar-2017-salvo',
      'sep-2021-business-as-usual',
    ]);
  });

  for (const s of scenarios) {
    for (const lens of s.lenses.map((l) => l.id)) {
      it(`${s.id} plays to the end under the ${lens} lens, headless, through model and machines alike`, () => {
        const summary = runBatch(s, { seed: 1, runs: 150, lens });
        const total = Object.values(summary.outcomes).reduce((a, b) => a + b, 0);
        expect(total).toBe(150);
        for (const row of summary.perRound) {
          for (const id of INDICATORS) {
            expect(row.means[id]).toBeGreaterThanOrEqual(0);
            expect(row.means[id]).toBeLessThanOrEqual(100);
          }
        }
        for (const seed of [1, 2, 3]) {
          for (const turnOrder of ['sealed', 'sequential'] as const) {
            const viaModel = playGame(s, { seed, lens, turnOrder });
            expect(viaModel.outcome).not.toBeNull();
            expect(JSON.stringify(driveGame(s, { seed, lens, turnOrder }))).toBe(
              JSON.stringify(viaModel),
            );
          }
        }
      });
    }

    it(`${s.id}: a US that only sanctions sees more tests than one that keeps offering talks`, () => {
      const sanctions = s.options.find((o) => o.capital === 'us' && o.tags.includes('sanctions'));
      const talks = s.options.find((o) => o.capital === 'us' && o.tags.includes('talks-offer'));
      expect(sanctions && talks, 'the US needs a sanctions option and a talks option').toBeTruthy();
      const pressure = runBatch(s, { seed: 1, runs: 300, policy: { us: sanctions?.id as string } });
      const offer = runBatch(s, { seed: 1, runs: 300, policy: { us: talks?.id as string } });
      expect(pressure.meanTests).toBeGreaterThan(offer.meanTests);
    });
  }
});
