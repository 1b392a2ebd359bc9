import { type LaunchCounts, type LaunchKind, zeroCounts } from '../../model/launches';
import type { Scenario } from '../../model/schema';
import { roundDate } from '../../model/state';

/** One real launch event (CNS record, nuclear tests from the public record). */
export interface RecordEvent {
  date: string;
  kind: LaunchKind;
  missiles: number;
}

/**
 * The real launch events in each round's window, by kind. Round r covers
 * [roundDate(r), roundDate(r + 1)). An event on the start date is the one the scenario opens
 * with (its briefing), not part of play, so it is left out.
 */
export function recordByRound(scenario: Scenario, events: readonly RecordEvent[]): LaunchCounts[] {
  const rounds: LaunchCounts[] = [];
  for (let r = 1; r <= scenario.rounds; r++) {
    const from = roundDate(scenario, r);
    const to = roundDate(scenario, r + 1);
    const counts = zeroCounts();
    for (const e of events) {
      if (e.date >= from && e.date < to && e.date !== scenario.startDate) counts[e.kind]++;
    }
    rounds.push(counts);
  }
  return rounds;
}
