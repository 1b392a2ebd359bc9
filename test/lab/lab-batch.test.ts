import { describe, expect, it } from 'vitest';
import { fewGames, quantile } from '../../src/lab/lab-bands';
import { LabBatch, runLabBatch } from '../../src/lab/lab-batch';
import { INDICATORS } from '../../src/model/ids';
import type { GameState } from '../../src/model/state';
import type { BatchSettings } from '../../src/sim/batch';
import { playWithModel, runBatch } from '../../src/sim/batch';
import { scenario } from '../helpers';

const aug = scenario();

describe('quantile', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[0, 10], 0.1, 1],
    [[0, 10], 0.9, 9],
    [[1, 2, 3], 0, 1],
    [[1, 2, 3], 1, 3],
  ])('of %j at %d is %d', (values, q, expected) => {
    expect(quantile(values, q)).toBeCloseTo(expected, 10);
  });
});

describe('the lab batch gives the same numbers as runBatch', () => {
  const cases: [string, string, BatchSettings][] = [
    ['all AI, balanced', 'aug-2017-overflight', { seed: 1, runs: 120 }],
    [
      'US sanctions, engagement lens',
      'aug-2017-overflight',
      {
        seed: 40,
        runs: 90,
        lens: 'engagement',
        policy: { us: 'us.un-sanctions' },
      },
    ],
    [
      'Japan intercepts (often closed), sequential',
      'aug-2017-overflight',
      {
        seed: 7,
        runs: 80,
        turnOrder: 'sequential',
        policy: { japan: 'japan.intercept', southKorea: 'sk.outreach' },
      },
    ],
    ['another scenario', 'mar-2017-salvo', { seed: 3, runs: 60, lens: 'deterrence' }],
  ];
  for (const [name, id, settings] of cases) {
    for (const chunk of [1, 7, 50, 1000]) {
      it(`${name}, in chunks of ${chunk}`, () => {
        const s = scenario(id);
        const {
          bands: _bands,
          final: _final,
          played: _played,
          fallbacks,
          ...summary
        } = runLabBatch(s, settings, chunk);
        const reference = runBatch(s, settings);
        expect(summary).toEqual(reference);
        // Per-option fallbacks, read from the records, add up to the chooser's own count.
        expect(fallbacks.reduce((sum, f) => sum + f.count, 0)).toBe(reference.policyFallbacks);
      });
    }
  }

  it('names the option that was closed and the rounds it fell back to the AI', () => {
    const { fallbacks, policyFallbacks } = runLabBatch(aug, {
      seed: 1,
      runs: 100,
      policy: { japan: 'japan.intercept' },
    });
    expect(policyFallbacks).toBeGreaterThan(0);
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]).toMatchObject({ capital: 'japan', optionId: 'japan.intercept' });
    const rounds = fallbacks[0]?.rounds ?? [];
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
    expect(rounds.every((r) => r >= 1 && r <= aug.rounds)).toBe(true);
  });

  it('steps no further than the batch and reports partial summaries on the seeds played', () => {
    const batch = new LabBatch(aug, { seed: 10, runs: 30 });
    expect(batch.step(20)).toBe(20);
    expect(batch.summary().seeds).toEqual([10, 29]);
    expect(batch.step(20)).toBe(10);
    expect(batch.step(20)).toBe(0);
    expect(batch.finished).toBe(true);
    expect(batch.summary().runs).toBe(30);
  });
});

describe('indicator bands', () => {
  const summary = runLabBatch(aug, { seed: 1, runs: 300, policy: { us: 'us.un-sanctions' } });

  it('run from the start (round 0) to the last round, p10 ≤ median ≤ p90', () => {
    expect(summary.bands.map((b) => b.round)).toEqual(
      Array.from({ length: aug.rounds + 1 }, (_, i) => i),
    );
    for (const band of summary.bands) {
      const spread = band.spread;
      if (!spread) continue;
      for (const id of INDICATORS) {
        expect(spread.p10[id]).toBeLessThanOrEqual(spread.median[id]);
        expect(spread.median[id]).toBeLessThanOrEqual(spread.p90[id]);
        expect(spread.p10[id]).toBeGreaterThanOrEqual(0);
        expect(spread.p90[id]).toBeLessThanOrEqual(100);
      }
    }
    for (const id of INDICATORS)
      expect(summary.bands[0]?.spread?.median[id]).toBe(aug.indicators[id].value);
  });

  it('count the games still running each round, as perRound does, and the ended ones by ending', () => {
    expect(summary.bands[0]?.running).toBe(300);
    for (const row of summary.perRound) expect(summary.bands[row.round]?.running).toBe(row.games);
    const running = summary.bands.map((b) => b.running);
    expect(running).toEqual([...running].sort((a, b) => b - a));
    // Every game is either still running in a round or counted once among the ended ones.
    for (const band of summary.bands) {
      const ended = Object.values(band.endedBefore).reduce((a, b) => a + b, 0);
      expect(band.running + ended).toBe(300);
    }
    // Games that ended before the last round, by ending, are the early endings of the batch.
    const last = summary.bands.at(-1);
    const early = Object.values(last?.endedBefore ?? {}).reduce((a, b) => a + b, 0);
    expect(early).toBeGreaterThan(0);
    for (const [outcome, n] of Object.entries(last?.endedBefore ?? {}))
      expect(n).toBeLessThanOrEqual(summary.outcomes[outcome] ?? 0);
  });

  it('describe only the games that played the round, not ended games carried on', () => {
    const games: GameState[] = [];
    const seeds = { seed: 1, runs: 300, policy: { us: 'us.un-sanctions' } };
    runBatch(aug, seeds, (s, settings) => {
      const game = playWithModel(s, settings);
      games.push(game);
      return game;
    });
    const round = aug.rounds;
    const values = games
      .filter((g) => g.history.length >= round)
      .map((g) => g.history[round - 1]?.indicators.regionalTension as number)
      .sort((a, b) => a - b);
    expect(values.length).toBeLessThan(300);
    expect(summary.bands[round]?.spread?.median.regionalTension).toBe(
      Math.round(quantile(values, 0.5) * 100) / 100,
    );
    // Where each game stood at its own end includes the games that ended early.
    const finals = games
      .map((g) => g.history.at(-1)?.indicators.regionalTension as number)
      .sort((a, b) => a - b);
    expect(summary.final?.median.regionalTension).toBe(
      Math.round(quantile(finals, 0.5) * 100) / 100,
    );
  });

  it('flag a band that rests on few games', () => {
    expect(fewGames(12, 200)).toBe(true);
    expect(fewGames(49, 200)).toBe(true);
    expect(fewGames(50, 200)).toBe(false);
    expect(fewGames(9, 10)).toBe(true);
    expect(fewGames(10, 10)).toBe(false);
  });
});

describe('what the fixed capitals played', () => {
  it('shows an alternating strategy alternating, round by round, and the AI where it bent', () => {
    const policy = { us: { alternate: ['us.un-sanctions', 'us.talks-no-preconditions'] } };
    const { played, bands } = runLabBatch(aug, { seed: 1, runs: 100, policy });
    expect(played.map((p) => p.capital)).toEqual(['us']);
    played[0]?.rounds.forEach((tally, i) => {
      const expected = i % 2 === 0 ? 'us.un-sanctions' : 'us.talks-no-preconditions';
      expect(Object.keys(tally.fixed).filter((id) => id !== expected)).toEqual([]);
      if (bands[i + 1]?.running) expect(tally.fixed[expected]).toBeGreaterThan(0);
      expect((tally.fixed[expected] ?? 0) + tally.ai).toBe(bands[i + 1]?.running);
    });
  });
});

describe('two strategies on the same seeds', () => {
  it('US always sanctioning and US always offering talks give clearly different games', () => {
    const settings = { seed: 1, runs: 300 };
    const sanctions = runLabBatch(aug, { ...settings, policy: { us: 'us.un-sanctions' } });
    const talks = runLabBatch(aug, { ...settings, policy: { us: 'us.talks-no-preconditions' } });
    expect(sanctions.seeds).toEqual(talks.seeds);
    expect(Math.abs(sanctions.meanTests - talks.meanTests)).toBeGreaterThan(2);
    expect(sanctions.outcomes).not.toEqual(talks.outcomes);
  });

  it('the same strategy on the same seeds gives the same numbers', () => {
    const settings = { seed: 5, runs: 60, policy: { us: 'us.press-china' } };
    expect(runLabBatch(aug, settings, 9)).toEqual(runLabBatch(aug, settings, 60));
  });
});
