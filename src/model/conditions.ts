import type { ChoiceMatch, Condition } from './condition-schema';
import type { CapitalId, Indicators } from './ids';
import type { Option } from './schema';
import type { Decision, RoundRecord } from './state';

/** What a condition can look at. */
export interface ConditionContext {
  indicators: Indicators;
  /** This round's decisions so far (in sealed order, an AI sees none of the others'). */
  decisions: Partial<Record<CapitalId, Decision>>;
  history: readonly RoundRecord[];
  round: number;
  lens: string;
  optionIndex: Record<string, Option>;
}

function decisionMatches(
  match: ChoiceMatch,
  capital: CapitalId,
  decision: Decision | undefined,
  optionIndex: Record<string, Option>,
): boolean {
  if (!decision) return false;
  if (match.capital && match.capital !== capital) return false;
  if (match.option && match.option !== decision.optionId) return false;
  if (match.tag) {
    const option = optionIndex[decision.optionId];
    if (!option?.tags.includes(match.tag)) return false;
  }
  return true;
}

/** How many decisions in a set of decisions match. */
export function countMatches(
  match: ChoiceMatch,
  decisions: Partial<Record<CapitalId, Decision>>,
  optionIndex: Record<string, Option>,
): number {
  let n = 0;
  for (const [capital, decision] of Object.entries(decisions)) {
    if (decisionMatches(match, capital as CapitalId, decision, optionIndex)) n++;
  }
  return n;
}

function inBounds(value: number, atLeast?: number, atMost?: number): boolean {
  return (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);
}

/** Evaluate a condition. Pure: reads the context only. */
export function evaluate(condition: Condition, ctx: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, ctx));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, ctx));
  if ('not' in condition) return !evaluate(condition.not, ctx);
  if ('indicator' in condition) {
    return inBounds(ctx.indicators[condition.indicator], condition.atLeast, condition.atMost);
  }
  if ('chose' in condition)
    return countMatches(condition.chose, ctx.decisions, ctx.optionIndex) > 0;
  if ('recent' in condition) {
    const { within, atLeast = 1, ...match } = condition.recent;
    let n = 0;
    for (const record of ctx.history.slice(-within)) {
      n += countMatches(match, record.decisions, ctx.optionIndex);
    }
    return n >= atLeast;
  }
  if ('round' in condition)
    return inBounds(ctx.round, condition.round.atLeast, condition.round.atMost);
  if ('eventRecent' in condition) {
    const { event, within } = condition.eventRecent;
    // within 0 means this round's events (those already drawn into the last record).
    const records = ctx.history.filter((r) => r.round >= ctx.round - within);
    return records.some((r) => r.events.includes(event));
  }
  return condition.lens.includes(ctx.lens);
}
