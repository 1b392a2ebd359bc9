import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabClient } from '../../src/lab/lab-client';
import type { LabReport, LabRequest } from '../../src/lab/lab-run';

/** A stand-in for the lab's Worker: keeps what the page posts and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: unknown[] = [];
  private listeners = new Map<string, ((event: unknown) => void)[]>();
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {}
  emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  report(report: LabReport) {
    this.emit('message', { data: report });
  }
}

const request: LabRequest = {
  scenarioId: 'aug-2017-overflight',
  turnOrder: 'sealed',
  runs: 3,
  seed: 1,
  a: { fixed: {}, lens: 'balanced' },
};

function client() {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('window', globalThis);
  const errors: string[] = [];
  const lab = new LabClient({
    progress: () => {},
    done: () => {},
    cancelled: () => {},
    error: (message) => errors.push(message),
  });
  return { lab, errors };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the lab page hears back from its worker', () => {
  it('when the worker could not read the command at all (an error naming no run)', () => {
    const { lab, errors } = client();
    lab.run(request);
    FakeWorker.last?.report({
      type: 'error',
      runId: null,
      failure: { kind: 'unreadable', issue: { where: null, id: 'wrong' } },
    });
    expect(errors).toEqual(['The lab could not read its request: the message is wrong.']);
    expect(lab.running).toBe(false);
  });

  it('but not from a run it has moved past', () => {
    const { lab, errors } = client();
    lab.run(request);
    lab.run(request);
    FakeWorker.last?.report({ type: 'error', runId: 1, failure: { kind: 'crashed', detail: 'x' } });
    expect(errors).toEqual([]);
    expect(lab.running).toBe(true);
  });

  it('when an answer cannot be read back', () => {
    const { lab, errors } = client();
    lab.run(request);
    FakeWorker.last?.emit('messageerror', {});
    expect(errors).toEqual(['The lab could not read the answer of its worker.']);
    expect(lab.running).toBe(false);
  });
});
