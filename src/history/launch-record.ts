import { countLaunches, type LaunchCounts, zeroCounts } from '../model/launches';
import type { Scenario } from '../model/schema';
import { type GameState, roundDate } from '../model/state';
import type { RecordEvent } from './record-schema';

/** The days a round covers: from its first day up to (not including) the next round's. */
export interface RoundWindow {
  round: number;
  /** ISO date of the round's first day. */
  from: string;
  /** ISO date of the next round's first day (not part of this round). */
  to: string;
}

/** What the record holds for one round: the events in its window, counted by kind. */
export interface RecordRound extends RoundWindow {
  events: RecordEvent[];
  counts: LaunchCounts;
}

/** Rounds 1..`rounds` of a scenario as date windows (round r covers [roundDate(r), roundDate(r+1))). */
export function roundWindows(scenario: Scenario, rounds = scenario.rounds): RoundWindow[] {
  return Array.from({ length: rounds }, (_, i) => ({
    round: i + 1,
    from: roundDate(scenario, i + 1),
    to: roundDate(scenario, i + 2),
  }));
}

/** The day after the last day of a month given as `YYYY-MM`. */
function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
}

/**
 * Whether an event falls in a window. A few early rows give only a month (`YYYY-MM`): such an
 * event is placed only where the window holds the whole month, never guessed to a day.
 */
export function inWindow(date: string, window: { from: string; to: string }): boolean {
  if (date.length === 10) return date >= window.from && date < window.to;
  return `${date}-01` >= window.from && monthEnd(date) <= window.to;
}

/**
 * The record's launch events per round window of a scenario, counted by kind. A launch on the
 * scenario's start date is the one it opens with (its briefing), not part of play: left out,
 * here and in `npm run calibrate` alike.
 */
export function recordByRound(
  scenario: Scenario,
  events: readonly RecordEvent[],
  rounds = scenario.rounds,
): RecordRound[] {
  return roundWindows(scenario, rounds).map((window) => {
    const inside = events.filter((e) => e.date !== scenario.startDate && inWindow(e.date, window));
    const counts = zeroCounts();
    for (const e of inside) counts[e.kind]++;
    return { ...window, events: inside, counts };
  });
}

/** A game's launch events per round it played, counted by kind (index 0 = round 1). */
export function gameLaunchesByRound(game: GameState): LaunchCounts[] {
  return game.history.map((record) => countLaunches(record.launches));
}

/** A batch's mean launch events per round, by kind, from its summary's `perRound`. */
export function batchLaunchesByRound(
  perRound: readonly { round: number; tests: { byKind: LaunchCounts } }[],
): LaunchCounts[] {
  const out: LaunchCounts[] = [];
  for (const r of perRound) out[r.round - 1] = { ...r.tests.byKind };
  for (let i = 0; i < out.length; i++) out[i] ??= zeroCounts();
  return out;
}
