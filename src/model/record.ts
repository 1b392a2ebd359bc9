import { z } from 'zod/mini';
import { endNow } from './end';
import { playRound } from './game';
import { CAPITALS } from './ids';
import { lensOf } from './lens';
import { MAX_SEED } from './rng';
import type { Scenario } from './schema';
import { createGame, type Decisions, type GameState } from './state';

/**
 * Version of the game-record format. 2 added what a facilitator does after the last round:
 * `lensAfter` (a lens switch) and `endedAfter` (End now). Version 1 records are still read.
 */
export const RECORD_VERSION = 2;

// zod/mini: the same checks as the rest of the schemas, in a form a bundler can trim, so the
// board's first download does not carry all of Zod for this one small schema.
const DecisionSchema = z.strictObject({
  optionId: z.string(),
  by: z.enum(['human', 'ai']),
  rationale: z.optional(
    z.union([
      z.string().check(z.maxLength(280)),
      z.strictObject({
        text: z.string(),
        claims: z.array(z.string()),
        considerations: z.array(z.string()),
      }),
    ]),
  ),
});

const ControllerSchema = z.enum(['human', 'ai']);

/**
 * Everything needed to replay a game exactly: scenario, seed, starting lens, turn order, who
 * played each capital, per round the four decisions (with rationales), the events a
 * facilitator injected and the lens in force, then any lens switch after the last round and
 * whether a facilitator ended the game there. Plain JSON, small enough for a URL.
 */
export const GameRecordSchema = z
  .strictObject({
    format: z.literal('overflight-record'),
    version: z.union([z.literal(1), z.literal(RECORD_VERSION)]),
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
  })
  .check(
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
 * are replayed (e.g. to branch from the start of an earlier round).
 */
export function replay(
  scenario: Scenario,
  record: GameRecord,
  rounds = record.rounds.length,
): GameState {
  if (record.scenarioId !== scenario.id)
    throw new Error(`record is for ${record.scenarioId}, not ${scenario.id}`);
  let game = createGame(scenario, record.seed, record.lens);
  for (const round of record.rounds.slice(0, rounds)) {
    if (game.outcome) throw new Error('record continues after the game ended');
    if (round.lens !== game.lens) game = switchLens(scenario, game, round.lens);
    game = playRound(scenario, game, round.decisions as Decisions, round.injected);
    if (game.history.length === record.endedAfter) {
      if (game.outcome)
        throw new Error(
          `record ends the game after round ${record.endedAfter}, but it had already ended`,
        );
      game = endNow(scenario, game);
      if (!game.outcome)
        throw new Error(`the scenario cannot be ended after round ${record.endedAfter}`);
    }
  }
  if (record.lensAfter !== undefined && rounds >= record.rounds.length)
    game = switchLens(scenario, game, record.lensAfter);
  return game;
}
