// The class debrief's words, written once for the screen and both exports: the rooms' names,
// why rooms cannot be compared, each room's ending, and what followed a round.
import { LINE_STYLES, type LineStyle } from '../../dom/chart-style';
import { t } from '../../i18n/messages';
import { indicatorLabel } from '../../i18n/names';
import type { Scenario } from '../../model/schema';
import { openRecordText } from '../save/open-record-text';
import {
  type ClassRefusal,
  type ComparedRoom,
  type IndicatorChange,
  MAX_ROOMS,
  MIN_ROOMS,
  type RoomRoundResult,
} from './class-compare';
import { commaList, endingOf, filedUnder, semicolonList, teamNames } from './debrief-words';
import { launchLabel } from './reveal-plan';

/** A room as its column head names it: "Room 2" or "Room 2: Group B". */
export function roomName(room: Pick<ComparedRoom, 'room' | 'name'>): string {
  return room.name
    ? t('debrief.class.roomNamed', { room: room.room, name: room.name })
    : t('debrief.class.room', { room: room.room });
}

/** Each room's line style in every chart: the first eight colour-and-dash pairs, one per room. */
export function roomStyle(index: number): LineStyle {
  return LINE_STYLES[index % LINE_STYLES.length] as LineStyle;
}

const which = (room: number, name: string | null) =>
  name ? t('debrief.class.roomInBrackets', { room, name }) : t('debrief.class.room', { room });

/** Why rooms cannot be compared, in plain words, naming the room at fault. */
export function classRefusalText(refusal: ClassRefusal): string {
  switch (refusal.code) {
    case 'too-few':
      return t('debrief.class.tooFew', { min: MIN_ROOMS, count: refusal.count });
    case 'too-many':
      return t('debrief.class.tooMany', { max: MAX_ROOMS, count: refusal.count });
    case 'unknown-scenario':
      return t('debrief.class.unknownScenario', {
        room: which(refusal.room, refusal.name),
        scenario: refusal.scenarioId,
      });
    case 'mixed-scenarios':
      return t('debrief.class.mixedScenarios', {
        room: which(refusal.room, refusal.name),
        scenario: refusal.scenarioId,
        expected: refusal.expected,
      });
    case 'does-not-replay':
      return t('debrief.class.doesNotReplay', {
        room: which(refusal.room, refusal.name),
        reason: openRecordText(refusal.error),
      });
  }
}

/** A room's settings in one line: "Dove · sealed turns · seed 7". */
export function classSettings(lens: string, order: 'sealed' | 'sequential', seed: number): string {
  return t('debrief.class.settings', { lens, order, seed: String(seed) });
}

/** A room's class, date and team names as one line ('' when it has none). */
export function roomLabels(room: ComparedRoom): string {
  return [filedUnder(room.labels), semicolonList(teamNames(room.labels))]
    .filter(Boolean)
    .join(' · ');
}

/** How a room's game ended, briefly: the ending's title, or that it has not ended. */
export function roomEnding(scenario: Scenario, room: ComparedRoom): string {
  const ending = endingOf(scenario, room.game);
  if (!ending)
    return t('debrief.class.notEnded', {
      played: room.game.history.length,
      rounds: scenario.rounds,
    });
  return ending.byFacilitator
    ? ending.line
    : t('debrief.class.endingWithLine', { title: ending.title, line: ending.inline });
}

/** An option's label ("— (game over)" for a round the room did not play). */
export function optionText(scenario: Scenario, optionId: string | null): string {
  return optionId === null
    ? t('debrief.class.gameOver')
    : (scenario.optionIndex[optionId]?.label ?? optionId);
}

/** One change: "Regional tension +12" or "Diplomatic channel −5". */
export function changeText(change: IndicatorChange): string {
  const sign = change.delta > 0 ? '+' : '−';
  return `${indicatorLabel(change.indicator)} ${sign}${Math.abs(change.delta)}`;
}

/** A round's launches in one room, in words ("none" when there were none). */
export function launchesText(result: RoomRoundResult): string {
  if (!result.played) return '—';
  return semicolonList(result.launches.map(launchLabel)) || t('debrief.words.none');
}

/** A round's largest indicator changes in one room ("no change" when nothing moved). */
export function changesText(result: RoomRoundResult): string {
  if (!result.played) return '—';
  return commaList(result.changes.map(changeText)) || t('debrief.class.noChange');
}

/** The events a round drew in one room, by title ("none"). */
export function eventsText(scenario: Scenario, result: RoomRoundResult): string {
  if (!result.played) return '—';
  const title = (id: string) => scenario.events.find((e) => e.id === id)?.title ?? id;
  return semicolonList(result.events.map(title)) || t('debrief.words.none');
}

/** The heading line of the divergences: where the rooms first chose differently. */
export function firstDivergenceText(first: number | null): string {
  return first === null
    ? t('debrief.class.neverDiverged')
    : t('debrief.class.firstDivergence', { round: first });
}
