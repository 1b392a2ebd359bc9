import type { LabFailure, LabReport, LabRequest, LabResults } from './lab-run';
import { failureText } from './lab-words';

/** What the page hears about the run it started last (reports of older runs are dropped). */
export interface LabListener {
  progress(done: number, total: number): void;
  done(results: LabResults): void;
  cancelled(done: number, total: number): void;
  /** The run failed: why, in the page's language (the worker reports it as data). */
  error(message: string): void;
}

/** How long a cancel may take before the worker is stopped outright (a chunk takes ~50 ms). */
const CANCEL_GRACE_MS = 2000;

/**
 * The page's side of the lab worker: starts runs, cancels them, and passes on reports of the
 * current run only. The worker is created on first use and kept for later runs, so the
 * scenario it has validated stays cached.
 */
export class LabClient {
  private worker: Worker | null = null;
  private runId = 0;
  private active = false;
  private last = { done: 0, total: 0 };
  private cancelTimer: number | null = null;

  constructor(private readonly listener: LabListener) {}

  /** Whether a run is going. */
  get running(): boolean {
    return this.active;
  }

  /** Start a run (replacing any run still going). */
  run(request: LabRequest): void {
    this.clearCancelTimer();
    this.worker ??= this.createWorker();
    this.runId++;
    this.active = true;
    this.last = { done: 0, total: request.runs * (request.b ? 2 : 1) };
    this.worker.postMessage({ type: 'run', runId: this.runId, request });
  }

  /** Ask the worker to stop after its current chunk; stop it outright if it does not answer. */
  cancel(): void {
    if (!this.active || !this.worker) return;
    this.worker.postMessage({ type: 'cancel', runId: this.runId });
    this.clearCancelTimer();
    this.cancelTimer = window.setTimeout(() => {
      this.dispose();
      this.listener.cancelled(this.last.done, this.last.total);
    }, CANCEL_GRACE_MS);
  }

  /** Stop the worker and forget the run (leaving the lab). */
  dispose(): void {
    this.clearCancelTimer();
    this.worker?.terminate();
    this.worker = null;
    this.active = false;
  }

  private createWorker(): Worker {
    // Written out in full so Vite sees it and bundles the worker (see Vite's worker guide).
    const worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<LabReport>) =>
      this.receive(event.data),
    );
    // A report that cannot be read back (structured clone failed) still ends the run.
    worker.addEventListener('messageerror', () => {
      this.dispose();
      this.fail({ kind: 'noAnswer' });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const detail = event.message || null;
      this.dispose();
      this.fail({ kind: 'workerFailed', detail });
    });
    return worker;
  }

  private receive(report: LabReport): void {
    // An error that names no run answers a command the worker could not read at all; the
    // page sends one command at a time, so it answers the run going now.
    const ours = report.runId === this.runId || (report.type === 'error' && report.runId === null);
    if (!ours || !this.active) return;
    switch (report.type) {
      case 'progress':
        this.last = { done: report.done, total: report.total };
        this.listener.progress(report.done, report.total);
        return;
      case 'done':
        this.finish();
        this.listener.done(report.results);
        return;
      case 'cancelled':
        this.finish();
        this.listener.cancelled(report.done, report.total);
        return;
      case 'error':
        this.finish();
        this.fail(report.failure);
        return;
    }
  }

  private fail(failure: LabFailure): void {
    this.listener.error(failureText(failure));
  }

  private finish(): void {
    this.active = false;
    this.clearCancelTimer();
  }

  private clearCancelTimer(): void {
    if (this.cancelTimer !== null) window.clearTimeout(this.cancelTimer);
    this.cancelTimer = null;
  }
}
