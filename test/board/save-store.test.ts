import { describe, expect, it } from 'vitest';
import { Session } from '../../src/board/ports';
import { recordOfSession, replayRecord, saveOf, verifySave } from '../../src/board/save/game-files';
import { parseRecord, recordUrl } from '../../src/board/save/record-link';
import { MAX_SAVES, SaveStore } from '../../src/board/save/save-store';
import type { GameSetup } from '../../src/machines/game-events';
import { scenario } from '../helpers';

const s = scenario();
const setup: GameSetup = {
  seed: 4,
  lens: 'balanced',
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
};

function memory() {
  const map = new Map<string, string>();
  return {
    map,
    storage: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    },
  };
}

function playedSession(rounds: number) {
  const session = new Session(s, setup);
  session.send({ type: 'game.start' });
  for (let i = 0; i < rounds; i++) {
    session.send({
      type: 'policy.select',
      capital: 'us',
      optionId: i % 2 ? 'us.reassure-allies' : 'us.un-sanctions',
      rationale: `round ${i + 1} reason`,
    });
    session.send({ type: 'policy.commit', capital: 'us' });
    session.send({ type: 'round.next' });
  }
  return session;
}

describe('saved games', () => {
  it('save, list, open and resume to the same board and the same next round', () => {
    const { storage } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const session = playedSession(3);
    store.save(saveOf(session));
    expect(store.list().map((x) => x.round)).toEqual([4]);
    const opened = store.open(session.saveId);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const resumed = new Session(s, setup, opened.save.snapshot, session.saveId);
    expect(JSON.stringify(resumed.snapshot().context.game)).toBe(
      JSON.stringify(session.snapshot().context.game),
    );
    for (const x of [session, resumed]) {
      x.send({ type: 'policy.select', capital: 'us', optionId: 'us.press-china' });
      x.send({ type: 'policy.commit', capital: 'us' });
    }
    expect(JSON.stringify(resumed.snapshot().context.game)).toBe(
      JSON.stringify(session.snapshot().context.game),
    );
    expect(resumed.snapshot().context.game.history[0]?.decisions.us.rationale).toBe(
      'round 1 reason',
    );
  });

  it('detects a corrupt save and offers the last good one', () => {
    const { storage, map } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const session = playedSession(2);
    store.save(saveOf(session));
    session.send({ type: 'policy.select', capital: 'us', optionId: 'us.press-china' });
    session.send({ type: 'policy.commit', capital: 'us' });
    store.save(saveOf(session));
    const key = `overflight.save.${session.saveId}`;
    map.set(key, (map.get(key) ?? '').replace('"us.press-china"', '"us.press-chinx"'));
    const opened = store.open(session.saveId);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toMatch(/damaged/);
    expect(opened.previous?.round).toBe(3);
    map.set(key, '{"format":"overflight-save","version":99}');
    const other = store.open(session.saveId);
    expect(!other.ok && other.message).toMatch(/another version/);
    map.set(key, 'not json at all');
    expect(!store.open(session.saveId).ok).toBe(true);
  });

  it('refuses a save whose record does not replay to its board', () => {
    const { storage, map } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const session = playedSession(2);
    const save = saveOf(session);
    // Change the record and fix up the checksum, as a careless hand edit would.
    const first = save.record.rounds[0];
    if (!first) throw new Error('no round to edit');
    first.decisions = { ...first.decisions, us: { optionId: 'us.press-china', by: 'human' } };
    store.save(save);
    const opened = store.open(session.saveId);
    expect(!opened.ok && opened.message).toMatch(/record and its board disagree/);
    expect(map.size).toBeGreaterThan(0);
  });

  it('a game a facilitator ended early (End now) saves, verifies and reopens at the debrief', () => {
    const { storage } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const session = playedSession(1);
    session.send({ type: 'policy.select', capital: 'us', optionId: 'us.reassure-allies' });
    session.send({ type: 'policy.commit', capital: 'us' });
    expect(session.snapshot().value).toBe('report');
    // A facilitator switches the lens for the rounds to come, then ends the game instead.
    session.send({ type: 'facilitator.lens', lens: 'deterrence' });
    expect(
      verifySave([s])({ ...saveOf(session), format: 'overflight-save', version: 1, checksum: '' }),
    ).toBeNull();
    session.send({ type: 'facilitator.end' });
    const ended = session.snapshot().context.game;
    expect(ended.outcome).toMatchObject({ round: 2, endedEarly: true });
    const save = saveOf(session);
    expect(save).toMatchObject({ round: 2, finished: true });
    expect(save.record.endedAfter).toBe(2);
    store.save(save);
    const opened = store.open(session.saveId);
    if (!opened.ok) throw new Error(opened.message);
    const resumed = new Session(s, setup, opened.save.snapshot, session.saveId);
    expect(resumed.snapshot().value).toBe('debrief');
    expect(JSON.stringify(resumed.snapshot().context.game)).toBe(JSON.stringify(ended));
    // Its share link replays to the same ended game.
    const link = recordUrl(recordOfSession(session), 'http://x/');
    const parsed = parseRecord(link.ok ? link.url : '');
    if (!parsed.ok) throw new Error(parsed.message);
    const replayed = replayRecord([s], parsed.record);
    expect(replayed.ok && JSON.stringify(replayed.game)).toBe(JSON.stringify(ended));
  });

  it('deletes, and tracks the game in progress', () => {
    const { storage } = memory();
    const store = new SaveStore(storage);
    const session = playedSession(1);
    store.save(saveOf(session));
    store.setCurrent(session.saveId);
    expect(store.current()).toBe(session.saveId);
    store.delete(session.saveId);
    expect(store.list()).toEqual([]);
    expect(store.current()).toBeNull();
  });

  it('exports a record as a link and imports it back to the identical game', () => {
    const session = playedSession(4);
    const link = recordUrl(recordOfSession(session), 'http://127.0.0.1:5173/?x=1#old');
    const url = link.ok ? link.url : '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:5173\/\?x=1#record=[\w-]+$/);
    const parsed = parseRecord(url);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replayed = replayRecord([s], parsed.record);
    expect(replayed.ok && JSON.stringify(replayed.game)).toBe(
      JSON.stringify(session.snapshot().context.game),
    );
    expect(parseRecord('{"format":"something-else"}').ok).toBe(false);
    expect(parseRecord('garbage').ok).toBe(false);
  });

  it('keeps the list to a class’s worth, dropping the oldest finished games first', () => {
    const { storage } = memory();
    const store = new SaveStore(storage);
    const session = playedSession(1);
    const base = saveOf(session);
    store.save({
      ...base,
      id: 'in-progress',
      savedAt: '2026-01-01T00:00:00.000Z',
      finished: false,
    });
    for (let i = 0; i < MAX_SAVES + 5; i++) {
      store.save({
        ...base,
        id: `done-${i}`,
        savedAt: `2026-02-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
        finished: true,
      });
    }
    const ids = store.list().map((x) => x.id);
    expect(ids).toHaveLength(MAX_SAVES);
    expect(ids).toContain('in-progress');
    expect(ids).toContain(`done-${MAX_SAVES + 4}`);
    expect(ids).not.toContain('done-0');
  });

  it('makes room when the browser’s storage is full, without losing the game in progress', () => {
    const { storage, map } = memory();
    const limited = {
      ...storage,
      setItem: (k: string, v: string) => {
        const used = [...map.entries()]
          .filter(([key]) => key !== k)
          .reduce((n, [key, value]) => n + key.length + value.length, 0);
        if (used + k.length + v.length > 120_000) throw new Error('QuotaExceededError');
        map.set(k, v);
      },
    };
    const store = new SaveStore(limited, verifySave([s]));
    const session = playedSession(2);
    const base = saveOf(session);
    for (let i = 0; i < 8; i++)
      store.save({
        ...base,
        id: `old-${i}`,
        savedAt: `2026-01-0${i + 1}T00:00:00.000Z`,
        finished: true,
      });
    store.save({ ...saveOf(session), finished: false });
    const opened = store.open(session.saveId);
    expect(opened.ok).toBe(true);
    expect(store.list().some((x) => x.id === 'old-0')).toBe(false);
  });
});
