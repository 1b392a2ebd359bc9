// Which rules an option can set off and which it rules out, this round and while it is recent
// history, read from the rules' condition trees alone. A condition is treated as a formula whose atoms either depend on this capital's
// choice this round (a `chose` naming the capital, or naming none) or do not (indicators,
// history, round, lens, other capitals' choices): those are free, and every combination of
// their truth values is tried. The answer is therefore exact for the formula and errs, if at
// all, towards listing a rule whose free atoms cannot in fact all hold together.
import type { ChoiceMatch, Condition } from './condition-schema';
import type { CapitalId } from './ids';
import type { Option, Rule, Scenario } from './schema';

/** What an option does to the rules of its scenario. */
export interface OptionRules {
  /** Rules that can hold with this choice and fail, in the same world, with another choice. */
  setsOff: RuleLink[];
  /** Rules that cannot hold with this choice because it matches a choice the rule excludes. */
  rulesOut: Rule[];
  /** Rules that this choice, remembered in the next rounds' history (`recent`), can set off. */
  laterSetsOff: RuleLink[];
  /** Rules that cannot hold while this choice is recent history. */
  laterRulesOut: Rule[];
}

/** A rule an option can set off, and how. */
export interface RuleLink {
  rule: Rule;
  /**
   * `match`: the option matches a choice the rule asks for. `absence`: it matches none; the rule
   * can hold because this choice is not one of `instead` (the capital's options that stop it).
   */
  via: 'match' | 'absence';
  instead: string[];
}

/** Matching of a choice atom that the analysis may switch off by polarity. */
type Ignore = 'none' | 'positive' | 'negative';

/** Whether one option matches a choice match, as src/model/conditions.ts matches decisions. */
export function optionMatches(match: ChoiceMatch, option: Option): boolean {
  if (match.capital !== undefined && match.capital !== option.capital) return false;
  if (match.option !== undefined && match.option !== option.id) return false;
  return match.tag === undefined || option.tags.includes(match.tag);
}

/** Every leaf of a condition (each is a free atom unless the choice decides it), in order. */
function leaves(condition: Condition, into: Condition[] = []): Condition[] {
  if ('all' in condition) for (const c of condition.all) leaves(c, into);
  else if ('any' in condition) for (const c of condition.any) leaves(c, into);
  else if ('not' in condition) leaves(condition.not, into);
  else into.push(condition);
  return into;
}

/** When the choice is looked at: this round (`chose`), or in the rounds after (`recent`). */
export type When = 'now' | 'later';

/**
 * What a choice says about one leaf: true or false when it decides it, undefined when the leaf
 * is free. Now: a `chose` naming this capital is decided; one naming nobody holds when the
 * option matches and is free otherwise (another capital may match). Later: a `recent` that one
 * matching choice satisfies holds; every other leaf is free.
 */
function decided(leaf: Condition, option: Option, when: When, skip: boolean): boolean | undefined {
  if (when === 'now' && 'chose' in leaf) {
    const mine = !skip && optionMatches(leaf.chose, option);
    if (leaf.chose.capital === option.capital) return mine;
    return mine ? true : undefined;
  }
  if (when === 'later' && 'recent' in leaf && (leaf.recent.atLeast ?? 1) <= 1) {
    const { within: _w, atLeast: _a, ...match } = leaf.recent;
    return !skip && optionMatches(match, option) ? true : undefined;
  }
  return undefined;
}

/** The value of a condition with this capital's choice fixed and the free leaves assigned. */
function value(
  condition: Condition,
  option: Option,
  free: Map<Condition, boolean>,
  look: { when: When; ignore: Ignore },
  positive = true,
): boolean {
  if ('all' in condition) return condition.all.every((c) => value(c, option, free, look, positive));
  if ('any' in condition) return condition.any.some((c) => value(c, option, free, look, positive));
  if ('not' in condition) return !value(condition.not, option, free, look, !positive);
  const { ignore } = look;
  const skip = (ignore === 'positive' && positive) || (ignore === 'negative' && !positive);
  return decided(condition, option, look.when, skip) ?? free.get(condition) ?? false;
}

/** Every assignment of truth values to some atoms. */
function* assignments(atoms: Condition[]): Generator<Map<Condition, boolean>> {
  for (let bits = 0; bits < 2 ** atoms.length; bits++)
    yield new Map(atoms.map((atom, i) => [atom, (bits & (1 << i)) !== 0]));
}

/** The options of a capital, in scenario order. */
function optionsOf(scenario: Scenario, capital: CapitalId): Option[] {
  return scenario.options.filter((o) => o.capital === capital);
}

/** How one option bears on one rule: sets it off, rules it out, or neither. */
function linkOf(
  scenario: Scenario,
  option: Option,
  rule: Rule,
  now: When,
): RuleLink | 'rulesOut' | null {
  const when = rule.when;
  const atoms = leaves(when);
  const look = (ignore: Ignore) => ({ when: now, ignore });
  const others = optionsOf(scenario, option.capital).filter((o) => o.id !== option.id);
  const instead = new Set<string>();
  let holds = false;
  let holdsWithoutExclusions = false;
  let triggeredByMatch = false;
  for (const free of assignments(atoms)) {
    if (value(when, option, free, look('negative'))) holdsWithoutExclusions = true;
    if (!value(when, option, free, look('none'))) continue;
    holds = true;
    const stoppers = others.filter((o) => !value(when, o, free, look('none')));
    for (const o of stoppers) instead.add(o.id);
    // With its positive matches switched off, does the option still hold where others fail?
    if (stoppers.length > 0 && !value(when, option, free, look('positive')))
      triggeredByMatch = true;
  }
  if (!holds) {
    // Ruled out only where another choice of the capital would let the rule hold.
    const elsewhere = () =>
      others.some((o) =>
        [...assignments(atoms)].some((free) => value(when, o, free, look('none'))),
      );
    return holdsWithoutExclusions && elsewhere() ? 'rulesOut' : null;
  }
  if (instead.size === 0) return null;
  return {
    rule,
    via: triggeredByMatch ? 'match' : 'absence',
    instead: others.filter((o) => instead.has(o.id)).map((o) => o.id),
  };
}

const cache = new WeakMap<Scenario, Map<string, OptionRules>>();

/** The rules an option of a scenario can set off and the rules it rules out (remembered). */
export function optionRules(scenario: Scenario, optionId: string): OptionRules {
  let byOption = cache.get(scenario);
  if (!byOption) {
    byOption = new Map();
    cache.set(scenario, byOption);
  }
  const known = byOption.get(optionId);
  if (known) return known;
  const option = scenario.optionIndex[optionId];
  const result: OptionRules = { setsOff: [], rulesOut: [], laterSetsOff: [], laterRulesOut: [] };
  for (const rule of option ? scenario.rules : []) {
    const link = linkOf(scenario, option as Option, rule, 'now');
    if (link === 'rulesOut') result.rulesOut.push(rule);
    else if (link) result.setsOff.push(link);
    const later = linkOf(scenario, option as Option, rule, 'later');
    if (later === 'rulesOut') result.laterRulesOut.push(rule);
    // A later round's rule that holds merely because of what this choice was not is noise.
    else if (later?.via === 'match') result.laterSetsOff.push(later);
  }
  byOption.set(optionId, result);
  return result;
}
