import { type LogReplayError, setupOf } from '../machines/replay-log';
import { type GameRecord, type ReplayError, replayChecked } from '../model/record';
import type { Scenario } from '../model/schema';
import { type Clock, LocalGame } from './local-game';

/** Why a record cannot be opened as a game. */
export type OpenRecordError = LogReplayError | { code: 'rounds-do-not-replay'; error: ReplayError };

/**
 * Open a game from its record. A record with a log replays intent by intent through the game's
 * own rules, to the very state it was in (mid-round, paused, ended early, branched). A record
 * without one (an older version, or one the command line made) replays its rounds with the
 * model and goes on from the start of the next round.
 */
export function openRecord(
  scenario: Scenario,
  record: GameRecord,
  clock?: Clock,
): { ok: true; game: LocalGame } | { ok: false; error: OpenRecordError } {
  if (record.log) return LocalGame.fromRecord(scenario, record, clock);
  if (record.scenarioId !== scenario.id)
    return { ok: false, error: { code: 'wrong-scenario', scenarioId: record.scenarioId } };
  // The rounds go through the model's legality checks as they replay.
  const replayed = replayChecked(scenario, record);
  if (!replayed.ok)
    return { ok: false, error: { code: 'rounds-do-not-replay', error: replayed.error } };
  const { game } = replayed;
  return {
    ok: true,
    game: LocalGame.start(scenario, { ...setupOf(record), lens: game.lens, game }, clock),
  };
}
