// The "why?" behind a launch: the same chain its cause opens elsewhere — Pyongyang's decision,
// the event card, or (new here) the rule that added it with its evidence and what else it did.
import { t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import { claimOf, stepOf, type WhyChain, type WhyStep, whyDecision, whyEvent } from './why';

/** Why a rule fired in a round: the rule, its claims, and every change it made that round. */
export function whyRule(
  scenario: Scenario,
  game: PublicGame,
  round: number,
  ruleId: string,
): WhyChain {
  const rule = scenario.rules.find((r) => r.id === ruleId);
  const head: WhyStep = {
    group: t('why.rule.group'),
    cause: {
      kind: 'rule',
      label: t('why.cause.rule', { rule: rule?.title ?? ruleId }),
      detail: rule?.explain ?? '',
      plain: rule?.title ?? ruleId,
    },
    claims: (rule?.claims ?? []).map((id) => claimOf(scenario, id)),
    ...(rule?.assumption ? { assumption: rule.assumption } : {}),
  };
  const record = game.history.find((r) => r.round === round);
  const did = t('why.rule.didGroup');
  const effects = (record?.trace ?? [])
    .filter((t) => t.cause.kind === 'rule' && t.cause.ruleId === ruleId)
    // The rule and its evidence are given once, above: each change names only itself.
    .map((t): WhyStep => {
      const step = stepOf(scenario, t);
      return {
        group: did,
        ...(step.change ? { change: step.change } : {}),
        // Its heading, "What it did this round", says the rule is the cause.
        cause: { kind: 'rule', label: '', detail: '' },
        claims: [],
      };
    });
  return {
    title: t('why.title.why', { what: rule?.title ?? ruleId }),
    steps: [head, ...effects],
    lens: game.lens,
  };
}

/** Why a launch of a round happened: the chain of the decision, rule or event behind it. */
export function whyLaunch(
  scenario: Scenario,
  game: PublicGame,
  round: number,
  index: number,
): WhyChain | null {
  const record = game.history.find((r) => r.round === round);
  const launch = record?.launches[index];
  if (!record || !launch) return null;
  const cause = launch.cause;
  if (cause.kind === 'decision')
    return whyDecision(scenario, cause.capital, record.decisions[cause.capital]);
  if (cause.kind === 'rule') return whyRule(scenario, game, round, cause.ruleId);
  return whyEvent(scenario, game, round, cause.eventId);
}
