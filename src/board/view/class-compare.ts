// The class debrief's comparison: several rooms' games of one scenario, side by side. Computed
// from the records alone (each replayed through openRecord, the same path a save or a file
// takes) and kept in ids and numbers: the screen and the exports add the words.
import type { Clock, LocalGame } from '../../client/local-game';
import { type OpenRecordError, openRecord } from '../../client/open-record';
import { CAPITALS, type CapitalId, INDICATORS, type IndicatorId } from '../../model/ids';
import type { GameLabels } from '../../model/labels';
import type { Launch } from '../../model/launches';
import type { GameRecord } from '../../model/record';
import type { Scenario } from '../../model/schema';
import type { Controller, GameState, TurnOrder } from '../../model/state';
import type { FacilitatorSecrets } from '../../protocol/view';

/** Fewest rooms a class debrief compares. */
export const MIN_ROOMS = 2;
/** Most rooms a class debrief compares (one teacher's console runs up to eight). */
export const MAX_ROOMS = 8;
/** How many of a round's indicator changes are kept per room: the largest. */
export const KEY_CHANGES = 3;

/** One room to compare: its game's record and, if the caller has one, the room's name. */
export interface RoomInput {
  record: GameRecord;
  name?: string;
}

/** Why rooms cannot be compared; `room` counts from 1 in the order given. */
export type ClassRefusal =
  | { code: 'too-few'; count: number }
  | { code: 'too-many'; count: number }
  | { code: 'unknown-scenario'; room: number; name: string | null; scenarioId: string }
  | {
      code: 'mixed-scenarios';
      room: number;
      name: string | null;
      scenarioId: string;
      expected: string;
    }
  | { code: 'does-not-replay'; room: number; name: string | null; error: OpenRecordError };

/** One room's game, replayed. */
export interface ComparedRoom {
  /** 1-based, in the order given. */
  room: number;
  name: string | null;
  labels: GameLabels | null;
  turnOrder: TurnOrder;
  controllers: Record<CapitalId, Controller>;
  /** The lens the game started under. */
  lens: string;
  /** The whole game as its record replays (ended or not). */
  game: GameState;
}

/** One round and capital: the option each room chose (null: the room did not play that round). */
export interface DecisionRow {
  round: number;
  capital: CapitalId;
  /** Per room, in room order. */
  options: (string | null)[];
  /** Whether the rooms that played the round chose differently (rooms that did not are left out). */
  differs: boolean;
}

/** One indicator's change in one room's round. */
export interface IndicatorChange {
  indicator: IndicatorId;
  delta: number;
}

/** What followed a round in one room: its launches and its largest indicator changes. */
export interface RoomRoundResult {
  played: boolean;
  launches: Launch[];
  events: string[];
  /** The KEY_CHANGES largest changes, largest first (none that are zero). */
  changes: IndicatorChange[];
}

/** A round of the class: every capital's row, and what followed in each room. */
export interface ComparedRound {
  round: number;
  decisions: DecisionRow[];
  /** Per room, in room order. */
  results: RoomRoundResult[];
}

/** One indicator's path in every room: the start, then each round (null after a room ended). */
export interface IndicatorPaths {
  indicator: IndicatorId;
  /** Per room, in room order; index 0 is the start. */
  values: (number | null)[][];
}

/** The whole comparison, language-neutral. */
export interface ClassComparison {
  scenarioId: string;
  rooms: ComparedRoom[];
  /** The most rounds any room played. */
  rounds: number;
  byRound: ComparedRound[];
  /** The first round in which any capital's decision differs between rooms (null: none). */
  firstDivergence: number | null;
  paths: IndicatorPaths[];
}

/** A comparison, or why the rooms cannot be compared. */
export type ClassCompared =
  | { ok: true; comparison: ClassComparison }
  | { ok: false; refusal: ClassRefusal };

// Replaying needs no clock: a finished (or paused) game's timer is never set off here.
const NO_TIMERS: Clock = { now: () => Date.now(), setTimeout: () => null, clearTimeout: () => {} };

/** The game a replayed room holds, seed included, whether or not it has ended. */
function gameOf(host: LocalGame): GameState {
  const view = host.view('facilitator');
  if (view.ended) return view.ended;
  // The facilitator's view always carries the seed and the random state.
  const secrets = view.secrets as FacilitatorSecrets;
  return { ...view.game, seed: secrets.seed, rng: secrets.rng };
}

/** Replay one room; the host is stopped at once (a comparison keeps only the game). */
function replayRoom(
  scenario: Scenario,
  input: RoomInput,
  room: number,
): { ok: true; room: ComparedRoom } | { ok: false; refusal: ClassRefusal } {
  const name = input.name ?? null;
  const opened = openRecord(scenario, input.record, NO_TIMERS);
  if (!opened.ok)
    return { ok: false, refusal: { code: 'does-not-replay', room, name, error: opened.error } };
  const game = gameOf(opened.game);
  opened.game.stop();
  const { record } = input;
  return {
    ok: true,
    room: {
      room,
      name,
      labels: record.labels ?? null,
      turnOrder: record.turnOrder,
      controllers: { ...record.controllers },
      lens: record.lens,
      game,
    },
  };
}

function changesOf(before: Record<IndicatorId, number>, after: Record<IndicatorId, number>) {
  return INDICATORS.map((indicator) => ({
    indicator,
    delta: Math.round((after[indicator] - before[indicator]) * 10) / 10,
  }))
    .filter((c) => c.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, KEY_CHANGES);
}

function roundOf(scenario: Scenario, rooms: ComparedRoom[], round: number): ComparedRound {
  const decisions = CAPITALS.map((capital): DecisionRow => {
    const options = rooms.map(
      (r) => r.game.history[round - 1]?.decisions[capital].optionId ?? null,
    );
    // A room whose game had already ended does not differ by that: only choices made count.
    const made = options.filter((o) => o !== null);
    return { round, capital, options, differs: new Set(made).size > 1 };
  });
  const results = rooms.map((r): RoomRoundResult => {
    const played = r.game.history[round - 1];
    if (!played) return { played: false, launches: [], events: [], changes: [] };
    const before = r.game.history[round - 2]?.indicators ?? startOf(scenario);
    return {
      played: true,
      launches: played.launches,
      events: played.events,
      changes: changesOf(before, played.indicators),
    };
  });
  return { round, decisions, results };
}

function startOf(scenario: Scenario): Record<IndicatorId, number> {
  return Object.fromEntries(INDICATORS.map((id) => [id, scenario.indicators[id].value])) as Record<
    IndicatorId,
    number
  >;
}

/**
 * Compare 2–8 rooms' games of one scenario: each record is replayed (a record that does not
 * replay, or is for another scenario than the first room's, is refused, naming the room); then
 * per round and capital the option each room chose, what followed in each room, and every
 * indicator's path per room.
 */
export function compareRooms(scenarios: readonly Scenario[], inputs: RoomInput[]): ClassCompared {
  if (inputs.length < MIN_ROOMS)
    return { ok: false, refusal: { code: 'too-few', count: inputs.length } };
  if (inputs.length > MAX_ROOMS)
    return { ok: false, refusal: { code: 'too-many', count: inputs.length } };
  const expected = inputs[0]?.record.scenarioId ?? '';
  const rooms: ComparedRoom[] = [];
  for (const [i, input] of inputs.entries()) {
    const room = i + 1;
    const name = input.name ?? null;
    const { scenarioId } = input.record;
    if (scenarioId !== expected)
      return { ok: false, refusal: { code: 'mixed-scenarios', room, name, scenarioId, expected } };
    const scenario = scenarios.find((s) => s.id === scenarioId);
    if (!scenario)
      return { ok: false, refusal: { code: 'unknown-scenario', room, name, scenarioId } };
    const replayed = replayRoom(scenario, input, room);
    if (!replayed.ok) return replayed;
    rooms.push(replayed.room);
  }
  const scenario = scenarios.find((s) => s.id === expected) as Scenario;
  const rounds = Math.max(...rooms.map((r) => r.game.history.length));
  const byRound = Array.from({ length: rounds }, (_, i) => roundOf(scenario, rooms, i + 1));
  const start = startOf(scenario);
  const paths = INDICATORS.map((indicator) => ({
    indicator,
    values: rooms.map((r) =>
      Array.from({ length: rounds + 1 }, (_, i) =>
        i === 0 ? start[indicator] : (r.game.history[i - 1]?.indicators[indicator] ?? null),
      ),
    ),
  }));
  const firstDivergence = byRound.find((r) => r.decisions.some((d) => d.differs))?.round ?? null;
  return {
    ok: true,
    comparison: { scenarioId: expected, rooms, rounds, byRound, firstDivergence, paths },
  };
}
