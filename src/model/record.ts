import { z } from 'zod/mini';
import { LoggedIntentSchema, MAX_ROUND } from '../protocol/intents';
import { endNow } from './end';
import { playRound } from './game';
import { CAPITALS, type CapitalId } from './ids';
import { GameLabelsSchema } from './labels';
import { lensOf } from './lens';
import { isOptionAvailable } from './options';
import { MAX_SEED } from './rng';
import type { Scenario } from './schema';
import { createGame, type Decisions, type GameState } from './state';

/**
 * Version of the game-record format. 2 added what a facilitator does after the last round:
 * `lensAfter` (a lens switch) and `endedAfter` (End now). 3 added `log`, every intent the game
 * accepted (facilitator ones included), `logFrom` and `guided`. Versions 1 and 2 are still read.
 */
export const RECORD_VERSION = 3;

// zod/mini: the same checks as the rest of the schemas, in a form a bundler can trim, so the
// board's first download does not carry all of Zod for this one small schema.
const DecisionSchema = z.strictObject({
  optionId: z.string(),
  by: z.enum(['human', 'ai']),
  rationale: z.optional(
    z.union([
      z.string().check(z.maxLength(280)),
      z.strictObject({
        considerations: z.array(z.string()),
        claims: z.array(z.string()),
        unpressed: z.optional(z.literal(true)),
        // Records saved before the rationale held only ids carry its English words.
        text: z.optional(z.string()),
      }),
    ]),
  ),
  policy: z.optional(z.literal(true)),
});

const ControllerSchema = z.enum(['human', 'ai']);

/** The most intents a record's log may hold (the game refuses intents beyond it). */
export const MAX_LOG_ENTRIES = 20_000;

/**
 * Everything needed to replay a game exactly: scenario, seed, starting lens, turn order, who
 * played each capital, per round the four decisions (with rationales), the events a
 * facilitator injected and the lens in force, then any lens switch after the last round and
 * whether a facilitator ended the game there. Plain JSON, small enough for a URL.
 */
export const GameRecordSchema = z
  .strictObject({
    format: z.literal('overflight-record'),
    version: z.union([z.literal(1), z.literal(2), z.literal(RECORD_VERSION)]),
    scenarioId: z.string(),
    seed: z.int().check(z.minimum(0), z.maximum(MAX_SEED)),
    lens: z.string(),
    turnOrder: z.enum(['sealed', 'sequential']),
    controllers: z.strictObject(
      Object.fromEntries(CAPITALS.map((c) => [c, ControllerSchema])) as Record<
        (typeof CAPITALS)[number],
        typeof ControllerSchema
      >,
    ),
    rounds: z.array(
      z.strictObject({
        decisions: z.strictObject(
          Object.fromEntries(CAPITALS.map((c) => [c, DecisionSchema])) as Record<
            (typeof CAPITALS)[number],
            typeof DecisionSchema
          >,
        ),
        injected: z._default(z.array(z.string()), []),
        lens: z.string(),
      }),
    ),
    /** The lens a facilitator switched to after the last round (in force for the next). */
    lensAfter: z.optional(z.string()),
    /** The round after which a facilitator ended the game (End now); it must be the last. */
    endedAfter: z.optional(
      z
        .int({ error: 'endedAfter must be a whole round number' })
        .check(z.positive({ error: 'endedAfter must be a round number of 1 or more' })),
    ),
    /** Whether the first round was guided (solo play). */
    guided: z.optional(z.literal(true)),
    /** Rounds replayed from `rounds` before `log` applies (a game continued from a record). */
    logFrom: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_ROUND))),
    /** Every intent the game accepted, in order: replayed through the game's own rules. */
    log: z.optional(z.array(LoggedIntentSchema).check(z.maxLength(MAX_LOG_ENTRIES))),
    /** What a teacher files the game under: class, date, team names (none changes play). */
    labels: z.optional(GameLabelsSchema),
  })
  .check(
    z.refine(
      (record) =>
        CAPITALS.every((c) => !record.labels?.teams?.[c] || record.controllers[c] === 'human'),
      { error: 'a team name is given for a capital the AI plays', path: ['labels', 'teams'] },
    ),
    z.refine(
      (record) => record.endedAfter === undefined || record.endedAfter === record.rounds.length,
      {
        error: (issue) => {
          const record = issue.input as { endedAfter?: number; rounds: unknown[] };
          return `endedAfter (${record.endedAfter}) must be the last round the record holds (${record.rounds.length})`;
        },
        path: ['endedAfter'],
      },
    ),
  );
/** A replayable game record. */
export type GameRecord = z.infer<typeof GameRecordSchema>;

/** The record of a game so far. */
export function recordOf(
  game: GameState,
  setup: { turnOrder: GameRecord['turnOrder']; controllers: GameRecord['controllers'] },
  startLens: string = game.history[0]?.lens ?? game.lens,
): GameRecord {
  return {
    format: 'overflight-record',
    version: RECORD_VERSION,
    scenarioId: game.scenarioId,
    seed: game.seed,
    lens: startLens,
    turnOrder: setup.turnOrder,
    controllers: setup.controllers,
    rounds: game.history.map((r) => ({
      decisions: r.decisions,
      injected: r.injected,
      lens: r.lens,
    })),
    ...(game.lens !== (game.history.at(-1)?.lens ?? startLens) ? { lensAfter: game.lens } : {}),
    ...(game.outcome?.endedEarly ? { endedAfter: game.outcome.round } : {}),
  };
}

/** A game under a different lens from now on (a facilitator's switch). */
export function switchLens(scenario: Scenario, game: GameState, lens: string): GameState {
  lensOf(scenario, lens);
  return { ...game, lens };
}

/**
 * Replay a record with the model: the same scenario, seed, decisions, injected events, lens
 * switches and early end give the same game, trace for trace. `rounds` limits how many rounds
 * are replayed (e.g. to branch from the start of an earlier round). Throws on a record the
 * game would not have played (see replayChecked for the typed refusal).
 */
export function replay(
  scenario: Scenario,
  record: GameRecord,
  rounds = record.rounds.length,
): GameState {
  const replayed = replayChecked(scenario, record, rounds);
  if (!replayed.ok) throw new Error(describeReplayError(replayed.error));
  return replayed.game;
}

/**
 * Why a record cannot be replayed: a code with what it refers to, for each side to word in its
 * own way. Rounds count from 1; a lens error's round is the round the lens was to be in force.
 */
export type ReplayError =
  | { code: 'wrong-scenario'; recordScenario: string; scenario: string }
  | { code: 'unknown-lens'; round: number; lens: string }
  | { code: 'option-not-available'; round: number; capital: CapitalId; optionId: string }
  | { code: 'unknown-event'; round: number; eventId: string }
  | { code: 'repeated-event'; round: number; eventId: string }
  | { code: 'continues-after-end'; round: number }
  | { code: 'cannot-end'; round: number }
  /** The model itself refused a round (a check above missed something): kept, not thrown. */
  | { code: 'model-refused'; round: number; detail: string };

/** A replayed game, or why the record cannot be one. */
export type Replayed = { ok: true; game: GameState } | { ok: false; error: ReplayError };

/**
 * Replay a record through the same legality checks the machines make: each decision must be
 * an option open to its capital in that round's state, each injected event and lens must be
 * the scenario's, and the game must not go on after it ended. Never throws.
 */
export function replayChecked(
  scenario: Scenario,
  record: GameRecord,
  rounds = record.rounds.length,
): Replayed {
  const refuse = (error: ReplayError): Replayed => ({ ok: false, error });
  if (record.scenarioId !== scenario.id)
    return refuse({
      code: 'wrong-scenario',
      recordScenario: record.scenarioId,
      scenario: scenario.id,
    });
  const knownLens = (id: string) => scenario.lenses.some((l) => l.id === id);
  if (!knownLens(record.lens)) return refuse({ code: 'unknown-lens', round: 1, lens: record.lens });
  let game = createGame(scenario, record.seed, record.lens);
  let round = 0;
  try {
    for (const played of record.rounds.slice(0, Math.max(0, rounds))) {
      round++;
      if (game.outcome) return refuse({ code: 'continues-after-end', round });
      if (played.lens !== game.lens) {
        if (!knownLens(played.lens))
          return refuse({ code: 'unknown-lens', round, lens: played.lens });
        game = switchLens(scenario, game, played.lens);
      }
      for (const capital of CAPITALS) {
        const { optionId } = played.decisions[capital];
        if (!isOptionAvailable(scenario, game, capital, optionId))
          return refuse({ code: 'option-not-available', round, capital, optionId });
      }
      const injected = new Set<string>();
      for (const eventId of played.injected) {
        if (!scenario.events.some((e) => e.id === eventId))
          return refuse({ code: 'unknown-event', round, eventId });
        // The facilitator's panel injects an event once a round; a record cannot say twice.
        if (injected.has(eventId)) return refuse({ code: 'repeated-event', round, eventId });
        injected.add(eventId);
      }
      game = playRound(scenario, game, played.decisions as Decisions, played.injected);
      if (game.history.length === record.endedAfter) {
        if (game.outcome) return refuse({ code: 'cannot-end', round });
        game = endNow(scenario, game);
        if (!game.outcome) return refuse({ code: 'cannot-end', round });
      }
    }
    if (record.lensAfter !== undefined && rounds >= record.rounds.length) {
      if (!knownLens(record.lensAfter))
        return refuse({ code: 'unknown-lens', round: round + 1, lens: record.lensAfter });
      game = switchLens(scenario, game, record.lensAfter);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse({ code: 'model-refused', round, detail });
  }
  return { ok: true, game };
}

/** A replay error in a developer's words (the board and the lab word it for players). */
export function describeReplayError(error: ReplayError): string {
  switch (error.code) {
    case 'wrong-scenario':
      return `record is for ${error.recordScenario}, not ${error.scenario}`;
    case 'unknown-lens':
      return `round ${error.round}: unknown lens "${error.lens}"`;
    case 'option-not-available':
      return `round ${error.round}: ${error.optionId} is not available to ${error.capital}`;
    case 'unknown-event':
      return `round ${error.round}: unknown event "${error.eventId}"`;
    case 'repeated-event':
      return `round ${error.round}: event "${error.eventId}" injected twice`;
    case 'continues-after-end':
      return `record continues in round ${error.round} after the game ended`;
    case 'cannot-end':
      return `the game cannot be ended after round ${error.round}`;
    case 'model-refused':
      return `round ${error.round}: ${error.detail}`;
  }
}
