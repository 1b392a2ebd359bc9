import { phaseOf } from '../../machines/game-machine';
import { type GameRecord, recordOf, replay, replayChecked } from '../../model/record';
import type { Scenario } from '../../model/schema';
import type { Session } from '../ports';
import { replayErrorText } from './replay-error-text';
import type { SaveEnvelope } from './save-store';

/** The save of a session as it stands. */
export function saveOf(session: Session): Omit<SaveEnvelope, 'checksum' | 'format' | 'version'> {
  const snapshot = session.snapshot();
  const game = snapshot.context.game;
  return {
    id: session.saveId,
    savedAt: new Date().toISOString(),
    scenarioId: session.scenario.id,
    title: session.scenario.title,
    round: game.outcome ? game.outcome.round : game.round,
    finished: phaseOf(snapshot.value) === 'debrief' || game.outcome !== null,
    record: recordOfSession(session),
    snapshot: session.actor.getPersistedSnapshot(),
  };
}

/** The replayable record of a session's game. */
export function recordOfSession(session: Session): GameRecord {
  const { game } = session.snapshot().context;
  return recordOf(
    game,
    { turnOrder: session.setup.turnOrder, controllers: session.setup.controllers },
    session.setup.lens ?? game.lens,
  );
}

/**
 * The deep check of a save: its scenario exists, and its record replays with the model to the
 * very game its snapshot holds. Returns a plain-words problem, or null.
 */
export function verifySave(scenarios: readonly Scenario[]) {
  return (save: SaveEnvelope): string | null => {
    const scenario = scenarios.find((s) => s.id === save.scenarioId);
    if (!scenario)
      return `This saved game is for a scenario this version does not have (${save.scenarioId}).`;
    try {
      const replayed = replay(scenario, save.record);
      const saved = (save.snapshot as { context?: { game?: unknown } })?.context?.game;
      if (JSON.stringify(replayed) !== JSON.stringify(saved))
        return 'This saved game is damaged: its record and its board disagree.';
    } catch {
      return 'This saved game is damaged: its record cannot be replayed.';
    }
    return null;
  };
}

/** Replay a record into a game state, or say why it cannot be, in plain words. */
export function replayRecord(scenarios: readonly Scenario[], record: GameRecord) {
  const scenario = scenarios.find((s) => s.id === record.scenarioId);
  if (!scenario)
    return {
      ok: false as const,
      message: `This record is for a scenario this version does not have (${record.scenarioId}).`,
    };
  const replayed = replayChecked(scenario, record);
  if (!replayed.ok)
    return {
      ok: false as const,
      message: `This record cannot be replayed. ${replayErrorText(replayed.error)}`,
    };
  return { ok: true as const, scenario, game: replayed.game };
}
