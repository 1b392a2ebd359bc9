import { describe, expect, it } from 'vitest';
import { labHandler } from '../../src/lab/lab-handler';
import type { LabReport, LabRequest } from '../../src/lab/lab-run';
import { failureText } from '../../src/lab/lab-words';
import type { Scenario } from '../../src/model/schema';
import type { LoadResult } from '../../src/scenario/result';
import { scenario } from '../helpers';

const aug = scenario();
const request: LabRequest = {
  scenarioId: aug.id,
  turnOrder: 'sealed',
  runs: 3,
  seed: 11,
  a: { fixed: { us: 'us.un-sanctions' }, lens: 'balanced' },
};

/** A report as the page reads it: an error's failure in the page's words. */
type Heard =
  | Exclude<LabReport, { type: 'error' }>
  | { type: 'error'; runId: number | null; message: string };

/**
 * The worker's own handler, with what it posts kept in a list (`posted`, as sent: data only)
 * and as the page words it (`reports`).
 */
function worker(
  scenarioFor: (id: string) => LoadResult<Scenario> = () => ({ ok: true, value: aug }),
) {
  const posted: LabReport[] = [];
  const reports: Heard[] = [];
  const handle = labHandler({
    post: (r) => {
      posted.push(r);
      reports.push(
        r.type === 'error' ? { type: 'error', runId: r.runId, message: failureText(r.failure) } : r,
      );
    },
    scenarioFor,
    pause: async () => {},
  });
  return { posted, reports, handle };
}

const run = (change: Record<string, unknown>) => ({
  type: 'run',
  runId: 7,
  request: { ...request, ...change },
});

describe('the lab worker', () => {
  it('answers a request without its strategy with an error for that run', async () => {
    const { posted, reports, handle } = worker();
    const { a: _, ...withoutA } = request;
    await handle({ type: 'run', runId: 7, request: withoutA });
    // The worker says no words: the page puts the failure in its language.
    expect(posted).toEqual([
      {
        type: 'error',
        runId: 7,
        failure: { kind: 'unreadable', issue: { where: 'request.a', id: 'missing' } },
      },
    ]);
    expect(reports).toEqual([
      {
        type: 'error',
        runId: 7,
        message: 'The lab could not read its request: request.a is missing.',
      },
    ]);
  });

  it.each([
    [run({ runs: 1e9 }), 'request.runs must be a whole number from 1 to 5000'],
    [run({ runs: '12' }), 'request.runs must be a whole number from 1 to 5000'],
    [run({ seed: 1e20 }), 'request.seed must be a whole number from 0 to 2147483647'],
    [
      run({ seed: 2147483647 }),
      "request.seed is too large: the last game's seed (first seed + games − 1) must be at most 2147483647",
    ],
    [run({ scenarioId: 'x'.repeat(100_000) }), 'request.scenarioId must be at most 200 characters'],
    [
      run({ a: { fixed: { moon: 'x' }, lens: 'balanced' } }),
      'request.a.fixed has settings the lab does not know (moon)',
    ],
    [
      run({ a: { fixed: { us: 5 }, lens: 'balanced' } }),
      'request.a.fixed.us must be an option id, a list with one option id (or null) per round, { "alternate": [...] } or { "phases": [...] }',
    ],
    [
      run({ a: { fixed: { us: { alternate: ['us.un-sanctions', 3] } }, lens: 'balanced' } }),
      'request.a.fixed.us.alternate.1 must be an option id (text) or null (the AI decides)',
    ],
    [
      run({ a: { fixed: { us: Array(101).fill('us.un-sanctions') }, lens: 'balanced' } }),
      'request.a.fixed.us must list at most 100 choices',
    ],
    [run({ b: 'yes' }), 'request.b must be a set of settings'],
    [run({ turnOrder: 'chaos' }), 'request.turnOrder must be "sealed" or "sequential"'],
    [{ type: 'launch', runId: 7 }, 'type is not one the lab knows'],
  ])('refuses %j: %s', async (command, problem) => {
    const { reports, handle } = worker();
    await handle(command);
    expect(reports).toEqual([
      { type: 'error', runId: 7, message: `The lab could not read its request: ${problem}.` },
    ]);
  });

  it.each([
    null,
    'run',
    42,
    [],
    {},
    { type: 'run' },
    { type: 'run', runId: -1, request },
    { type: 'run', runId: 'x', request },
  ])('answers %j with an error that names no run', async (command) => {
    const { reports, handle } = worker();
    await handle(command);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ type: 'error', runId: null });
    expect((reports[0] as { message: string }).message).toMatch(
      /^The lab could not read its request: /,
    );
  });

  it('answers a run that throws with an error for that run', async () => {
    const { reports, handle } = worker(() => {
      throw new Error('the scenario file vanished');
    });
    await handle({ type: 'run', runId: 3, request });
    expect(reports).toEqual([
      { type: 'error', runId: 3, message: 'The lab run failed: the scenario file vanished' },
    ]);
  });

  it('runs a good request to the end, reporting progress', async () => {
    const { reports, handle } = worker();
    await handle({ type: 'run', runId: 1, request });
    expect(reports[0]).toEqual({ type: 'progress', runId: 1, done: 0, total: 3 });
    expect(reports.at(-1)).toMatchObject({ type: 'done', runId: 1 });
  });
});
