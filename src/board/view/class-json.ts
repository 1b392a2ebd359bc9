// The class debrief as plain JSON: the comparison's ids and numbers with the reader's words
// beside them, the one object the Markdown, the printed page and the screen are written from.
import { NOT_IN_RECORD } from '../../history/launch-comparison';
import { recordByRound } from '../../history/launch-record';
import { RECORD_EVENTS, recordCredit } from '../../history/record-data';
import type { DisplayLocale } from '../../i18n/locales';
import { currentLocale } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import { CAPITALS, type CapitalId, type IndicatorId } from '../../model/ids';
import type { GameLabels } from '../../model/labels';
import { totalLaunches } from '../../model/launches';
import type { Scenario } from '../../model/schema';
import type { Controller, TurnOrder } from '../../model/state';
import type { ClassComparison } from './class-compare';
import {
  changeText,
  eventsText,
  launchesText,
  optionText,
  roomEnding,
  roomLabels,
  roomName,
} from './class-words';
import { scoreRule, scoreWorkings, workingLine } from './debrief-words';

/** Format stamp of an exported class debrief. */
export const CLASS_DEBRIEF_FORMAT = 'overflight-class-debrief';
/** Version of the exported shape; bump it whenever a field changes meaning or goes away. */
export const CLASS_DEBRIEF_VERSION = 1;

/** One room as exported: who it is, how its game was set up and ended, its scores. */
export interface ClassExportRoom {
  room: number;
  /** "Room 2" or "Room 2: Group B". */
  title: string;
  name: string | null;
  labels: GameLabels | null;
  /** Class, date and team names as one line. */
  filed: string;
  seed: number;
  lens: { id: string; title: string };
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  roundsPlayed: number;
  outcome: { id: string; round: number; endedBy: 'facilitator' | 'game' } | null;
  ending: string;
  /** Each capital's score and how it is worked out (none while the game has not ended). */
  scores: { capital: CapitalId; name: string; score: number; working: string }[];
}

/** One round and capital: what each room chose, and whether they differ. */
export interface ClassExportDecision {
  capital: CapitalId;
  name: string;
  differs: boolean;
  /** Per room: the option's id (null: not played) and label. */
  choices: { room: number; option: string | null; label: string }[];
}

/** One round of the class: the decisions, and what followed in each room. */
export interface ClassExportRound {
  round: number;
  decisions: ClassExportDecision[];
  followed: {
    room: number;
    played: boolean;
    launches: string;
    events: string;
    changes: { indicator: IndicatorId; change: number; text: string }[];
  }[];
}

/**
 * The class debrief as plain JSON (format `overflight-class-debrief`, version 1). Field names
 * and ids are English; the texts are in `language`, the page's at export.
 */
export interface ClassDebriefExport {
  format: typeof CLASS_DEBRIEF_FORMAT;
  version: typeof CLASS_DEBRIEF_VERSION;
  /** The language the texts are written in (BCP 47: `en`, `ja`, `ko`). */
  language: DisplayLocale;
  scenario: { id: string; title: string; subtitle: string; rounds: number };
  rooms: ClassExportRoom[];
  scoreRule: string;
  /** The first round in which the rooms chose differently (null: never). */
  firstDivergence: number | null;
  rounds: ClassExportRound[];
  /** Every indicator's path per room: index 0 the start, null after a room's game ended. */
  indicators: {
    id: IndicatorId;
    label: string;
    rooms: { room: number; values: (number | null)[] }[];
  }[];
  /** Launch events per round in each room beside the real record's for the same dates. */
  launchRecord: ClassLaunches;
}

/** Launch events per round, every kind together: each room's and the real record's. */
export interface ClassLaunches {
  /** The rounds shown (as many as the longest game), with their dates. */
  rounds: { round: number; from: string; to: string }[];
  /** Per room, per round: its launch events, cruise missiles left out (null: game over). */
  rooms: (number | null)[][];
  /** The record's launch events in the same windows (the briefing's launch not counted). */
  record: number[];
  credit: string;
}

/** Each room's launch events per round beside the real record's for the same dates. */
export function classLaunches(scenario: Scenario, c: ClassComparison): ClassLaunches {
  const record = recordByRound(scenario, RECORD_EVENTS).slice(0, Math.max(1, c.rounds));
  return {
    rounds: record.map((r) => ({ round: r.round, from: r.from, to: r.to })),
    rooms: c.rooms.map((room) =>
      record.map((_, i) => {
        const played = room.game.history[i];
        // The record leaves out cruise missiles, so they are left out here too.
        return played
          ? played.launches.filter((l) => !NOT_IN_RECORD.includes(l.kind)).length
          : null;
      }),
    ),
    record: record.map((r) => totalLaunches(r.counts)),
    credit: recordCredit(),
  };
}

/** The class debrief of compared rooms as a documented, versioned JSON object. */
export function classDebriefJson(scenario: Scenario, c: ClassComparison): ClassDebriefExport {
  const rooms = c.rooms.map((r): ClassExportRoom => {
    const outcome = r.game.outcome;
    const workings = scoreWorkings(scenario, r.game);
    return {
      room: r.room,
      title: roomName(r),
      name: r.name,
      labels: r.labels,
      filed: roomLabels(r),
      seed: r.game.seed,
      lens: { id: r.lens, title: scenario.lenses.find((l) => l.id === r.lens)?.title ?? r.lens },
      turnOrder: r.turnOrder,
      controllers: { ...r.controllers },
      roundsPlayed: r.game.history.length,
      outcome: outcome
        ? {
            id: outcome.outcomeId,
            round: outcome.round,
            endedBy: outcome.endedEarly ? 'facilitator' : 'game',
          }
        : null,
      ending: roomEnding(scenario, r),
      scores: outcome
        ? CAPITALS.map((capital, i) => ({
            capital,
            name: capitalName(capital),
            score: outcome.scores[capital],
            working: workings[i] ? workingLine(workings[i]) : '',
          }))
        : [],
    };
  });
  return {
    format: CLASS_DEBRIEF_FORMAT,
    version: CLASS_DEBRIEF_VERSION,
    language: currentLocale(),
    scenario: {
      id: scenario.id,
      title: scenario.title,
      subtitle: scenario.subtitle,
      rounds: scenario.rounds,
    },
    rooms,
    scoreRule: scoreRule(),
    firstDivergence: c.firstDivergence,
    rounds: c.byRound.map((r) => ({
      round: r.round,
      decisions: r.decisions.map((d) => ({
        capital: d.capital,
        name: capitalName(d.capital),
        differs: d.differs,
        choices: d.options.map((option, i) => ({
          room: i + 1,
          option,
          label: optionText(scenario, option),
        })),
      })),
      followed: r.results.map((result, i) => ({
        room: i + 1,
        played: result.played,
        launches: launchesText(result),
        events: eventsText(scenario, result),
        changes: result.changes.map((ch) => ({
          indicator: ch.indicator,
          change: ch.delta,
          text: changeText(ch),
        })),
      })),
    })),
    indicators: c.paths.map((p) => ({
      id: p.indicator,
      label: indicatorLabel(p.indicator),
      rooms: p.values.map((values, i) => ({ room: i + 1, values })),
    })),
    launchRecord: classLaunches(scenario, c),
  };
}
