// The "why?" of an option's card: its own effects, the rules it can set off and the rules it
// rules out, all from the model (forecast.ts and option-rules.ts), never from the rules' text.
import { type ForecastItem, forecastOption, optionEffects, ruleItems } from '../../model/forecast';
import { CAPITAL_NAMES, type CapitalId } from '../../model/ids';
import { INDICATOR_DOCS } from '../../model/indicators';
import { LAUNCH_KIND_LABELS } from '../../model/launches';
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
    item.min === item.max ? signed(item.min) : `${signed(item.min)} to ${signed(item.max)}`;
  const chance =
    item.probability !== undefined ? ` (${Math.round(item.probability * 100)}% chance)` : '';
  return `${INDICATOR_DOCS[item.indicator].label} ${range}${chance}`;
}

/** A launch an option or rule makes happen, as a line: "Launches: 2–3 short-range missiles (30% chance)". */
export function launchLine(spec: LaunchSpec, probability?: number): string {
  const n = typeof spec.missiles === 'number' ? `${spec.missiles}` : spec.missiles.join('–');
  const chance = probability !== undefined ? ` (${Math.round(probability * 100)}% chance)` : '';
  return `Launches: ${n} × ${LAUNCH_KIND_LABELS[spec.kind]}${chance}`;
}

function ruleStep(scenario: Scenario, rule: Rule, group: string, expected: string[]): WhyStep {
  return {
    group,
    cause: { kind: 'rule', label: `Rule: ${rule.title}`, detail: rule.explain, plain: rule.title },
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
  if (forecast && !now?.length)
    lines.push('Its condition does not hold in this round as it stands.');
  if (link.via === 'absence') {
    const labels = link.instead.map((id) => scenario.optionIndex[id]?.label ?? id);
    lines.push(`It can fire only because this choice is not: ${labels.join('; ')}.`);
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
    group: 'The option itself',
    cause: {
      kind: 'decision',
      label: `${CAPITAL_NAMES[capital]}: ${option.label}`,
      detail: option.summary,
      plain: `${CAPITAL_NAMES[capital]} chooses “${option.label}”`,
    },
    ...(own.length || option.launches.length
      ? { expected: [...option.launches.map((l) => launchLine(l)), ...own.map(expectedLine)] }
      : {}),
    claims: option.claims.map((id) => claimOf(scenario, id)),
    ...(option.assumption ? { assumption: option.assumption } : {}),
  };
  const rules = optionRules(scenario, optionId);
  return {
    title: `The evidence behind “${option.label}”`,
    ...(at ? { lens: at.game.lens } : {}),
    steps: [
      head,
      ...rules.setsOff.map((l) =>
        setOffStep(scenario, l, forecast, 'Rules this choice can set off'),
      ),
      ...rules.laterSetsOff.map((l) =>
        setOffStep(
          scenario,
          l,
          null,
          'Rules it can set off in the next rounds (while it is recent)',
        ),
      ),
      ...rules.rulesOut.map((r) => ruleStep(scenario, r, 'Rules this choice rules out', [])),
      ...rules.laterRulesOut.map((r) =>
        ruleStep(scenario, r, 'Rules it rules out in the next rounds (while it is recent)', []),
      ),
    ],
  };
}
