// A scenario's cross-references: ids unique, every claim, option, tag, event and lens it names
// exists, evidence cited, effects bounded, AI reasoning with a lens only in the lens's direction.
// The checks of the shared catalog (claims, lenses, coverage) are in catalog-checks.ts.
import type { Condition } from '../model/condition-schema';
import { CAPITALS } from '../model/ids';
import type { Effect, Scenario, Source } from '../model/schema';
import { checkCite, type Report } from './catalog-checks';
import type { ContentError } from './result';

/** Largest change one effect may make in one step: keeps a single rule from deciding a game. */
export const MAX_EFFECT = 30;

function walkCondition(
  condition: Condition,
  path: string,
  visit: (c: Condition, path: string) => void,
): void {
  visit(condition, path);
  const children = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [];
  const key = 'all' in condition ? 'all' : 'any';
  for (const [i, child] of children.entries()) walkCondition(child, `${path}.${key}[${i}]`, visit);
  if ('not' in condition) walkCondition(condition.not, `${path}.not`, visit);
}

/**
 * An AI may reason with a lens only in the direction the lens claims: a consideration that holds
 * under a lens must cite a claim of a school that lens strengthens, and may not hold when a lens
 * is *not* in force (that would make a lens change what a capital wants in the other direction).
 */
function checkLensReasoning(
  scenario: Scenario,
  consideration: Scenario['doctrine'][number],
  path: string,
  report: Report,
): void {
  walkCondition(consideration.when as Condition, path, (c, at) => {
    if ('not' in c && 'lens' in c.not) {
      report(`${at}.not`, 'an AI may reason with a lens, not against one: no "not" around "lens"');
    }
    if (!('lens' in c)) return;
    for (const id of c.lens) {
      const lens = scenario.lenses.find((l) => l.id === id);
      if (!lens) {
        report(`${at}.lens`, `unknown lens "${id}"`);
        continue;
      }
      const strengthened = Object.entries(lens.schools)
        .filter(([, w]) => (w ?? 1) > 1)
        .map(([school]) => school);
      const follows = consideration.claims.some((claimId) =>
        strengthened.includes(scenario.claimIndex[claimId]?.school ?? ''),
      );
      if (!follows) {
        report(
          `${at}.lens`,
          `reasons with the lens "${id}", so it must cite a claim of a school that lens strengthens (${strengthened.join(', ') || 'none'})`,
        );
      }
    }
  });
}

function checkEffects(effects: readonly Effect[], path: string, report: Report): void {
  effects.forEach((effect, i) => {
    const [lo, hi] = typeof effect.delta === 'number' ? [effect.delta, effect.delta] : effect.delta;
    if (lo > hi)
      report(
        `${path}.effects[${i}].delta`,
        `range [${lo}, ${hi}] has its minimum above its maximum`,
      );
    if (Math.abs(lo) > MAX_EFFECT || Math.abs(hi) > MAX_EFFECT) {
      report(
        `${path}.effects[${i}].delta`,
        `a single effect may move an indicator by at most ${MAX_EFFECT}`,
      );
    }
  });
}

/** Every cross-reference check of a scenario; returns all problems found. */
export function checkReferences(
  scenario: Scenario,
  file: string,
  sources: readonly Source[],
): ContentError[] {
  const errors: ContentError[] = [];
  const report: Report = (path, message) => errors.push({ file, path, message });
  const tags = new Set(scenario.options.flatMap((o) => o.tags));
  const eventIds = new Set(scenario.events.map((e) => e.id));

  const lists = [
    ['options', scenario.options],
    ['rules', scenario.rules],
    ['events', scenario.events],
    ['outcomes', scenario.outcomes],
    ['doctrine', scenario.doctrine],
    ['claims', scenario.claims],
  ] as const;
  for (const [name, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  }

  const checkEvidence = (
    item: { claims: string[]; assumption?: string | undefined },
    path: string,
  ) => {
    item.claims.forEach((id, i) => {
      if (!scenario.claimIndex[id]) report(`${path}.claims[${i}]`, `unknown claim "${id}"`);
    });
    if (item.claims.length === 0 && !item.assumption) {
      report(
        path,
        'cites no claim: add claims, or mark it as a designer assumption with "assumption"',
      );
    }
  };
  const checkCondition = (condition: Condition | undefined, path: string) => {
    if (!condition) return;
    walkCondition(condition, path, (c, p) => {
      const match = 'chose' in c ? c.chose : 'recent' in c ? c.recent : undefined;
      if (match?.option && !scenario.optionIndex[match.option])
        report(p, `unknown option "${match.option}"`);
      if (match?.tag && !tags.has(match.tag)) report(p, `no option has the tag "${match.tag}"`);
      if ('eventRecent' in c && !eventIds.has(c.eventRecent.event)) {
        report(p, `unknown event "${c.eventRecent.event}"`);
      }
    });
  };

  const effectLists = [
    ['options', scenario.options],
    ['rules', scenario.rules],
    ['events', scenario.events],
  ] as const;
  for (const [name, items] of effectLists) {
    items.forEach((item, i) => {
      item.effects.forEach((effect, j) => {
        (effect.claims ?? []).forEach((id, k) => {
          if (!scenario.claimIndex[id])
            report(`${name}[${i}].effects[${j}].claims[${k}]`, `unknown claim "${id}"`);
        });
      });
    });
  }
  scenario.options.forEach((o, i) => {
    checkEvidence(o, `options[${i}]`);
    checkCondition(o.available, `options[${i}].available`);
    checkEffects(o.effects, `options[${i}]`, report);
  });
  scenario.rules.forEach((r, i) => {
    checkEvidence(r, `rules[${i}]`);
    checkCondition(r.when, `rules[${i}].when`);
    checkEffects(r.effects, `rules[${i}]`, report);
  });
  scenario.events.forEach((e, i) => {
    checkEvidence(e, `events[${i}]`);
    checkCondition(e.when, `events[${i}].when`);
    checkEffects(e.effects, `events[${i}]`, report);
  });
  scenario.outcomes.forEach((o, i) => {
    checkEvidence(o, `outcomes[${i}]`);
    checkCondition(o.when, `outcomes[${i}].when`);
  });
  scenario.doctrine.forEach((c, i) => {
    const path = `doctrine[${i}]`;
    checkEvidence(c, path);
    checkCondition(c.when, `${path}.when`);
    if (!c.option && !c.tag) report(path, 'names neither an option nor a tag it weighs');
    if (c.option && scenario.optionIndex[c.option]?.capital !== c.capital) {
      report(`${path}.option`, `"${c.option}" is not an option of ${c.capital}`);
    }
    if (
      c.tag &&
      !scenario.options.some((o) => o.capital === c.capital && o.tags.includes(c.tag ?? ''))
    ) {
      report(`${path}.tag`, `no option of ${c.capital} has the tag "${c.tag}"`);
    }
    if (c.when) checkLensReasoning(scenario, c, `${path}.when`, report);
  });
  scenario.claims.forEach((claim, i) => {
    for (const [j, cite] of claim.cites.entries())
      checkCite(cite, sources, `claims[${i}].cites[${j}]`, report);
  });
  for (const capital of CAPITALS) {
    if (!scenario.options.some((o) => o.capital === capital && !o.available)) {
      report(
        'options',
        `${capital} needs at least one option that is always open (no "available" condition)`,
      );
    }
  }
  if (
    !scenario.outcomes.some((o) => o.kind === 'lastRound' && !o.when && o.probability === undefined)
  ) {
    report('outcomes', 'needs a "lastRound" outcome with no condition, so every game can end');
  }
  return errors;
}
