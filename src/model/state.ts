import type { CapitalId, IndicatorId, Indicators } from './ids';
import { INDICATORS } from './ids';
import type { Launch } from './launches';
import { DEFAULT_LENS, lensOf } from './lens';
import { Dice, type RngState } from './rng';
import type { Scenario } from './schema';

/** Version stamp of the game record; bump when its shape changes. */
export const GAME_RECORD_VERSION = 2;

/** Who plays a capital. */
export type Controller = 'human' | 'ai';

/** Sealed: all four decide, then reveal together. Sequential: Pyongyang acts, the others respond. */
export type TurnOrder = 'sealed' | 'sequential';

/**
 * Why an AI capital chose what it chose, as ids only, so a save, a record or a seat's view reads
 * the same in every language: a display puts the words together from the scenario's doctrine
 * (src/board/view/ai-reasons.ts).
 */
export interface Rationale {
  /** The doctrine's considerations that pushed for the choice, strongest first (at most two). */
  considerations: string[];
  /** The claims behind those considerations (the option's own when nothing pressed). */
  claims: string[];
  /** Set when nothing in the doctrine pressed this round: the choice rests on what the option does. */
  unpressed?: true;
  /** The English reasons games saved before the rationale held only ids; read, never written. */
  text?: string;
}

/** One capital's decision in one round. */
export interface Decision {
  optionId: string;
  by: Controller;
  /** The AI's reasons, or a human team's one-line rationale. */
  rationale?: Rationale | string;
  /** Set when a fixed policy (the lab's, the command line's) made the choice, not a team. */
  policy?: true;
}

/** Decisions of a round, by capital. */
export type Decisions = Record<CapitalId, Decision>;

/** What caused an indicator change. */
export type Cause =
  | { kind: 'decision'; capital: CapitalId; optionId: string }
  | { kind: 'rule'; ruleId: string }
  | { kind: 'event'; eventId: string };

/** One indicator change and everything behind it: the step of the trace a "why?" opens. */
export interface TraceEntry {
  indicator: IndicatorId;
  before: number;
  after: number;
  /** The delta asked for before clamping into 0–100. */
  delta: number;
  cause: Cause;
  claims: string[];
  /**
   * The designer assumption behind the change, if no source supports it: the key of its text in
   * the scenario (`rules.<id>.assumption`, `options.<id>.effects.2.assumption`), so the state
   * holds no words; a record from before keys holds the words themselves.
   */
  assumption?: string;
  /** How the game's lens scaled this change (absent when it acted as stated). */
  lensWeight?: number;
}

/** A probability roll the engine made, kept so a reader can see what chance decided. */
export interface Roll {
  of: string;
  probability: number;
  value: number;
  fired: boolean;
}

/** Everything that happened in one resolved round. */
export interface RoundRecord {
  round: number;
  date: string;
  decisions: Decisions;
  trace: TraceEntry[];
  /** North Korea's launch events this round (its chosen test, and any a rule added). */
  launches: Launch[];
  rolls: Roll[];
  events: string[];
  /** Event cards a facilitator injected this round (they fire without a roll). */
  injected: string[];
  /** The lens the round was resolved under (a facilitator may switch it between rounds). */
  lens: string;
  indicators: Indicators;
}

/** How a game ended. */
export interface OutcomeRecord {
  outcomeId: string;
  round: number;
  scores: Record<CapitalId, number>;
  /** Set when a facilitator ended the game early (End now) after `round`. */
  endedEarly?: true;
}

/** The whole state of a game: plain JSON, replayable from scenario, seed and decisions. */
export interface GameState {
  version: number;
  scenarioId: string;
  seed: number;
  lens: string;
  /** The round now being decided (1-based); after the end, the last round played. */
  round: number;
  indicators: Indicators;
  /** The world's random source; AI choices draw from sources derived from the seed. */
  rng: RngState;
  history: RoundRecord[];
  /** Events that have been drawn (ids), for once-only cards. */
  drawnEvents: string[];
  outcome: OutcomeRecord | null;
}

/**
 * A game as a seat may see it while it is played: everything but its seed and random state,
 * which would let a player work out the AI's picks and the dice before the reveal.
 */
export type PublicGame = Omit<GameState, 'seed' | 'rng'>;

/** Start a game of a scenario with a seed. */
export function createGame(scenario: Scenario, seed: number, lens = DEFAULT_LENS): GameState {
  lensOf(scenario, lens);
  const indicators = {} as Indicators;
  for (const id of INDICATORS) indicators[id] = scenario.indicators[id].value;
  return {
    version: GAME_RECORD_VERSION,
    scenarioId: scenario.id,
    seed,
    lens,
    round: 1,
    indicators,
    rng: Dice.fromSeed(seed).state(),
    history: [],
    drawnEvents: [],
    outcome: null,
  };
}

/**
 * A game state with some fields replaced. Every field is written out, in the order createGame
 * writes them: V8 builds an object literal of a known shape much faster than it copies a spread
 * (the model does this three times a round), and JSON keeps the same key order, so games stay
 * byte for byte what they were.
 */
export function withGame(game: GameState, change: Partial<GameState>): GameState {
  return {
    version: game.version,
    scenarioId: game.scenarioId,
    seed: game.seed,
    lens: change.lens ?? game.lens,
    round: change.round ?? game.round,
    indicators: change.indicators ?? game.indicators,
    rng: change.rng ?? game.rng,
    history: change.history ?? game.history,
    drawnEvents: change.drawnEvents ?? game.drawnEvents,
    outcome: change.outcome === undefined ? game.outcome : change.outcome,
  };
}

/** A round record with some fields replaced, written out as withGame does. */
export function withRecord(record: RoundRecord, change: Partial<RoundRecord>): RoundRecord {
  return {
    round: record.round,
    date: record.date,
    decisions: record.decisions,
    trace: change.trace ?? record.trace,
    launches: change.launches ?? record.launches,
    rolls: change.rolls ?? record.rolls,
    events: change.events ?? record.events,
    injected: change.injected ?? record.injected,
    lens: record.lens,
    indicators: change.indicators ?? record.indicators,
  };
}

const dates = new WeakMap<Scenario, string[]>();

/** In-game date (ISO) at the start of a round (remembered per scenario: it never changes). */
export function roundDate(scenario: Scenario, round: number): string {
  let list = dates.get(scenario);
  if (!list) {
    list = [];
    dates.set(scenario, list);
  }
  let date = list[round];
  if (date === undefined) {
    const start = new Date(`${scenario.startDate}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + (round - 1) * scenario.roundLengthDays);
    date = start.toISOString().slice(0, 10);
    list[round] = date;
  }
  return date;
}
