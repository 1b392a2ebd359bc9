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

/** A condition compiled into a test of a context. */
export type Test = (ctx: ConditionContext) => boolean;
type Decisions = Partial<Record<CapitalId, Decision>>;
/** Counts the decisions of a set that a choice match picks out. */
type Counter = (decisions: Decisions, optionIndex: Record<string, Option>) => number;

// The ids of the options that carry a tag, per option index: a tag match becomes one set lookup.
const taggedIds = new WeakMap<Record<string, Option>, Map<string, Set<string>>>();

function idsTagged(optionIndex: Record<string, Option>, tag: string): Set<string> {
  let byTag = taggedIds.get(optionIndex);
  if (!byTag) {
    byTag = new Map();
    taggedIds.set(optionIndex, byTag);
  }
  let ids = byTag.get(tag);
  if (!ids) {
    ids = new Set(Object.values(optionIndex).flatMap((o) => (o.tags.includes(tag) ? [o.id] : [])));
    byTag.set(tag, ids);
  }
  return ids;
}

/**
 * A counter for a choice match. A decision matches when it exists, was made by the named
 * capital, is the named option and is an option with the named tag (each only if named).
 */
function compileMatch(match: ChoiceMatch): Counter {
  const { capital, option, tag } = match;
  // The option index is the same for a whole scenario: the tagged set is looked up once per
  // index, not once per decision.
  let index: Record<string, Option> | undefined;
  let tagged: Set<string> | undefined;
  const matches = (decision: Decision | undefined, optionIndex: Record<string, Option>) => {
    if (!decision) return false;
    if (option !== undefined && option !== decision.optionId) return false;
    if (tag === undefined) return true;
    if (optionIndex !== index) {
      index = optionIndex;
      tagged = idsTagged(optionIndex, tag);
    }
    return (tagged as Set<string>).has(decision.optionId);
  };
  // With a capital named there is one decision to look at; otherwise all four, in order.
  if (capital)
    return (decisions, optionIndex) => (matches(decisions[capital], optionIndex) ? 1 : 0);
  return (decisions, optionIndex) => {
    let n = 0;
    for (const c of CAPITALS) if (matches(decisions[c], optionIndex)) n++;
    return n;
  };
}

const counters = new WeakMap<ChoiceMatch, Counter>();

/** How many decisions in a set of decisions match. */
export function countMatches(
  match: ChoiceMatch,
  decisions: Decisions,
  optionIndex: Record<string, Option>,
): number {
  let count = counters.get(match);
  if (!count) {
    count = compileMatch(match);
    counters.set(match, count);
  }
  return count(decisions, optionIndex);
}

function bounded(read: (ctx: ConditionContext) => number, atLeast?: number, atMost?: number): Test {
  if (atMost === undefined) return atLeast === undefined ? () => true : (c) => read(c) >= atLeast;
  if (atLeast === undefined) return (c) => read(c) <= atMost;
  return (c) => {
    const value = read(c);
    return value >= atLeast && value <= atMost;
  };
}

// Plain loops rather than every/some: no callback is made per evaluation.
function compile(condition: Condition): Test {
  if ('all' in condition) {
    const parts = condition.all.map(compiled);
    return (ctx) => {
      for (const part of parts) if (!part(ctx)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compiled);
    return (ctx) => {
      for (const part of parts) if (part(ctx)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compiled(condition.not);
    return (ctx) => !inner(ctx);
  }
  if ('indicator' in condition) {
    const { indicator, atLeast, atMost } = condition;
    return bounded((ctx) => ctx.indicators[indicator], atLeast, atMost);
  }
  if ('chose' in condition) {
    const count = compileMatch(condition.chose);
    return (ctx) => count(ctx.decisions, ctx.optionIndex) > 0;
  }
  if ('recent' in condition) {
    const { within, atLeast = 1, ...match } = condition.recent;
    const count = compileMatch(match);
    return (ctx) => {
      let n = 0;
      for (let i = Math.max(0, ctx.history.length - within); i < ctx.history.length; i++) {
        n += count((ctx.history[i] as RoundRecord).decisions, ctx.optionIndex);
        if (n >= atLeast) return true;
      }
      return false;
    };
  }
  if ('round' in condition) {
    const { atLeast, atMost } = condition.round;
    return bounded((ctx) => ctx.round, atLeast, atMost);
  }
  if ('eventRecent' in condition) {
    const { event, within } = condition.eventRecent;
    // within 0 means this round's events (those already drawn into the last record).
    return (ctx) => {
      for (const r of ctx.history)
        if (r.round >= ctx.round - within && r.events.includes(event)) return true;
      return false;
    };
  }
  if ('launched' in condition) {
    // Launches of a kind in the last `within` rounds, whatever caused them (a decision or a rule).
    const { kind, within, atLeast = 1 } = condition.launched;
    return (ctx) => {
      let n = 0;
      for (let i = Math.max(0, ctx.history.length - within); i < ctx.history.length; i++) {
        for (const launch of (ctx.history[i] as RoundRecord).launches)
          if (launch.kind === kind && ++n >= atLeast) return true;
      }
      return false;
    };
  }
  const lenses = condition.lens;
  return (ctx) => lenses.includes(ctx.lens);
}

// Conditions come from scenario content that never changes while a game runs, so each is
// turned into a closure once and reused: the engine evaluates thousands per second in batches.
const cache = new WeakMap<Condition, Test>();

/**
 * The compiled test of a condition. Callers that evaluate the same conditions every round keep
 * these beside their content, which saves looking the condition up on every evaluation.
 */
export function compiled(condition: Condition): Test {
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
