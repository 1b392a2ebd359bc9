// A team pack's content: for each capital, what a team needs on its table while it waits — the
// situation, its role brief, its objectives and how they are scored, and every option card with
// its cost and the forecast the game shows on that card (board-view's forecastLines).
import { dateLabel } from '../../dom/date-label';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { GameLabels } from '../../model/labels';
import { optionsFor } from '../../model/options';
import type { Scenario } from '../../model/schema';
import { type Controller, createGame, type PublicGame, roundDate } from '../../model/state';
import { type ForecastLine, forecastLines } from './board-view';
import { scoreRule } from './debrief-words';

/** One option card on paper. */
export interface PackOption {
  key: number;
  label: string;
  summary: string;
  cost: string;
  /** Null when the option is open this round; else why it is closed. */
  closed: string | null;
  forecast: ForecastLine[];
}

/** One objective, with its weight, which way it counts, and where its indicator stands now. */
export interface PackObjective {
  label: string;
  indicator: string;
  want: 'high' | 'low';
  weight: number;
  now: number;
  /** How it counts, in words: "earns the indicator's value" or "earns 100 minus it". */
  counts: string;
}

/** A capital's part of the pack. */
export interface PackCapital {
  capital: CapitalId;
  name: string;
  /** The team's name as the teacher typed it, if any. */
  team?: string;
  controller?: Controller;
  roleBrief: string;
  objectives: PackObjective[];
  /** The endings that add to or take from this capital's score. */
  endings: { title: string; bonus: number }[];
  options: PackOption[];
}

/** The whole pack: the crisis, the round it is printed for, and the four capitals. */
export interface TeamPack {
  title: string;
  subtitle: string;
  briefing: string;
  round: number;
  date: string;
  lens: string;
  /** What the forecasts assume, in a sentence for the top of each section. */
  forecastNote: string;
  scoreRule: string;
  filed: { className?: string; date?: string };
  capitals: PackCapital[];
}

/** Who plays what, and the names the teacher gave; all optional (the setup may be unfinished). */
export interface PackPlayers {
  labels?: GameLabels | null;
  controllers?: Partial<Record<CapitalId, Controller>>;
}

/**
 * The pack for a game as it stands at the start of its current round (a new game: round 1).
 * Forecasts are those the cards show before any capital has decided this round, under the
 * game's lens; a card closed this round says why, as on screen.
 */
export function teamPack(scenario: Scenario, game: PublicGame, players: PackPlayers = {}) {
  const outcomes = scenario.outcomes.filter((o) => o.scores);
  const capitals = CAPITALS.map((capital): PackCapital => {
    const team = players.labels?.teams?.[capital];
    const controller = players.controllers?.[capital];
    return {
      capital,
      name: capitalName(capital),
      ...(team ? { team } : {}),
      ...(controller ? { controller } : {}),
      roleBrief: scenario.capitals[capital].roleBrief,
      objectives: scenario.capitals[capital].objectives.map((o) => ({
        label: o.label,
        indicator: indicatorLabel(o.indicator),
        want: o.want,
        weight: o.weight,
        now: game.indicators[o.indicator],
        counts: t(o.want === 'high' ? 'debrief.pack.countsHigh' : 'debrief.pack.countsLow'),
      })),
      endings: outcomes.flatMap((o) => {
        const bonus = o.scores?.[capital] ?? 0;
        return bonus === 0 ? [] : [{ title: o.title, bonus }];
      }),
      options: optionsFor(scenario, game, capital).map(({ option, available, reason }, i) => ({
        key: i + 1,
        label: option.label,
        summary: option.summary,
        cost: option.cost,
        closed: available ? null : (reason ?? t('play.card.closedDefault')),
        forecast: available ? forecastLines(scenario, game, capital, option.id) : [],
      })),
    };
  });
  const lens = scenario.lenses.find((l) => l.id === game.lens)?.title ?? game.lens;
  return {
    title: scenario.title,
    subtitle: scenario.subtitle,
    briefing: scenario.briefing,
    round: game.round,
    date: dateLabel(roundDate(scenario, game.round)),
    lens,
    forecastNote: t('debrief.pack.forecastNote', { round: game.round, lens }),
    scoreRule: scoreRule(),
    filed: {
      ...(players.labels?.className ? { className: players.labels.className } : {}),
      ...(players.labels?.date ? { date: dateLabel(players.labels.date) } : {}),
    },
    capitals,
  } satisfies TeamPack;
}

/** The pack for a game not yet started: round 1 under the lens chosen at setup. */
export function startingPack(scenario: Scenario, lens: string, players: PackPlayers = {}) {
  const known = scenario.lenses.some((l) => l.id === lens) ? lens : undefined;
  return teamPack(scenario, createGame(scenario, 0, known), players);
}

/** A forecast line as the card writes it: "▲ Regional tension +2 to +4 (30% chance)". */
export function forecastText(f: ForecastLine): string {
  const arrow = f.direction === 'up' ? '▲' : f.direction === 'down' ? '▼' : '◆';
  const line = `${arrow} ${f.indicator} ${f.text}`;
  const chance = f.chance ? t('debrief.pack.chance', { chance: f.chance }) : '';
  const assumption = f.assumption ? t('debrief.pack.assumptionTag') : '';
  return `${line}${chance}${assumption}`;
}
