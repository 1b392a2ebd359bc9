import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import type { CapitalId, IndicatorId } from '../../model/ids';
import { claimWeight } from '../../model/lens';
import type { Scenario } from '../../model/schema';
import type { Decision, PublicGame, TraceEntry } from '../../model/state';
import { assumptionText } from '../../scenario/prose';
import { aiReasons } from './ai-reasons';

/** A source paragraph, named as players see it: "001, paragraph 14", and as a marker ("001:14"). */
export interface CitedParagraph {
  source: string;
  paragraph: number;
  locator: string;
  /** The short marker a panel links: "001:14". */
  short: string;
  title: string;
  /** What the text shows of its author, outlet and date, as far as it shows them. */
  byline?: string;
  outlet?: string;
  events?: string;
}

/** How one lens weighs a claim, where it weighs it other than as stated. */
export interface LensWeight {
  lens: string;
  title: string;
  weight: number;
}

/** A claim as a "why?" panel shows it. */
export interface WhyClaim {
  id: string;
  text: string;
  /** The claim in one short, plain sentence (the first depth of the panel). */
  plain?: string;
  marker?: string;
  cites: CitedParagraph[];
  school: string;
  /** The lenses that weigh it other than ×1 (none for an uncontested claim). */
  weights: LensWeight[];
  /** The claims of other readings that dispute it, with the paragraphs they rest on. */
  contestedBy: { id: string; text: string; cites: string[]; paragraphs: CitedParagraph[] }[];
}

/** One link of a causal chain: a change (if any), its cause, and the evidence behind it. */
export interface WhyStep {
  /** The heading of the part of the chain this step opens or belongs to. */
  group?: string;
  change?: { label: string; before: number; after: number; delta: number; lensWeight?: number };
  /** Changes the model expects rather than ones that happened ("Regional tension +4 to +8"). */
  expected?: string[];
  cause: {
    kind: 'decision' | 'rule' | 'event' | 'outcome' | 'ai';
    label: string;
    detail: string;
    /** What happened, in a few plain words ("Washington chose “Push new UN sanctions”"). */
    plain?: string;
    /** Set when the detail is a team's own words, shown as typed in any language. */
    typed?: boolean;
  };
  claims: WhyClaim[];
  assumption?: string;
}

/** A whole "why?" answer. */
export interface WhyChain {
  title: string;
  steps: WhyStep[];
  /** The lens the game reads the evidence through, when the answer is about a game. */
  lens?: string;
}

/** Resolve a paragraph locator like "001:14" into what a player reads. */
export function citeOf(scenario: Scenario, cite: string): CitedParagraph {
  const [source = '', paragraph = '0'] = cite.split(':');
  const known = scenario.sourceIndex[source];
  return {
    ...(known?.byline ? { byline: known.byline } : {}),
    ...(known?.outlet ? { outlet: known.outlet } : {}),
    ...(known ? { events: known.events } : {}),
    source,
    paragraph: Number(paragraph),
    locator: t('why.cite.locator', { source, paragraph: Number(paragraph) }),
    short: `${source}:${Number(paragraph)}`,
    title: scenario.sourceIndex[source]?.title ?? t('why.cite.unknownSource', { source }),
  };
}

/** A claim with its paragraphs and the claims that contest it. */
export function claimOf(scenario: Scenario, id: string): WhyClaim {
  const claim = scenario.claimIndex[id];
  if (!claim) return { id, text: id, cites: [], school: 'unknown', weights: [], contestedBy: [] };
  return {
    id,
    text: claim.text,
    ...(claim.plain ? { plain: claim.plain } : {}),
    ...(claim.marker ? { marker: claim.marker } : {}),
    cites: claim.cites.map((c) => citeOf(scenario, c)),
    school: claim.school,
    weights: scenario.lenses.flatMap((lens) => {
      const weight = claimWeight(lens, claim, scenario.claimIndex);
      return weight === 1 ? [] : [{ lens: lens.id, title: lens.title, weight }];
    }),
    contestedBy: (claim.contestedBy ?? []).map((other) => ({
      id: other,
      text: scenario.claimIndex[other]?.text ?? other,
      cites: scenario.claimIndex[other]?.cites ?? [],
      paragraphs: (scenario.claimIndex[other]?.cites ?? []).map((c) => citeOf(scenario, c)),
    })),
  };
}

function causeOf(scenario: Scenario, entry: TraceEntry): WhyStep['cause'] {
  const cause = entry.cause;
  if (cause.kind === 'decision') {
    const option = scenario.optionIndex[cause.optionId];
    const words = { capital: capitalName(cause.capital), option: option?.label ?? cause.optionId };
    return {
      kind: 'decision',
      label: t('why.cause.decision', words),
      detail: option?.summary ?? '',
      plain: t('why.cause.decisionPlain', words),
    };
  }
  if (cause.kind === 'rule') {
    const rule = scenario.rules.find((r) => r.id === cause.ruleId);
    return {
      kind: 'rule',
      label: t('why.cause.rule', { rule: rule?.title ?? cause.ruleId }),
      detail: rule?.explain ?? '',
      plain: rule?.title ?? cause.ruleId,
    };
  }
  const card = scenario.events.find((e) => e.id === cause.eventId);
  return {
    kind: 'event',
    label: t('why.cause.event', { event: card?.title ?? cause.eventId }),
    detail: card?.text ?? '',
    plain: t('why.cause.eventPlain', { event: card?.title ?? cause.eventId }),
  };
}

/** One trace entry as a step of a chain. */
export function stepOf(scenario: Scenario, entry: TraceEntry): WhyStep {
  const step: WhyStep = {
    change: {
      label: indicatorLabel(entry.indicator),
      before: entry.before,
      after: entry.after,
      delta: entry.after - entry.before,
      ...(entry.lensWeight ? { lensWeight: entry.lensWeight } : {}),
    },
    cause: causeOf(scenario, entry),
    claims: entry.claims.map((id) => claimOf(scenario, id)),
  };
  if (entry.assumption) step.assumption = assumptionText(scenario, entry.assumption);
  return step;
}

/** Why an indicator moved in a round: every change to it, in the order they happened. */
export function whyIndicator(
  scenario: Scenario,
  game: PublicGame,
  round: number,
  indicator: IndicatorId,
): WhyChain {
  const record = game.history.find((r) => r.round === round);
  const steps = (record?.trace ?? [])
    .filter((t) => t.indicator === indicator)
    .map((t) => stepOf(scenario, t));
  return {
    title: t('why.title.indicator', { indicator: indicatorLabel(indicator), round }),
    steps,
    lens: game.lens,
  };
}

/** Why an event happened and what it changed. */
export function whyEvent(
  scenario: Scenario,
  game: PublicGame,
  round: number,
  eventId: string,
): WhyChain {
  const card = scenario.events.find((e) => e.id === eventId);
  const record = game.history.find((r) => r.round === round);
  const head: WhyStep = {
    cause: {
      kind: 'event',
      label: t('why.cause.event', { event: card?.title ?? eventId }),
      detail: card?.text ?? '',
      plain: t('why.cause.eventPlain', { event: card?.title ?? eventId }),
    },
    claims: (card?.claims ?? []).map((id) => claimOf(scenario, id)),
    ...(card?.assumption ? { assumption: card.assumption } : {}),
  };
  const effects = (record?.trace ?? [])
    .filter((t) => t.cause.kind === 'event' && t.cause.eventId === eventId)
    .map((t) => stepOf(scenario, t));
  return {
    title: t('why.title.why', { what: card?.title ?? eventId }),
    steps: [head, ...effects],
    lens: game.lens,
  };
}

/** Why a capital chose what it chose (AI rationale or a team's own words). */
export function whyDecision(scenario: Scenario, capital: CapitalId, decision: Decision): WhyChain {
  const option = scenario.optionIndex[decision.optionId];
  const rationale = decision.rationale;
  const ai = rationale && typeof rationale !== 'string' ? rationale : undefined;
  const name = capitalName(capital);
  const reasons = ai ? aiReasons(scenario, decision.optionId, ai) : '';
  return {
    title: t('why.title.decision', { capital: name, option: option?.label ?? decision.optionId }),
    steps: [
      {
        cause: {
          kind: ai ? 'ai' : 'decision',
          label: ai
            ? t('why.decision.aiLabel', { capital: name })
            : t('why.decision.teamLabel', { capital: name }),
          detail: ai
            ? reasons
            : typeof rationale === 'string'
              ? rationale
              : decision.policy
                ? t('why.decision.policy')
                : t('why.decision.noRationale'),
          plain: ai
            ? reasons
            : typeof rationale === 'string'
              ? t('why.decision.teamWrote', { capital: name, rationale })
              : decision.policy
                ? t('why.decision.policyPlain', { capital: name })
                : t('why.decision.teamNoReason', { capital: name }),
          ...(!ai && typeof rationale === 'string' ? { typed: true } : {}),
        },
        claims: (ai?.claims ?? []).map((id) => claimOf(scenario, id)),
        ...(ai ? { assumption: doctrineAssumption(scenario, ai.considerations) } : {}),
      },
    ],
  };
}

/** The weights an AI's reasons carry are design, never a source's: said beside its reasoning. */
export function doctrineWeightsNote(): string {
  return t('why.decision.weightsNote');
}

function doctrineAssumption(scenario: Scenario, considerations: readonly string[]): string {
  const own = considerations.flatMap((id) => {
    const text = scenario.doctrine.find((c) => c.id === id)?.assumption;
    return text ? [text] : [];
  });
  return [...own, doctrineWeightsNote()].reduce((said, next) =>
    t('why.sentences', { first: said, next }),
  );
}

/** Why the game ended as it did. */
export function whyOutcome(scenario: Scenario, game: PublicGame): WhyChain {
  const outcome = scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId);
  return {
    title: outcome ? t('why.title.why', { what: outcome.title }) : t('why.title.gameEnded'),
    steps: [
      {
        cause: {
          kind: 'outcome',
          label: outcome?.title ?? '',
          detail: outcome?.text ?? '',
          plain: outcome?.title ?? t('why.outcome.ended'),
        },
        claims: (outcome?.claims ?? []).map((id) => claimOf(scenario, id)),
        ...(outcome?.assumption ? { assumption: outcome.assumption } : {}),
      },
    ],
  };
}
