import type { Clock } from '../../src/client/local-game';

/** A clock a test moves by hand: timers fire when it is advanced past them. */
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(++next, { at: now + ms, run });
      return next;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at))
        if (timer.at <= now && timers.has(id)) {
          timers.delete(id);
          timer.run();
        }
    },
    pending: () => timers.size,
  };
  return clock;
}
