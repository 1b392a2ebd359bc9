import { describe, expect, it } from 'vitest';
import { App } from '../../src/board/app';
import { verifySave } from '../../src/board/save/game-files';
import { SaveStore } from '../../src/board/save/save-store';
import type { GameSetup } from '../../src/machines/game-events';
import type { IntentBody } from '../../src/protocol/intents';
import { memory, scenario } from '../helpers';

const s = scenario();
const SETUP: GameSetup = {
  seed: 5,
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
  labels: { className: '10B History', date: '2026-12-01', teams: { us: 'Aiko, Ben' } },
};

/** The board's App over a memory storage (no screens: only sessions and saves are used). */
function app() {
  const { storage } = memory();
  const saves = new SaveStore(storage, verifySave([s]));
  const board = new App([s], {} as never, {} as never, saves, () => true);
  const session = board.startSession(s, SETUP);
  const send = (intent: IntentBody) =>
    (intent.type.startsWith('policy') ? session.team('us') : session.facilitator).send(intent);
  const round = async () => {
    await send({ type: 'policy.select', capital: 'us', optionId: 'us.un-sanctions' });
    await send({ type: 'policy.commit', capital: 'us' });
  };
  return { board, saves, session, send, round };
}

describe('saved games a teacher can file', () => {
  it('list the class, the date and the team names', async () => {
    const { board, saves, send, round } = app();
    await send({ type: 'game.start' });
    await round();
    board.autosave();
    const [line] = saves.list();
    expect(line?.labels).toEqual(SETUP.labels);
    expect(line?.branchOf).toBeUndefined();
  });

  it('a branch names the save it came from and the round it was rewound to', async () => {
    const { board, saves, session, send, round } = app();
    await send({ type: 'game.start' });
    for (let r = 0; r < 3; r++) {
      await round();
      await send({ type: 'round.next' });
    }
    const original = session.saveId;
    // As the facilitator's panel does: save, rewind, save the branch apart, save.
    board.autosave();
    expect((await send({ type: 'facilitator.rewind', round: 2 })).ok).toBe(true);
    session.saveBranchApart();
    board.autosave();
    const branch = saves.list().find((l) => l.id === session.saveId);
    expect(branch?.branchOf).toEqual({ id: original, fromRound: 2 });
    expect(branch?.labels).toEqual(SETUP.labels);
    // Reopened later, it keeps naming its original.
    const opened = saves.open(session.saveId);
    if (!opened.ok) throw new Error(opened.message);
    const reopened = board.open(opened.save.record, opened.save.id, opened.save.branchOf?.id);
    if (typeof reopened === 'string') throw new Error(reopened);
    board.autosave();
    expect(saves.list().find((l) => l.id === session.saveId)?.branchOf?.id).toBe(original);
  });

  it('a finished game stays the current one (a reload reopens its debrief) until it is left', async () => {
    const { board, saves, session, send, round } = app();
    await send({ type: 'game.start' });
    await round();
    expect((await send({ type: 'facilitator.end' })).ok).toBe(true);
    expect(session.public.view().phase).toBe('debrief');
    board.autosave();
    expect(saves.current()).toBe(session.saveId);
    const opened = saves.open(session.saveId);
    expect(opened.ok && opened.save.finished).toBe(true);
    if (!opened.ok) return;
    const again = board.open(opened.save.record, opened.save.id);
    if (typeof again === 'string') throw new Error(again);
    expect(board.screenOf(again)).toBe('DebriefScene');
    board.leaveDebrief();
    expect(saves.current()).toBeNull();
    expect(board.session).toBeNull();
  });
});
