// The hand-in's words that the printed debrief and the Markdown share: the crisis and its dates,
// full source citations, paragraph references. Written once so paper and file never disagree.
import { dateLabel } from '../../dom/date-label';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { sentences } from '../../i18n/sentences';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import { type PublicGame, roundDate } from '../../model/state';
import { claimById, type DebriefExport, type ExportClaim } from './debrief-json';
import { sourceFallback } from './debrief-words';

/** A source as a hand-in cites it. */
export interface SourceEntry {
  id: string;
  title: string;
  byline?: string;
  events: string;
}

/**
 * A source in full, as its own text shows it: number, title, author and outlet where the text
 * names them, and the events it reports (which date it).
 */
export function sourceLine(source: SourceEntry): string {
  return sentences([
    t('debrief.handin.sourceTitle', { id: source.id, title: source.title }),
    source.byline ? t('debrief.handin.sourceBy', { byline: source.byline }) : '',
    source.events ? t('debrief.handin.sourceEvents', { events: source.events }) : '',
  ]);
}

/**
 * Paragraph references grouped by source, each source's title once:
 * "001:14, 001:15 (“The Quite Rational Basis…”); 002:5 (“…”)".
 */
export function paragraphRefs(paragraphs: readonly string[], sources: readonly SourceEntry[]) {
  const bySource = new Map<string, string[]>();
  for (const p of paragraphs) {
    const id = p.slice(0, 3);
    bySource.set(id, [...new Set([...(bySource.get(id) ?? []), p])]);
  }
  return [...bySource]
    .map(([id, refs]) => {
      const title = sources.find((s) => s.id === id)?.title ?? sourceFallback(id);
      return t('debrief.handin.refs', { refs: refs.join(', '), title });
    })
    .join('; ');
}

/** Paragraph references alone, each once: "001:11, 001:10" (the titles are in "Sources cited"). */
export function shortRefs(paragraphs: readonly string[]): string {
  return [...new Set(paragraphs)].join(', ');
}

/** A claim with its references: "paraphrase — 001:14 (“Title”)". */
export function claimWithRefs(claim: ExportClaim, sources: readonly SourceEntry[]): string {
  return t('debrief.handin.claimWithRefs', {
    claim: claim.text,
    refs: paragraphRefs(claim.paragraphs, sources),
  });
}

/** The crisis in one line: "Over Japan, August 2017: A Hwasong-12 crosses Hokkaido…". */
export function crisisLine(d: Pick<DebriefExport, 'scenario'>): string {
  return t('debrief.handin.crisisLine', { title: d.scenario.title, subtitle: d.scenario.subtitle });
}

/**
 * The game's dates: "29 Aug 2017 to 28 Jan 2018 — 5 of 12 rounds of 30 days". The end is the
 * day the game's calendar had reached (the first day of the round it did not play).
 */
export function playedDates(scenario: Scenario, game: PublicGame): string {
  const played = game.history.length;
  const from = dateLabel(scenario.startDate);
  const to = dateLabel(roundDate(scenario, played + 1));
  return t('debrief.handin.playedDates', {
    from,
    to,
    played,
    rounds: scenario.rounds,
    days: scenario.roundLengthDays,
  });
}

/** One option a capital played, with the evidence its card rests on. */
export interface DecisionEvidence {
  capital: CapitalId;
  label: string;
  rounds: number[];
  claims: ExportClaim[];
  assumption?: string;
}

/**
 * Every option played in the game, once per capital and option, with the claims (and
 * paragraphs) or the designer assumption behind it: on paper, where a "why?" cannot be opened.
 */
export function decisionEvidence(scenario: Scenario, d: DebriefExport): DecisionEvidence[] {
  const out: DecisionEvidence[] = [];
  for (const capital of CAPITALS) {
    const seen = new Map<string, DecisionEvidence>();
    for (const round of d.rounds) {
      const decision = round.decisions[capital];
      const entry = seen.get(decision.option);
      if (entry) {
        entry.rounds.push(round.round);
        continue;
      }
      const option = scenario.optionIndex[decision.option];
      const claims = (option?.claims ?? []).map((id) => claimById(scenario, id));
      const item: DecisionEvidence = {
        capital,
        label: decision.label,
        rounds: [round.round],
        claims,
        ...(option?.assumption ? { assumption: option.assumption } : {}),
      };
      seen.set(decision.option, item);
      out.push(item);
    }
  }
  return out;
}

/** "Washington (Team Washington: Aiko, Ben)", or the capital alone when its team has no name. */
export function capitalWithTeam(d: Pick<DebriefExport, 'teams'>, capital: CapitalId): string {
  const team = d.teams.find((t) => t.capital === capital)?.team;
  return team
    ? t('debrief.handin.capitalWithTeam', { capital: capitalName(capital), team })
    : capitalName(capital);
}
