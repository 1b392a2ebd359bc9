/**
 * The policy lab's Web Worker: plays a lab request off the page's thread, so the page stays
 * responsive and can draw a progress bar and take a cancel while thousands of games run.
 * Started by lab-client.ts as a module worker; Vite bundles it and everything it imports.
 * What it does with each message is in lab-handler.ts.
 */
import type { Scenario } from '../model/schema';
import { loadBundledScenario } from '../scenario/bundled';
import type { LoadResult } from '../scenario/result';
import { labHandler } from './lab-handler';
import type { LabReport } from './lab-run';

// The project's lib is DOM, not WebWorker; these two members are all the worker uses.
const scope = self as unknown as {
  postMessage(report: LabReport): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
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

const handle = labHandler({ post: (report) => scope.postMessage(report), scenarioFor });

scope.addEventListener('message', (event) => void handle(event.data));
