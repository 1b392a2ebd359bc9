/**
 * Run `work` when the page has a moment (or after `timeoutMs` at the latest): for what can wait
 * behind a click, like scenery and sound. Returns a function that cancels it if it has not run.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 1);
  return () => window.clearTimeout(handle);
}
