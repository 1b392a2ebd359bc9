import type { DisplayLocale } from '../../i18n/locales';
import { currentLocale, t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import {
  CAPITALS,
  type CapitalId,
  INDICATORS,
  type IndicatorId,
  type Indicators,
} from '../../model/ids';
import type { GameLabels } from '../../model/labels';
import type { Scenario } from '../../model/schema';
import type { Controller, Decision, GameState, TurnOrder } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import { aiReasons } from './ai-reasons';
import {
  causeLabel,
  endingOf,
  scoreRule,
  scoreWorkings,
  sourceFallback,
  workingLine,
} from './debrief-words';
import { type ExportLaunchRecord, type ExportRecordNote, recordExport } from './record-export';
import { launchLabel } from './reveal-plan';
import { causalStory } from './story';
import { citeOf, type WhyClaim } from './why';

/** Format stamp of an exported debrief, so a reader can tell the file apart from a save. */
export const DEBRIEF_FORMAT = 'overflight-debrief';
/** Version of the exported shape; bump it whenever a field changes meaning or goes away. */
export const DEBRIEF_EXPORT_VERSION = 1;

/** A claim as exported: the game's paraphrase and its paragraph locators ("001, paragraph 14"). */
export interface ExportClaim {
  id: string;
  text: string;
  cites: string[];
  /** The same paragraphs as short references, source:paragraph ("001:14"). */
  paragraphs: string[];
}

/**
 * Why a capital chose: the AI's reasoning with the claims it weighed, a team's own line, or
 * (in a game a fixed policy played) that the policy chose.
 */
export type ExportRationale =
  | { kind: 'ai'; text: string; claims: ExportClaim[] }
  | { kind: 'team'; text: string }
  | { kind: 'policy'; text: string };

/** One capital's decision in one round. */
export interface ExportDecision {
  option: string;
  label: string;
  by: Controller;
  rationale: ExportRationale | null;
}

/** One resolved round: decisions, the events drawn, and every indicator at the round's end. */
export interface ExportRound {
  round: number;
  date: string;
  decisions: Record<CapitalId, ExportDecision>;
  events: { id: string; title: string }[];
  /** Every launch event of the round, in words, with what caused it. */
  launches: { what: string; cause: string }[];
  indicators: Indicators;
}

/** One causal chain of the game's story, with the evidence behind it. */
export interface ExportThread {
  label: string;
  /** What the cause is: the option's summary, the rule's explanation or the event's text. */
  explain: string;
  /** Sum of the absolute changes it made over the whole game. */
  weight: number;
  rounds: number[];
  /** Net change per indicator (by its label) over the game. */
  moved: { indicator: string; change: number }[];
  claims: ExportClaim[];
  /** Designer assumptions: links no source backs. */
  assumptions: string[];
}

/**
 * The whole debrief as plain JSON (format `overflight-debrief`, version 1). Field names and ids
 * are English; the texts (titles, sentences, labels) are in `language`, the page's at export.
 */
export interface DebriefExport {
  format: typeof DEBRIEF_FORMAT;
  version: typeof DEBRIEF_EXPORT_VERSION;
  /** The language the texts are written in (BCP 47: `en`, `ja`, `ko`). */
  language: DisplayLocale;
  scenario: {
    id: string;
    title: string;
    subtitle: string;
    startDate: string;
    roundLengthDays: number;
    rounds: number;
  };
  setup: {
    seed: number;
    lens: string;
    turnOrder: TurnOrder;
    controllers: Record<CapitalId, Controller>;
  };
  /** `team`: the name the teacher gave a human team, if any. */
  teams: { capital: CapitalId; name: string; controller: Controller; team?: string }[];
  lens: { id: string; title: string };
  seed: number;
  /** Every indicator: id, label and value before round 1. */
  indicators: { id: IndicatorId; label: string; start: number }[];
  rounds: ExportRound[];
  /** How it ended; `text` says what happened (End now: who ended it and when, not the scenario's year). */
  outcome: {
    id: string;
    title: string;
    text: string;
    round: number;
    endedBy: 'facilitator' | 'game';
  } | null;
  /** What the teacher filed the game under: class, date, a name per human team. */
  labels: GameLabels | null;
  /** How every score below is worked out, in words. */
  scoreRule: string;
  scores: {
    capital: CapitalId;
    name: string;
    score: number;
    /** This capital's score worked out: "(38 × 3 + …) ÷ 10 = 53.4; the ending adds nothing → 53.4". */
    working: string;
    objectives: { label: string; indicator: IndicatorId; want: 'high' | 'low'; value: number }[];
  }[];
  causalStory: ExportThread[];
  /**
   * Every source cited above, named by its number and its title as sources.json gives it, with
   * what its text shows of author and outlet (`byline`) and the events it reports (`events`).
   */
  sources: { id: string; title: string; byline?: string; events: string }[];
  debriefQuestions: string[];
  whatHappenedNext: { date: string; text: string; source: string }[];
  /** This game's launches per round beside the real record's for the same dates. */
  launchRecord: ExportLaunchRecord;
  /** The record's view (public record) on the claims this game touched. */
  recordNotes: ExportRecordNote[];
}

function exportClaim(claim: WhyClaim): ExportClaim {
  return {
    id: claim.id,
    text: claim.text,
    cites: claim.cites.map((c) => c.locator),
    paragraphs: claim.cites.map((c) => `${c.source}:${c.paragraph}`),
  };
}

/** A catalog claim as exported, with its paragraphs. */
export function claimById(scenario: Scenario, id: string): ExportClaim {
  const claim = scenario.claimIndex[id];
  return {
    id,
    text: claim?.text ?? id,
    cites: (claim?.cites ?? []).map((c) => citeOf(scenario, c).locator),
    paragraphs: (claim?.cites ?? []).map((c) => {
      const cite = citeOf(scenario, c);
      return `${cite.source}:${cite.paragraph}`;
    }),
  };
}

function exportDecision(scenario: Scenario, decision: Decision): ExportDecision {
  const r = decision.rationale;
  const rationale: ExportRationale | null =
    r === undefined || r === ''
      ? decision.policy
        ? { kind: 'policy', text: t('debrief.words.fixedByPolicy') }
        : null
      : typeof r === 'string'
        ? { kind: 'team', text: r }
        : {
            kind: 'ai',
            text: aiReasons(scenario, decision.optionId, r),
            claims: r.claims.map((id) => claimById(scenario, id)),
          };
  return {
    option: decision.optionId,
    label: scenario.optionIndex[decision.optionId]?.label ?? decision.optionId,
    by: decision.by,
    rationale,
  };
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function exportStory(scenario: Scenario, game: GameState): ExportThread[] {
  return causalStory(scenario, game).map((thread) => {
    const steps = thread.chain.steps;
    const moved = new Map<string, number>();
    for (const step of steps)
      if (step.change)
        moved.set(step.change.label, (moved.get(step.change.label) ?? 0) + step.change.delta);
    return {
      label: thread.label,
      explain: steps[0]?.cause.detail ?? '',
      weight: thread.weight,
      rounds: thread.rounds,
      moved: [...moved].map(([indicator, change]) => ({ indicator, change })),
      claims: unique(
        steps.flatMap((s) => s.claims),
        (c) => c.id,
      ).map(exportClaim),
      assumptions: unique(
        steps.flatMap((s) => (s.assumption ? [s.assumption] : [])),
        (a) => a,
      ),
    };
  });
}

/** The debrief of a finished (or interrupted) game as a documented, versioned JSON object. */
export function debriefJson(scenario: Scenario, setup: GameSetup, game: GameState): DebriefExport {
  const outcome = scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId);
  const rounds: ExportRound[] = game.history.map((record) => ({
    round: record.round,
    date: record.date,
    decisions: Object.fromEntries(
      CAPITALS.map((c) => [c, exportDecision(scenario, record.decisions[c])]),
    ) as Record<CapitalId, ExportDecision>,
    events: record.events.map((id) => ({
      id,
      title: scenario.events.find((e) => e.id === id)?.title ?? id,
    })),
    launches: record.launches.map((launch) => ({
      what: launchLabel(launch),
      cause: causeLabel(scenario, launch.cause),
    })),
    indicators: { ...record.indicators },
  }));
  const causal = exportStory(scenario, game);
  const ending = endingOf(scenario, game);
  const workings = scoreWorkings(scenario, game);
  const cited = [
    ...scenario.sources,
    ...causal.flatMap((t) => t.claims.flatMap((c) => c.cites)),
    ...rounds.flatMap((r) =>
      CAPITALS.flatMap((c) => {
        const why = r.decisions[c].rationale;
        return why?.kind === 'ai' ? why.claims.flatMap((claim) => claim.cites) : [];
      }),
    ),
    // The evidence behind every option played, which the hand-in lists under each decision.
    ...game.history.flatMap((r) =>
      CAPITALS.flatMap((c) =>
        (scenario.optionIndex[r.decisions[c].optionId]?.claims ?? []).flatMap(
          (id) => scenario.claimIndex[id]?.cites ?? [],
        ),
      ),
    ),
  ].map((locator) => locator.slice(0, 3));
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_EXPORT_VERSION,
    language: currentLocale(),
    scenario: {
      id: scenario.id,
      title: scenario.title,
      subtitle: scenario.subtitle,
      startDate: scenario.startDate,
      roundLengthDays: scenario.roundLengthDays,
      rounds: scenario.rounds,
    },
    setup: {
      seed: game.seed,
      lens: game.lens,
      turnOrder: setup.turnOrder,
      controllers: { ...setup.controllers },
    },
    teams: CAPITALS.map((c) => ({
      capital: c,
      name: capitalName(c),
      controller: setup.controllers[c],
      ...(setup.labels?.teams?.[c] ? { team: setup.labels.teams[c] } : {}),
    })),
    lens: { id: game.lens, title: scenario.lenses.find((l) => l.id === game.lens)?.title ?? '' },
    seed: game.seed,
    indicators: INDICATORS.map((id) => ({
      id,
      label: indicatorLabel(id),
      start: scenario.indicators[id].value,
    })),
    rounds,
    outcome:
      outcome && game.outcome && ending
        ? {
            id: outcome.id,
            title: ending.byFacilitator ? ending.line : outcome.title,
            text: ending.text,
            round: game.outcome.round,
            endedBy: ending.byFacilitator ? 'facilitator' : 'game',
          }
        : null,
    labels: setup.labels ?? null,
    scoreRule: scoreRule(),
    scores: game.outcome
      ? CAPITALS.map((c, i) => ({
          capital: c,
          name: capitalName(c),
          score: game.outcome?.scores[c] ?? 0,
          working: workings[i] ? workingLine(workings[i]) : '',
          objectives: scenario.capitals[c].objectives.map((o) => ({
            label: o.label,
            indicator: o.indicator,
            want: o.want,
            value: game.indicators[o.indicator],
          })),
        }))
      : [],
    causalStory: causal,
    sources: [...new Set(cited)].sort().map((id) => {
      const source = scenario.sourceIndex[id];
      return {
        id,
        title: source?.title ?? sourceFallback(id),
        ...(source?.byline ? { byline: source.byline } : {}),
        events: source?.events ?? '',
      };
    }),
    debriefQuestions: [...scenario.debriefQuestions],
    whatHappenedNext: scenario.whatHappenedNext.map((e) => ({ ...e })),
    ...(({ launchRecord, recordNotes }) => ({ launchRecord, recordNotes }))(
      recordExport(scenario, game),
    ),
  };
}
