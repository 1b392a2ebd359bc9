import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel, indicatorMeaning, indicatorShort } from '../../i18n/names';
import { type ForecastItem, forecastOption } from '../../model/forecast';
import { CAPITALS, type CapitalId, INDICATORS, type IndicatorId } from '../../model/ids';
import { optionsFor } from '../../model/options';
import type { Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import type { SeatView } from '../../protocol/view';
import { teamReason } from './hotseat';
import { launchCauseLabel, launchLabel } from './reveal-plan';

/** An indicator gauge: its value and how much it moved in the last round. */
export interface GaugeView {
  id: IndicatorId;
  label: string;
  /** The label in a word or two, where the gauges are laid out in a narrow band. */
  short: string;
  meaning: string;
  value: number;
  delta: number;
}

/** Gauges for every indicator; deltas are the last resolved round's net change. */
export function gauges(scenario: Scenario, game: PublicGame): GaugeView[] {
  const last = game.history.at(-1);
  const before = game.history.at(-2)?.indicators;
  return INDICATORS.map((id) => {
    const start = before ? before[id] : scenario.indicators[id].value;
    return {
      id,
      label: indicatorLabel(id),
      short: indicatorShort(id),
      meaning: indicatorMeaning(id),
      value: game.indicators[id],
      delta: last ? game.indicators[id] - start : 0,
    };
  });
}

/** A capital's panel: who plays it and where its turn stands. */
export interface CapitalPanelView {
  id: CapitalId;
  name: string;
  controller: string;
  status: 'waiting' | 'deciding' | 'committed';
  statusText: string;
}

/** The four capitals' panels. Nothing here reveals a choice before the reveal. */
export function capitalPanels(view: SeatView): CapitalPanelView[] {
  return CAPITALS.map((id) => {
    const status =
      view.capitals[id] === 'waiting' || view.capitals[id] === 'deciding'
        ? view.capitals[id]
        : 'committed';
    const statusText =
      status === 'committed'
        ? t('play.capital.locked')
        : status === 'deciding'
          ? t('play.capital.deciding')
          : t('play.capital.waiting');
    return {
      id,
      name: capitalName(id),
      controller: view.controllers[id] === 'ai' ? t('play.capital.ai') : t('play.capital.human'),
      status,
      statusText,
    };
  });
}

/** One line of the event feed; `ref` says what its "why?" opens. */
export interface FeedItem {
  key: string;
  round: number;
  date: string;
  text: string;
  /** A human team's one-line reason for a decision, as it typed it. */
  reason?: string;
  ref:
    | { kind: 'event'; round: number; eventId: string }
    | { kind: 'decision'; round: number; capital: CapitalId }
    | { kind: 'launch'; round: number; index: number };
}

/**
 * Everything that has happened, newest first: each round's decisions (with a team's reason), its launches (each with
 * its cause), then its events.
 */
export function feed(scenario: Scenario, game: PublicGame): FeedItem[] {
  const items: FeedItem[] = [];
  for (const record of game.history) {
    for (const capital of CAPITALS) {
      const decision = record.decisions[capital];
      const option = scenario.optionIndex[decision.optionId];
      const reason = teamReason(decision);
      items.push({
        key: `${record.round}:${capital}`,
        round: record.round,
        date: record.date,
        text: t('play.feed.decision', {
          capital: capitalName(capital),
          option: option?.label ?? decision.optionId,
        }),
        ...(reason ? { reason } : {}),
        ref: { kind: 'decision', round: record.round, capital },
      });
    }
    record.launches.forEach((launch, index) => {
      items.push({
        key: `${record.round}:launch:${index}`,
        round: record.round,
        date: record.date,
        text: t('play.feed.launch', {
          launch: launchLabel(launch),
          cause: launchCauseLabel(scenario, launch.cause),
        }),
        ref: { kind: 'launch', round: record.round, index },
      });
    });
    for (const eventId of record.events) {
      const card = scenario.events.find((e) => e.id === eventId);
      items.push({
        key: `${record.round}:${eventId}`,
        round: record.round,
        date: record.date,
        text: t('play.feed.event', { title: card?.title ?? eventId, text: card?.text ?? '' }),
        ref: { kind: 'event', round: record.round, eventId },
      });
    }
  }
  return items.reverse();
}

/** An expected change on a card, in words. */
export interface ForecastLine {
  indicator: string;
  /** The indicator in two or three words, for the compact card. */
  short: string;
  text: string;
  direction: 'up' | 'down' | 'mixed';
  chance?: string;
  assumption: boolean;
}

/** An indicator's expected change, all of an option's effects and rules on it added up. */
export interface NetEffect {
  indicator: string;
  short: string;
  /** "+2…+5": from every effect at its least to every effect at its most (a chance may not come). */
  text: string;
  direction: 'up' | 'down' | 'mixed';
  /** Whether any part of it rests on a designer assumption rather than a source. */
  assumption: boolean;
}

/** Which way a change from `min` to `max` goes: up, down, or either. */
const direction = (min: number, max: number): ForecastLine['direction'] =>
  min >= 0 && max >= 0 ? 'up' : min <= 0 && max <= 0 ? 'down' : 'mixed';

/** The forecast per indicator, for a compact card (the Details keep every line apart). */
export function netEffects(items: ForecastItem[]): NetEffect[] {
  const byIndicator = new Map<IndicatorId, { min: number; max: number; assumption: boolean }>();
  for (const item of items) {
    const sure = item.probability === undefined;
    const min = sure ? item.min : Math.min(0, item.min);
    const max = sure ? item.max : Math.max(0, item.max);
    const assumption = Boolean(item.assumption) && item.claims.length === 0;
    const net = byIndicator.get(item.indicator);
    if (net) {
      net.min += min;
      net.max += max;
      net.assumption ||= assumption;
    } else byIndicator.set(item.indicator, { min, max, assumption });
  }
  return [...byIndicator].map(([id, { min, max, assumption }]) => ({
    indicator: indicatorLabel(id),
    short: indicatorShort(id),
    text: min === max ? signed(min) : `${signed(min)}…${signed(max)}`,
    direction: direction(min, max),
    assumption,
  }));
}

/** An option as a card: what it is, its cost, its expected effects, and whether it is open. */
export interface CardView {
  optionId: string;
  label: string;
  summary: string;
  cost: string;
  available: boolean;
  reason?: string;
  selected: boolean;
  forecast: ForecastLine[];
  /** The forecast added up per indicator. */
  net: NetEffect[];
  claims: string[];
  assumption?: string;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/**
 * An option's expected effects this round as a card shows them: the model's forecast from the
 * game and the decisions the capital can already see, each range and chance in words.
 */
export function forecastLines(
  scenario: Scenario,
  game: PublicGame,
  capital: CapitalId,
  optionId: string,
  visible: SeatView['visible'] = {},
): ForecastLine[] {
  return forecastOption(scenario, game, capital, optionId, visible).map(forecastLine);
}

/** One forecast item in words. */
function forecastLine(item: ForecastItem): ForecastLine {
  const text =
    item.min === item.max
      ? signed(item.min)
      : t('play.forecast.range', { min: signed(item.min), max: signed(item.max) });
  const line: ForecastLine = {
    indicator: indicatorLabel(item.indicator),
    short: indicatorShort(item.indicator),
    text,
    direction: direction(item.min, item.max),
    assumption: Boolean(item.assumption) && item.claims.length === 0,
  };
  if (item.probability !== undefined)
    line.chance = t('play.forecast.chance', { percent: Math.round(item.probability * 100) });
  return line;
}

/**
 * The cards a team sees on its turn, from its own view: forecasts computed by the model from
 * what that team may see (the decisions already locked this round), never from another's.
 */
export function cards(scenario: Scenario, view: SeatView): CardView[] {
  const capital = view.own?.capital;
  if (!capital) return [];
  return optionsFor(scenario, view.game, capital).map(({ option, available, reason }) => {
    const items = forecastOption(scenario, view.game, capital, option.id, view.visible);
    const forecast = items.map(forecastLine);
    const card: CardView = {
      optionId: option.id,
      label: option.label,
      summary: option.summary,
      cost: option.cost,
      available,
      selected: view.own?.selection?.optionId === option.id,
      forecast,
      net: netEffects(items),
      claims: option.claims,
    };
    // A closed option says why; without a reason of its own, in the board's words.
    if (!available) card.reason = reason ?? t('play.card.closedDefault');
    if (option.assumption) card.assumption = option.assumption;
    return card;
  });
}
