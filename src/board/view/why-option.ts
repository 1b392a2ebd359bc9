// The "why?" of an option's card: its own effects, the rules it can set off and the rules it
// rules out, all from the model (forecast.ts and option-rules.ts), never from the rules' text.

import { launchKindLabel } from '../../history/kind-labels';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import { type ForecastItem, forecastOption, optionEffects, ruleItems } from '../../model/forecast';
import type { CapitalId } from '../../model/ids';
import { optionRules, type RuleLink } from '../../model/option-rules';
import type { LaunchSpec, Rule, Scenario } from '../../model/schema';
import type { Decisions, PublicGame } from '../../model/state';
import { claimOf, type WhyChain, type WhyStep } from './why';

/** The round an option is looked at in: the game, and the decisions its capital can see. */
export interface OptionMoment {
  game: PublicGame;
  visible?: Partial<Decisions>;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** One expected change as a line: "Regional tension +4 to +8 (40% chance)". */
export function expectedLine(item: ForecastItem): string {
  const range =
    item.min === item.max
      ? signed(item.min)
      : t('why.option.range', { min: signed(item.min), max: signed(item.max) });
  const indicator = indicatorLabel(item.indicator);
  return item.probability !== undefined
    ? t('why.option.expectedChance', {
        indicator,
        range,
        percent: Math.round(item.probability * 100),
      })
    : t('why.option.expected', { indicator, range });
}

/** A launch an option or rule makes happen, as a line: "Launches: 2–3 short-range missiles (30% chance)". */
export function launchLine(spec: LaunchSpec, probability?: number): string {
  const count = typeof spec.missiles === 'number' ? `${spec.missiles}` : spec.missiles.join('–');
  const kind = launchKindLabel(spec.kind);
  return probability !== undefined
    ? t('why.option.launchesChance', { count, kind, percent: Math.round(probability * 100) })
    : t('why.option.launches', { count, kind });
}

function ruleStep(scenario: Scenario, rule: Rule, group: string, expected: string[]): WhyStep {
  return {
    group,
    cause: {
      kind: 'rule',
      label: t('why.cause.rule', { rule: rule.title }),
      detail: rule.explain,
      plain: rule.title,
    },
    ...(expected.length ? { expected } : {}),
    claims: rule.claims.map((id) => claimOf(scenario, id)),
    ...(rule.assumption ? { assumption: rule.assumption } : {}),
  };
}

/** What a rule the option can set off gives: this round's forecast if it holds now, else as written. */
function setOffStep(
  scenario: Scenario,
  link: RuleLink,
  forecast: ForecastItem[] | null,
  group: string,
): WhyStep {
  const { rule } = link;
  const now = forecast?.filter((i) => i.source.kind === 'rule' && i.source.ruleId === rule.id);
  const lines = (now?.length ? now : ruleItems(rule, () => 1)).map(expectedLine);
  // The chance a rule's launches happen is its roll, weighed by the lens like its effects.
  const chance = now?.find((i) => i.probability !== undefined)?.probability ?? rule.probability;
  for (const spec of rule.launches) lines.push(launchLine(spec, chance));
  if (forecast && !now?.length) lines.push(t('why.option.conditionOff'));
  if (link.via === 'absence') {
    const labels = link.instead.map((id) => scenario.optionIndex[id]?.label ?? id);
    lines.push(
      t('why.option.onlyWithout', { options: labels.join(t('why.option.optionSeparator')) }),
    );
  }
  return ruleStep(scenario, rule, group, lines);
}

/**
 * The evidence behind an option's card. With a moment (a game in progress), the numbers are
 * that round's forecast under the game's lens; without, each rule's effects as written.
 */
export function whyOption(scenario: Scenario, optionId: string, at?: OptionMoment): WhyChain {
  const option = scenario.optionIndex[optionId];
  if (!option) return { title: optionId, steps: [] };
  const capital: CapitalId = option.capital;
  const forecast = at ? forecastOption(scenario, at.game, capital, optionId, at.visible) : null;
  const own = (forecast ?? optionEffects(option)).filter((i) => i.source.kind === 'option');
  const head: WhyStep = {
    group: t('why.option.itself'),
    cause: {
      kind: 'decision',
      label: t('why.option.label', { capital: capitalName(capital), option: option.label }),
      detail: option.summary,
      plain: t('why.option.plain', { capital: capitalName(capital), option: option.label }),
    },
    ...(own.length || option.launches.length
      ? { expected: [...option.launches.map((l) => launchLine(l)), ...own.map(expectedLine)] }
      : {}),
    claims: option.claims.map((id) => claimOf(scenario, id)),
    ...(option.assumption ? { assumption: option.assumption } : {}),
  };
  const rules = optionRules(scenario, optionId);
  return {
    title: t('why.title.option', { option: option.label }),
    ...(at ? { lens: at.game.lens } : {}),
    steps: [
      head,
      ...rules.setsOff.map((l) => setOffStep(scenario, l, forecast, t('why.option.setsOff'))),
      ...rules.laterSetsOff.map((l) => setOffStep(scenario, l, null, t('why.option.laterSetsOff'))),
      ...rules.rulesOut.map((r) => ruleStep(scenario, r, t('why.option.rulesOut'), [])),
      ...rules.laterRulesOut.map((r) => ruleStep(scenario, r, t('why.option.laterRulesOut'), [])),
    ],
  };
}
