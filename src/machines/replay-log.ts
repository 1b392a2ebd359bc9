import { type Actor, createActor } from 'xstate';
import { type GameRecord, type ReplayError, recordOf, replayChecked } from '../model/record';
import type { Scenario } from '../model/schema';
import type { Refusal } from '../protocol/refusals';
import type { GameSetup } from './game-events';
import { createGameMachine, type GameMachine } from './game-machine';

/** Why a record's log does not replay. */
export type LogReplayError =
  | { code: 'wrong-scenario'; scenarioId: string }
  | { code: 'no-log' }
  | { code: 'unknown-lens'; lens: string }
  | { code: 'base-rounds'; error: ReplayError }
  | { code: 'intent-refused'; index: number; intent: string; refusal: Refusal }
  | { code: 'summary-disagrees' };

/** The game setup a record describes. */
export function setupOf(record: GameRecord): GameSetup {
  return {
    seed: record.seed,
    lens: record.lens,
    turnOrder: record.turnOrder,
    controllers: record.controllers,
    ...(record.guided ? { guided: true } : {}),
    ...(record.labels ? { labels: record.labels } : {}),
  };
}

/**
 * Replay a record's log through the game machine: every intent goes through the same checks as
 * in play, so a record holding one the game would refuse is refused itself. The record's round
 * summary must be exactly what the log's replay produced. Returns the running actor.
 */
export function replayLog(
  scenario: Scenario,
  record: GameRecord,
): { ok: true; actor: Actor<GameMachine> } | { ok: false; error: LogReplayError } {
  if (record.scenarioId !== scenario.id)
    return { ok: false, error: { code: 'wrong-scenario', scenarioId: record.scenarioId } };
  if (!record.log) return { ok: false, error: { code: 'no-log' } };
  // The game could not even be set up under a lens the scenario does not have.
  if (!scenario.lenses.some((l) => l.id === record.lens))
    return { ok: false, error: { code: 'unknown-lens', lens: record.lens } };
  const input: GameSetup = setupOf(record);
  if (record.logFrom) {
    // The rounds before the log, replayed by the model with its legality checks.
    const base = { ...record, endedAfter: undefined, lensAfter: undefined };
    const replayed = replayChecked(scenario, base, record.logFrom);
    if (!replayed.ok) return { ok: false, error: { code: 'base-rounds', error: replayed.error } };
    input.game = replayed.game;
  }
  const actor = createActor(createGameMachine(scenario), { input }).start();
  let refusal: Refusal | null = null;
  const listening = actor.on('refused', (event) => {
    refusal = event.refusal;
  });
  for (const [index, intent] of record.log.entries()) {
    refusal = null;
    actor.send(intent);
    if (refusal) {
      listening.unsubscribe();
      actor.stop();
      return { ok: false, error: { code: 'intent-refused', index, intent: intent.type, refusal } };
    }
  }
  listening.unsubscribe();
  const { context } = actor.getSnapshot();
  const replayed = recordOf(context.game, context, context.startLens);
  const summary = (r: GameRecord) =>
    JSON.stringify([r.rounds, r.lensAfter ?? null, r.endedAfter ?? null]);
  if (summary(replayed) !== summary(record)) {
    actor.stop();
    return { ok: false, error: { code: 'summary-disagrees' } };
  }
  return { ok: true, actor };
}
