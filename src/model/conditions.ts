import type { ChoiceMatch, Condition } from './condition-schema';
import { CAPITALS, type CapitalId, type Indicators } from './ids';
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

type Test = (ctx: ConditionContext) => boolean;

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
  // With a capital named there is one decision to look at; otherwise all four, in order.
  if (match.capital)
    return decisionMatches(match, match.capital, decisions[match.capital], optionIndex) ? 1 : 0;
  let n = 0;
  for (const capital of CAPITALS)
    if (decisionMatches(match, capital, decisions[capital], optionIndex)) n++;
  return n;
}

const inBounds = (value: number, atLeast?: number, atMost?: number) =>
  (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);

function compile(condition: Condition): Test {
  if ('all' in condition) {
    const parts = condition.all.map(compiled);
    return (ctx) => parts.every((t) => t(ctx));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compiled);
    return (ctx) => parts.some((t) => t(ctx));
  }
  if ('not' in condition) {
    const inner = compiled(condition.not);
    return (ctx) => !inner(ctx);
  }
  if ('indicator' in condition) {
    const { indicator, atLeast, atMost } = condition;
    return (ctx) => inBounds(ctx.indicators[indicator], atLeast, atMost);
  }
  if ('chose' in condition) {
    const match = condition.chose;
    return (ctx) => countMatches(match, ctx.decisions, ctx.optionIndex) > 0;
  }
  if ('recent' in condition) {
    const { within, atLeast = 1, ...match } = condition.recent;
    return (ctx) => {
      let n = 0;
      for (let i = Math.max(0, ctx.history.length - within); i < ctx.history.length; i++) {
        n += countMatches(match, (ctx.history[i] as RoundRecord).decisions, ctx.optionIndex);
        if (n >= atLeast) return true;
      }
      return false;
    };
  }
  if ('round' in condition) {
    const { atLeast, atMost } = condition.round;
    return (ctx) => inBounds(ctx.round, atLeast, atMost);
  }
  if ('eventRecent' in condition) {
    const { event, within } = condition.eventRecent;
    // within 0 means this round's events (those already drawn into the last record).
    return (ctx) =>
      ctx.history.some((r) => r.round >= ctx.round - within && r.events.includes(event));
  }
  const lenses = condition.lens;
  return (ctx) => lenses.includes(ctx.lens);
}

// Conditions come from scenario content that never changes while a game runs, so each is
// turned into a closure once and reused: the engine evaluates thousands per second in batches.
const cache = new WeakMap<Condition, Test>();

function compiled(condition: Condition): Test {
  let test = cache.get(condition);
  if (!test) {
    test = compile(condition);
    cache.set(condition, test);
  }
  return test;
}

/** Evaluate a condition. Pure: reads the context only. */
export function evaluate(condition: Condition, ctx: ConditionContext): boolean {
  return compiled(condition)(ctx);
}
