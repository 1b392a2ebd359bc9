// The debrief's words: how the game ended, which rounds, what caused what, how a score is made.
// Written once here, for the screen and both exports, so the three never say different things.
import { dateLabel } from '../../dom/date-label';
import { formatList, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import { CAPITALS, type CapitalId, clampIndicator } from '../../model/ids';
import type { GameLabels } from '../../model/labels';
import type { Scenario } from '../../model/schema';
import { type Cause, type GameState, type PublicGame, roundDate } from '../../model/state';

/**
 * Rounds in words: "round 1", "rounds 2 and 3", "rounds 1–4", "rounds 1, 3 and 5–7". Three or
 * more rounds in a row are a range; the list is sorted and said once per round.
 */
export function roundsInWords(rounds: readonly number[]): string {
  const sorted = [...new Set(rounds)].sort((a, b) => a - b);
  if (sorted.length === 0) return t('debrief.words.noRound');
  if (sorted.length === 1) return t('debrief.words.round', { round: sorted[0] });
  const runs: [number, number][] = [];
  for (const round of sorted) {
    const last = runs.at(-1);
    if (last && round === last[1] + 1) last[1] = round;
    else runs.push([round, round]);
  }
  const parts = runs.flatMap(([from, to]) =>
    to - from >= 2 ? [`${from}–${to}`] : from === to ? [`${from}`] : [`${from}`, `${to}`],
  );
  return t('debrief.words.rounds', { rounds: formatList(parts) });
}

/** What caused a change, in words a pupil reads without the game's own vocabulary. */
export function causeLabel(scenario: Scenario, cause: Cause): string {
  if (cause.kind === 'decision')
    return t('debrief.words.causeDecision', {
      capital: capitalName(cause.capital),
      option: scenario.optionIndex[cause.optionId]?.label ?? cause.optionId,
    });
  if (cause.kind === 'rule')
    return t('debrief.words.causeRule', {
      rule: scenario.rules.find((r) => r.id === cause.ruleId)?.title ?? cause.ruleId,
    });
  return t('debrief.words.causeEvent', {
    event: scenario.events.find((e) => e.id === cause.eventId)?.title ?? cause.eventId,
  });
}

/** A span of rounds as time: "4 months", "8 weeks", "1 month". */
function span(scenario: Scenario, rounds: number): string {
  const days = rounds * scenario.roundLengthDays;
  if (scenario.roundLengthDays % 30 === 0) return t('debrief.words.months', { count: days / 30 });
  if (scenario.roundLengthDays % 7 === 0) return t('debrief.words.weeks', { count: days / 7 });
  return t('debrief.words.days', { count: days });
}

/** How the game ended, truthfully: who ended it, after which round, and what that means. */
export interface Ending {
  /** The debrief's heading after "Debrief: ". */
  title: string;
  /** What happened, in a paragraph. */
  text: string;
  /** One line for the settings row: "Ended by the facilitator after round 4 of 12". */
  line: string;
  /** The line as it reads in brackets after the ending's title: "ended in round 7 of 12". */
  inline: string;
  /** Whether the facilitator ended it (End now) rather than the game. */
  byFacilitator: boolean;
}

/** The ending of a finished game in words (null while it is not over). */
export function endingOf(scenario: Scenario, game: PublicGame): Ending | null {
  const record = game.outcome;
  if (!record) return null;
  const outcome = scenario.outcomes.find((o) => o.id === record.outcomeId);
  const of = scenario.rounds;
  const reached = dateLabel(roundDate(scenario, record.round + 1));
  const at = { round: record.round, rounds: of, date: reached };
  if (record.endedEarly) {
    const line = t('debrief.words.stoppedLine', at);
    return {
      title: t('debrief.words.stoppedTitle', at),
      text: t('debrief.words.stoppedText', {
        ...at,
        played: span(scenario, record.round),
        total: span(scenario, of),
      }),
      line,
      inline: line,
      byFacilitator: true,
    };
  }
  const title = outcome?.title ?? t('debrief.words.gameOver');
  const text = outcome?.text ?? '';
  if (outcome?.kind === 'lastRound')
    return {
      title,
      text: t('debrief.words.lastRoundText', { ...at, text }),
      line: t('debrief.words.lastRoundLine', at),
      inline: t('debrief.words.lastRoundInline', at),
      byFacilitator: false,
    };
  return {
    title,
    text: t('debrief.words.endedText', { ...at, text }),
    line: t('debrief.words.endedLine', at),
    inline: t('debrief.words.endedInline', at),
    byFacilitator: false,
  };
}

/** One objective's part in a score. */
export interface ObjectivePart {
  label: string;
  indicator: string;
  want: 'high' | 'low';
  value: number;
  /** What it earns: the value if wanted high, 100 minus it if wanted low. */
  points: number;
  weight: number;
}

/** How one capital's score is made, step by step (the same sums as the game's scoring). */
export interface ScoreWorking {
  capital: CapitalId;
  parts: ObjectivePart[];
  /** The weighted average of the parts' points. */
  average: number;
  /** The ending's bonus (or penalty) for this capital; 0 if it has none. */
  bonus: number;
  /** The ending's title, when it has a bonus. */
  ending: string;
  score: number;
}

/** The general rule, in words, shown above each capital's working (in the page's language). */
export function scoreRule(): string {
  return t('debrief.words.scoreRule');
}

/** Each capital's score, worked out as the game does it, for the debrief to show. */
export function scoreWorkings(scenario: Scenario, game: PublicGame | GameState): ScoreWorking[] {
  const outcome = scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId);
  return CAPITALS.map((capital) => {
    const parts = scenario.capitals[capital].objectives.map((o) => {
      const value = game.indicators[o.indicator];
      return {
        label: o.label,
        indicator: indicatorLabel(o.indicator),
        want: o.want,
        value,
        points: o.want === 'high' ? value : 100 - value,
        weight: o.weight,
      };
    });
    const weights = parts.reduce((sum, p) => sum + p.weight, 0);
    const average = parts.reduce((sum, p) => sum + p.weight * p.points, 0) / weights;
    const bonus = outcome?.scores?.[capital] ?? 0;
    const score = Math.round(clampIndicator(average + bonus) * 10) / 10;
    return { capital, parts, average, bonus, ending: outcome?.title ?? '', score };
  });
}

const one = (n: number) => formatNumber(Math.round(n * 10) / 10);

/** A capital's working as one line: "(38 × 3 + 61 × 2) ÷ 5 = 47.2; … adds 15 → 62.2". */
export function workingLine(w: ScoreWorking): string {
  const weights = w.parts.reduce((sum, p) => sum + p.weight, 0);
  const sum = w.parts.map((p) => `${p.points} × ${p.weight}`).join(' + ');
  const bonus =
    w.bonus === 0
      ? t('debrief.words.endingAddsNothing')
      : w.bonus > 0
        ? t('debrief.words.endingAdds', { ending: w.ending, points: w.bonus })
        : t('debrief.words.endingTakes', { ending: w.ending, points: -w.bonus });
  const clamped = w.average + w.bonus > 100 || w.average + w.bonus < 0;
  return t(clamped ? 'debrief.words.workingClamped' : 'debrief.words.working', {
    sum,
    weights,
    average: one(w.average),
    bonus,
    score: one(w.score),
  });
}

/** A game's labels as one line: "10B History · 1 Dec 2026" (empty when there are none). */
export function filedUnder(labels: GameLabels | null | undefined): string {
  return [labels?.className, labels?.date && dateLabel(labels.date)].filter(Boolean).join(' · ');
}

/** The named teams: "Washington — Team Washington: Aiko, Ben". */
export function teamNames(labels: GameLabels | null | undefined): string[] {
  return CAPITALS.flatMap((c) => {
    const name = labels?.teams?.[c];
    return name ? [t('debrief.words.teamName', { capital: capitalName(c), team: name })] : [];
  });
}

/** A source the content does not name, by its number: "source 007". */
export function sourceFallback(id: string): string {
  return t('debrief.words.sourceFallback', { id });
}

/** Items side by side where English puts a comma and no "and": "a, b, c" (「a、b、c」). */
export function commaList(items: readonly string[]): string {
  return items.join(t('debrief.words.comma'));
}

/** Items side by side where English puts a semicolon: "a; b; c". */
export function semicolonList(items: readonly string[]): string {
  return items.join(t('debrief.words.semicolon'));
}

/** Which way an objective counts, in a word: "high" or "low". */
export function wantWord(want: 'high' | 'low'): string {
  return t(want === 'high' ? 'debrief.words.wantHigh' : 'debrief.words.wantLow');
}

/** Who played a capital: "a human team" or "the AI". */
export function playedBy(controller: 'human' | 'ai'): string {
  return t(controller === 'human' ? 'debrief.words.byHuman' : 'debrief.words.byAi');
}
