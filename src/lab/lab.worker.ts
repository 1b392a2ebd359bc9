/**
 * The policy lab's Web Worker: plays a lab request off the page's thread, so the page stays
 * responsive and can draw a progress bar and take a cancel while thousands of games run.
 * Started by lab-client.ts as a module worker; Vite bundles it and everything it imports.
 */
import type { Scenario } from '../model/schema';
import { loadBundledScenario } from '../scenario/bundled';
import { formatError, type LoadResult } from '../scenario/result';
import {
  type LabCommand,
  type LabReport,
  type LabRequest,
  requestProblems,
  runLab,
} from './lab-run';

// The project's lib is DOM, not WebWorker; these two members are all the worker uses.
const scope = self as unknown as {
  postMessage(report: LabReport): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LabCommand>) => void): void;
};

// Validating a scenario takes a moment; a facilitator runs the same one many times.
const loaded = new Map<string, LoadResult<Scenario>>();

function scenarioFor(id: string): LoadResult<Scenario> {
  const cached = loaded.get(id);
  if (cached) return cached;
  // The same loader and validation the game itself uses.
  const result = loadBundledScenario(id);
  loaded.set(id, result);
  return result;
}

/** The run in progress; a flag the run loop reads between chunks. */
let current: { runId: number; cancelled: boolean } | null = null;

async function start(runId: number, request: LabRequest): Promise<void> {
  const result = scenarioFor(request.scenarioId);
  if (!result.ok) {
    scope.postMessage({ type: 'error', runId, message: result.errors.map(formatError).join('\n') });
    return;
  }
  const problems = requestProblems(result.value, request);
  if (problems.length > 0) {
    scope.postMessage({ type: 'error', runId, message: problems.join('\n') });
    return;
  }
  const run = { runId, cancelled: false };
  current = run;
  let progress = { done: 0, total: 0 };
  try {
    const results = await runLab(result.value, request, {
      progress: (done, total) => {
        progress = { done, total };
        scope.postMessage({ type: 'progress', runId, done, total });
      },
      cancelled: () => run.cancelled,
    });
    scope.postMessage(
      results ? { type: 'done', runId, results } : { type: 'cancelled', runId, ...progress },
    );
  } catch (error) {
    scope.postMessage({ type: 'error', runId, message: String(error) });
  } finally {
    if (current === run) current = null;
  }
}

scope.addEventListener('message', (event) => {
  const command = event.data;
  if (command.type === 'cancel') {
    if (current?.runId === command.runId) current.cancelled = true;
    return;
  }
  // A new run replaces one still going: the page has already moved on from it.
  if (current) current.cancelled = true;
  void start(command.runId, command.request);
});
