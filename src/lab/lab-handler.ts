import type { Scenario } from '../model/schema';
import { formatError, type LoadResult } from '../scenario/result';
import { parseCommand } from './lab-command';
import {
  type LabFailure,
  type LabReport,
  type LabRequest,
  type RunHooks,
  requestProblems,
  runLab,
} from './lab-run';

/** What the handler needs from its host: a way to answer, and the scenarios to run. */
export interface LabHost {
  post(report: LabReport): void;
  scenarioFor(id: string): LoadResult<Scenario>;
  /** Give the host a turn between chunks (tests pass a resolved promise). */
  pause?: RunHooks['pause'];
}

/**
 * The lab worker's message handler, apart from the Worker so tests can send it anything. Every
 * message is read with one schema; a bad one, and a throw anywhere in a run, is answered with
 * an error report, so the page always hears back. Reports carry data, never words: the page
 * says them in its language.
 */
export function labHandler(host: LabHost): (data: unknown) => Promise<void> {
  /** The run in progress; a flag the run loop reads between chunks. */
  let current: { runId: number; cancelled: boolean } | null = null;

  const fail = (runId: number | null, failure: LabFailure) =>
    host.post({ type: 'error', runId, failure });

  async function start(runId: number, request: LabRequest): Promise<void> {
    const run = { runId, cancelled: false };
    current = run;
    let progress = { done: 0, total: 0 };
    try {
      const result = host.scenarioFor(request.scenarioId);
      if (!result.ok)
        return fail(runId, { kind: 'scenario', errors: result.errors.map(formatError) });
      const problems = requestProblems(result.value, request);
      if (problems.length > 0) return fail(runId, { kind: 'request', problems });
      const results = await runLab(result.value, request, {
        progress: (done, total) => {
          progress = { done, total };
          host.post({ type: 'progress', runId, done, total });
        },
        cancelled: () => run.cancelled,
        ...(host.pause ? { pause: host.pause } : {}),
      });
      host.post(
        results ? { type: 'done', runId, results } : { type: 'cancelled', runId, ...progress },
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      fail(runId, { kind: 'crashed', detail });
    } finally {
      if (current === run) current = null;
    }
  }

  return async (data) => {
    const parsed = parseCommand(data);
    if (!parsed.ok) return fail(parsed.runId, { kind: 'unreadable', issue: parsed.issue });
    const command = parsed.command;
    if (command.type === 'cancel') {
      if (current?.runId === command.runId) current.cancelled = true;
      return;
    }
    // A new run replaces one still going: the page has already moved on from it.
    if (current) current.cancelled = true;
    await start(command.runId, command.request);
  };
}
