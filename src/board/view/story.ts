import { t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import type { Cause, PublicGame, TraceEntry } from '../../model/state';
import { causeLabel, roundsInWords } from './debrief-words';
import { stepOf, type WhyChain } from './why';

/** One thread of a game's causal story: a cause and everything it moved. */
export interface StoryThread {
  key: string;
  label: string;
  /** Sum of the absolute changes it made, over the whole game. */
  weight: number;
  rounds: number[];
  chain: WhyChain;
}

function keyOf(cause: Cause): string {
  if (cause.kind === 'decision') return `decision:${cause.optionId}`;
  if (cause.kind === 'rule') return `rule:${cause.ruleId}`;
  return `event:${cause.eventId}`;
}

/**
 * The few causal chains that mattered most in a game: trace entries grouped by their cause
 * (an option, a rule or an event), ranked by how much they moved the indicators in total.
 */
export function causalStory(scenario: Scenario, game: PublicGame, limit = 5): StoryThread[] {
  const groups = new Map<
    string,
    { cause: Cause; entries: { round: number; entry: TraceEntry }[] }
  >();
  for (const record of game.history) {
    for (const entry of record.trace) {
      const key = keyOf(entry.cause);
      const group = groups.get(key) ?? { cause: entry.cause, entries: [] };
      group.entries.push({ round: record.round, entry });
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const weight = group.entries.reduce(
        (sum, e) => sum + Math.abs(e.entry.after - e.entry.before),
        0,
      );
      const rounds = [...new Set(group.entries.map((e) => e.round))];
      const label = causeLabel(scenario, group.cause);
      return {
        key,
        label,
        weight,
        rounds,
        chain: {
          title: t('play.story.title', { cause: label, rounds: roundsInWords(rounds) }),
          steps: group.entries.map((e) => stepOf(scenario, e.entry)),
        },
      };
    })
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, limit);
}
