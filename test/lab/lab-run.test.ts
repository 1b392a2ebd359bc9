import { describe, expect, it } from 'vitest';
import { runLabBatch } from '../../src/lab/lab-batch';
import {
  type LabRequest,
  MAX_GAMES,
  requestProblems,
  runLab,
  strategyPolicy,
} from '../../src/lab/lab-run';
import { requestProblemText } from '../../src/lab/lab-words';
import { scenario } from '../helpers';

const aug = scenario();

const request: LabRequest = {
  scenarioId: aug.id,
  turnOrder: 'sealed',
  runs: 60,
  seed: 11,
  a: { fixed: { us: 'us.un-sanctions' }, lens: 'balanced' },
  b: { fixed: { us: 'us.talks-no-preconditions', japan: 'japan.protest' }, lens: 'engagement' },
};

describe('a lab request', () => {
  it('becomes a policy that fixes only the capitals chosen', () => {
    expect(
      strategyPolicy({ fixed: { us: 'us.un-sanctions', japan: '' }, lens: 'balanced' }),
    ).toEqual({ us: 'us.un-sanctions' });
  });

  it.each([
    [{}, []],
    [{ runs: 0 }, ['the number of games must be a whole number from 1 to 5000']],
    [{ runs: MAX_GAMES + 1 }, ['the number of games must be a whole number from 1 to 5000']],
    [{ runs: 2.5 }, ['the number of games must be a whole number from 1 to 5000']],
    [{ seed: -1 }, ['the first seed must be a whole number from 0 to 2147483588']],
    // The 60 games would play seeds past the largest the generator tells apart.
    [{ seed: 2147483589 }, ['the first seed must be a whole number from 0 to 2147483588']],
    [{ a: { fixed: {}, lens: 'rosy' } }, ['strategy A: unknown lens "rosy"']],
    [
      { b: { fixed: { us: 'japan.protest' }, lens: 'balanced' } },
      ['strategy B: us has no option "japan.protest"'],
    ],
  ] as [Partial<LabRequest>, string[]][])('%j has problems %j', (change, problems) => {
    expect(requestProblems(aug, { ...request, ...change }).map(requestProblemText)).toEqual(
      problems,
    );
  });
});

describe('running a request chunk by chunk', () => {
  it('reports progress up to the total and gives each strategy its batch on the same seeds', async () => {
    const seen: number[] = [];
    const results = await runLab(aug, request, {
      progress: (done, total) => {
        expect(total).toBe(120);
        seen.push(done);
      },
      cancelled: () => false,
      pause: async () => {},
      chunk: 25,
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(120);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    const settings = { seed: 11, runs: 60, turnOrder: 'sealed' as const };
    expect(results?.a).toEqual(
      runLabBatch(aug, { ...settings, lens: 'balanced', policy: { us: 'us.un-sanctions' } }),
    );
    expect(results?.b).toEqual(
      runLabBatch(aug, {
        ...settings,
        lens: 'engagement',
        policy: { us: 'us.talks-no-preconditions', japan: 'japan.protest' },
      }),
    );
    expect(results?.a.seeds).toEqual(results?.b?.seeds);
  });

  it('without B, runs A alone', async () => {
    const { b: _b, ...alone } = request;
    const results = await runLab(aug, alone, {
      progress: () => {},
      cancelled: () => false,
      pause: async () => {},
    });
    expect(results?.b).toBeUndefined();
    expect(results?.a.runs).toBe(60);
  });

  it('stops between chunks once cancelled and returns nothing', async () => {
    let last = 0;
    let pauses = 0;
    const results = await runLab(
      aug,
      { ...request, runs: 5000 },
      {
        progress: (done) => {
          last = done;
        },
        cancelled: () => last >= 100,
        pause: async () => {
          pauses++;
        },
        chunk: 25,
      },
    );
    expect(results).toBeNull();
    expect(last).toBe(100);
    expect(pauses).toBe(3);
  });
});
