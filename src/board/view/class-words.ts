// The class debrief's words, written once for the screen and both exports: the rooms' names,
// why rooms cannot be compared, each room's ending, and what followed a round.
import { LINE_STYLES, type LineStyle } from '../../dom/chart-style';
import { indicatorLabel } from '../../i18n/names';
import type { Scenario } from '../../model/schema';
import type { ClassRefusal, ComparedRoom, IndicatorChange, RoomRoundResult } from './class-compare';
import { endingOf, filedUnder, teamNames } from './debrief-words';
import { openRecordText } from './refusal-text';
import { launchLabel } from './reveal-plan';

/** A room as its column head names it: "Room 2" or "Room 2: Group B". */
export function roomName(room: Pick<ComparedRoom, 'room' | 'name'>): string {
  return room.name ? `Room ${room.room}: ${room.name}` : `Room ${room.room}`;
}

/** Each room's line style in every chart: the first eight colour-and-dash pairs, one per room. */
export function roomStyle(index: number): LineStyle {
  return LINE_STYLES[index % LINE_STYLES.length] as LineStyle;
}

const which = (room: number, name: string | null) =>
  name ? `Room ${room} (${name})` : `Room ${room}`;

/** Why rooms cannot be compared, in plain words, naming the room at fault. */
export function classRefusalText(refusal: ClassRefusal): string {
  switch (refusal.code) {
    case 'too-few':
      return `Choose at least 2 games to compare (${refusal.count} chosen).`;
    case 'too-many':
      return `A class debrief compares at most 8 games (${refusal.count} chosen).`;
    case 'unknown-scenario':
      return `${which(refusal.room, refusal.name)} is a game of a scenario this version does not have (${refusal.scenarioId}).`;
    case 'mixed-scenarios':
      return `${which(refusal.room, refusal.name)} is a game of another scenario (${refusal.scenarioId}, not ${refusal.expected}): every room must play the same one.`;
    case 'does-not-replay':
      return `${which(refusal.room, refusal.name)} cannot be compared. ${openRecordText(refusal.error)}`;
  }
}

/** A room's class, date and team names as one line ('' when it has none). */
export function roomLabels(room: ComparedRoom): string {
  return [filedUnder(room.labels), teamNames(room.labels).join('; ')].filter(Boolean).join(' · ');
}

/** How a room's game ended, briefly: the ending's title, or that it has not ended. */
export function roomEnding(scenario: Scenario, room: ComparedRoom): string {
  const ending = endingOf(scenario, room.game);
  if (!ending) return `Not ended: ${room.game.history.length} of ${scenario.rounds} rounds played`;
  return ending.byFacilitator ? ending.line : `${ending.title} (${ending.line.toLowerCase()})`;
}

/** An option's label ("— (game over)" for a round the room did not play). */
export function optionText(scenario: Scenario, optionId: string | null): string {
  return optionId === null ? '— (game over)' : (scenario.optionIndex[optionId]?.label ?? optionId);
}

/** One change: "Regional tension +12" or "Diplomatic channel −5". */
export function changeText(change: IndicatorChange): string {
  const sign = change.delta > 0 ? '+' : '−';
  return `${indicatorLabel(change.indicator)} ${sign}${Math.abs(change.delta)}`;
}

/** A round's launches in one room, in words ("none" when there were none). */
export function launchesText(result: RoomRoundResult): string {
  if (!result.played) return '—';
  return result.launches.map(launchLabel).join('; ') || 'none';
}

/** A round's largest indicator changes in one room ("no change" when nothing moved). */
export function changesText(result: RoomRoundResult): string {
  if (!result.played) return '—';
  return result.changes.map(changeText).join(', ') || 'no change';
}

/** The events a round drew in one room, by title ("none"). */
export function eventsText(scenario: Scenario, result: RoomRoundResult): string {
  if (!result.played) return '—';
  const title = (id: string) => scenario.events.find((e) => e.id === id)?.title ?? id;
  return result.events.map(title).join('; ') || 'none';
}

/** The heading line of the divergences: where the rooms first chose differently. */
export function firstDivergenceText(first: number | null): string {
  return first === null
    ? 'Every room made the same decisions in every round.'
    : `The rooms first chose differently in round ${first}. Rows where they differ are marked ≠; “game over” marks a room whose game had already ended.`;
}
