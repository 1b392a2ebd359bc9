import { openRecord } from '../../client/open-record';
import { t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import type { Session } from '../ports';
import type { SaveEnvelope } from './save-store';

/** The save of a session as it stands: its record (with the log) and the game's snapshot. */
export function saveOf(session: Session): Omit<SaveEnvelope, 'checksum' | 'format' | 'version'> {
  const view = session.public.view();
  const game = view.game;
  return {
    id: session.saveId,
    savedAt: new Date().toISOString(),
    scenarioId: session.scenario.id,
    title: session.scenario.title,
    round: game.outcome ? game.outcome.round : game.round,
    finished: view.phase === 'debrief',
    record: session.host.record(),
    snapshot: session.host.persisted(),
    ...(view.branch
      ? {
          branchOf: {
            ...(session.branchOf ? { id: session.branchOf } : {}),
            fromRound: view.branch.fromRound,
          },
        }
      : {}),
  };
}

/**
 * A saved state as compared with its replay: a trace entry's assumption is left out, since it
 * follows from the entry's cause (and saves from before it was a key hold its words, in the
 * language of the page that saved them).
 */
function comparable(state: unknown): string {
  return JSON.stringify(state, (key, value) => (key === 'assumption' ? undefined : value));
}

/**
 * The deep check of a save: its scenario exists, and its record's log replays, through the
 * game's own rules, to the very snapshot the save holds: the whole of it (phase, this round's
 * selections, timer, pause, branch), not only the game. A save from before the log (record
 * version 1 or 2) is checked by replaying its rounds, and opens at the start of its next round.
 * Returns a plain-words problem, or null.
 */
export function verifySave(scenarios: readonly Scenario[]) {
  return (save: SaveEnvelope): string | null => {
    const scenario = scenarios.find((s) => s.id === save.scenarioId);
    if (!scenario) return t('menus.save.noScenario', { scenarioId: save.scenarioId });
    const opened = openRecord(scenario, save.record);
    if (!opened.ok) return t('menus.save.noReplay');
    const replayed = save.record.log ? comparable(opened.game.persisted()) : null;
    opened.game.stop();
    if (replayed !== null && replayed !== comparable(save.snapshot))
      return t('menus.save.disagrees');
    return null;
  };
}
