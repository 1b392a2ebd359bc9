import { openRecord } from '../../client/open-record';
import { type GameRecord, GameRecordSchema, replay } from '../../model/record';
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
  };
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
    if (!scenario)
      return `This saved game is for a scenario this version does not have (${save.scenarioId}).`;
    const opened = openRecord(scenario, save.record);
    if (!opened.ok) return 'This saved game is damaged: its record cannot be replayed.';
    const replayed = save.record.log ? JSON.stringify(opened.game.persisted()) : null;
    opened.game.stop();
    if (replayed !== null && replayed !== JSON.stringify(save.snapshot))
      return 'This saved game is damaged: its record and its board disagree.';
    return null;
  };
}

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

const fromBase64Url = (text: string) => {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** A shareable link that carries the whole record in its fragment (never sent to a server). */
export function recordUrl(record: GameRecord, base: string): string {
  return `${base.split('#')[0]}#record=${toBase64Url(JSON.stringify(record))}`;
}

/** Read a record from a file's text or a link's fragment; a problem is a plain-words message. */
export function parseRecord(
  text: string,
): { ok: true; record: GameRecord } | { ok: false; message: string } {
  let json: unknown;
  try {
    const fragment = /#record=([\w-]+)/.exec(text)?.[1];
    json = JSON.parse(fragment ? fromBase64Url(fragment) : text);
  } catch {
    return { ok: false, message: 'That is not an Overflight game record (it cannot be read).' };
  }
  const parsed = GameRecordSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      message: 'That is not an Overflight game record, or it comes from another version.',
    };
  return { ok: true, record: parsed.data };
}

/** Replay a record into a game state, or say why it cannot be. */
export function replayRecord(scenarios: readonly Scenario[], record: GameRecord) {
  const scenario = scenarios.find((s) => s.id === record.scenarioId);
  if (!scenario)
    return {
      ok: false as const,
      message: `This record is for a scenario this version does not have (${record.scenarioId}).`,
    };
  try {
    return { ok: true as const, scenario, game: replay(scenario, record) };
  } catch (error) {
    return {
      ok: false as const,
      message: `This record cannot be replayed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
