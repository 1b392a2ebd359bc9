import { describe, expect, it } from 'vitest';
import { Session } from '../../src/board/ports';
import { saveOf, verifySave } from '../../src/board/save/game-files';
import { parseRecord, recordUrl } from '../../src/board/save/record-link';
import { MAX_SAVES, type SaveEnvelope, SaveStore } from '../../src/board/save/save-store';
import { LocalGame } from '../../src/client/local-game';
import { openRecord } from '../../src/client/open-record';
import type { GameSetup } from '../../src/machines/game-events';
import { replayChecked } from '../../src/model/record';
import type { IntentBody } from '../../src/protocol/intents';
import type { Seat } from '../../src/protocol/seat';
import { memory, scenario } from '../helpers';
import { fakeClock } from '../machines/fake-clock';

const s = scenario();
const setup: GameSetup = {
  seed: 4,
  lens: 'balanced',
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
};

/** A game the board holds (a Session on a LocalGame) and a way to send as any seat. */
function hosted(game: LocalGame, clock: ReturnType<typeof fakeClock>) {
  const session = new Session(s, game);
  let n = 0;
  const as = (seat: Seat, intent: IntentBody) => game.receive({ ...intent, seat, id: `s${++n}` });
  /** Washington chooses and commits; the AI plays the others, and the round resolves. */
  const usPlays = (optionId: string, rationale?: string) => {
    as('us', {
      type: 'policy.select',
      capital: 'us',
      optionId,
      ...(rationale ? { rationale } : {}),
    });
    return as('us', { type: 'policy.commit', capital: 'us' });
  };
  return { game, session, as, usPlays, clock, persisted: () => JSON.stringify(game.persisted()) };
}

/** A game played through `rounds` rounds, now in the decisions of the next. */
function playedSession(rounds: number) {
  const clock = fakeClock();
  const g = hosted(LocalGame.start(s, setup, clock), clock);
  g.as('facilitator', { type: 'game.start' });
  for (let i = 0; i < rounds; i++) {
    g.usPlays(i % 2 ? 'us.reassure-allies' : 'us.un-sanctions', `round ${i + 1} reason`);
    g.as('facilitator', { type: 'round.next' });
  }
  return g;
}

/** Open a save as the board does (its record replayed), on a clock at the save's own time. */
function reopen(save: Pick<SaveEnvelope, 'record'>, at: number) {
  const clock = fakeClock(at);
  const opened = openRecord(s, save.record, clock);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return hosted(opened.game, clock);
}

/** A save as the store keeps it, without going through storage. */
const envelope = (save: ReturnType<typeof saveOf>): SaveEnvelope => ({
  ...save,
  format: 'overflight-save',
  version: 1,
  checksum: '',
});

/** A save whose snapshot was changed by `edit` (and its checksum fixed, as a hand edit would). */
function tampered(save: ReturnType<typeof saveOf>, edit: (snapshot: Snapshot) => void) {
  const copy = JSON.parse(JSON.stringify(save)) as ReturnType<typeof saveOf>;
  edit(copy.snapshot as Snapshot);
  return copy;
}
type Snapshot = { value: unknown; context: Record<string, unknown> };

describe('saved games', () => {
  it('save, list, open and resume to the same board and the same next round', () => {
    const { storage } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const original = playedSession(3);
    store.save(saveOf(original.session));
    expect(store.list().map((x) => x.round)).toEqual([4]);
    const opened = store.open(original.session.saveId);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const resumed = reopen(opened.save, original.clock.now());
    expect(resumed.persisted()).toBe(original.persisted());
    expect(resumed.persisted()).toBe(JSON.stringify(opened.save.snapshot));
    for (const x of [original, resumed]) expect(x.usPlays('us.press-china').ok).toBe(true);
    expect(resumed.persisted()).toBe(original.persisted());
    expect(resumed.game.state().context.game.history[0]?.decisions.us.rationale).toBe(
      'round 1 reason',
    );
  });

  it('detects a corrupt save and offers the last good one', () => {
    const { storage, map } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const g = playedSession(2);
    store.save(saveOf(g.session));
    g.usPlays('us.press-china');
    store.save(saveOf(g.session));
    const key = `overflight.save.${g.session.saveId}`;
    map.set(key, (map.get(key) ?? '').replace('"us.press-china"', '"us.press-chinx"'));
    const opened = store.open(g.session.saveId);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toMatch(/damaged/);
    expect(opened.previous?.round).toBe(3);
    map.set(key, '{"format":"overflight-save","version":99}');
    const other = store.open(g.session.saveId);
    expect(!other.ok && other.message).toMatch(/another version/);
    map.set(key, 'not json at all');
    expect(!store.open(g.session.saveId).ok).toBe(true);
  });

  it('refuses a save whose record does not replay, or does not replay to its board', () => {
    const { storage, map } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const g = playedSession(2);
    const id = g.session.saveId;
    // The record's round summary changed (the checksum fixed up, as a careless hand edit would).
    // (Copies: the host's record shares its log and rounds with the live game.)
    const logBefore = g.game.state().context.log.length;
    const save = structuredClone(saveOf(g.session));
    const first = save.record.rounds[0];
    if (!first) throw new Error('no round to edit');
    first.decisions = { ...first.decisions, us: { optionId: 'us.press-china', by: 'human' } };
    store.save(save);
    expect(store.open(id)).toMatchObject({ ok: false, message: /cannot be replayed/ });
    // The log changed: an intent the game refuses.
    const log = structuredClone(saveOf(g.session));
    log.record.log?.splice(1, 0, { type: 'round.next', seat: 'facilitator', at: 0 });
    store.save(log);
    expect(store.open(id)).toMatchObject({ ok: false, message: /cannot be replayed/ });
    // The board changed in parts that are not the game: each is caught.
    expect(g.game.state().context.log).toHaveLength(logBefore);
    const base = saveOf(g.session);
    expect(verifySave([s])(envelope(base))).toBeNull();
    const edits: [string, (snapshot: Snapshot) => void][] = [
      [
        'its state',
        (x) => {
          x.value = 'nowhere';
        },
      ],
      [
        'a selection',
        (x) => {
          const selections = x.context.selections as Record<string, unknown>;
          selections.japan = { optionId: 'japan.protest', by: 'human' };
        },
      ],
      [
        'the pause',
        (x) => {
          x.context.paused = !x.context.paused;
        },
      ],
      [
        'the lens it started with',
        (x) => {
          x.context.startLens = 'deterrence';
        },
      ],
      [
        'the injected events',
        (x) => {
          x.context.injected = ['event.false-alarm'];
        },
      ],
    ];
    for (const [what, edit] of edits) {
      store.save(tampered(base, edit));
      const opened = store.open(id);
      expect(opened.ok, what).toBe(false);
      expect(!opened.ok && opened.message, what).toMatch(/record and its board disagree/);
    }
    expect(map.size).toBeGreaterThan(0);
  });

  it('a game a facilitator ended early (End now) after round 1 saves, verifies and reopens at the debrief', () => {
    const { storage } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const clock = fakeClock();
    const g = hosted(LocalGame.start(s, setup, clock), clock);
    g.as('facilitator', { type: 'game.start' });
    g.usPlays('us.reassure-allies', 'hold the line');
    expect(g.game.state().phase).toBe('report');
    // A facilitator switches the lens for the rounds to come, then ends the game instead.
    expect(g.as('facilitator', { type: 'facilitator.lens', lens: 'deterrence' }).ok).toBe(true);
    expect(verifySave([s])(envelope(saveOf(g.session)))).toBeNull();
    expect(g.as('facilitator', { type: 'facilitator.end' }).ok).toBe(true);
    const ended = g.game.state().context.game;
    expect(ended.outcome).toMatchObject({ round: 1, endedEarly: true });
    const save = saveOf(g.session);
    expect(save).toMatchObject({ round: 1, finished: true });
    expect(save.record.endedAfter).toBe(1);
    expect(verifySave([s])(envelope(save))).toBeNull();
    store.save(save);
    const opened = store.open(g.session.saveId);
    if (!opened.ok) throw new Error(opened.message);
    const resumed = reopen(opened.save, clock.now());
    expect(resumed.game.state().phase).toBe('debrief');
    expect(resumed.session.public.view().phase).toBe('debrief');
    expect(resumed.persisted()).toBe(g.persisted());
    expect(JSON.stringify(resumed.game.state().context.game)).toBe(JSON.stringify(ended));
    // Its share link replays to the same ended game, by the rounds and by the log.
    const link = recordUrl(g.session.host.record(), 'http://x/');
    const parsed = parseRecord(link.ok ? link.url : '');
    if (!parsed.ok) throw new Error(parsed.message);
    const replayed = replayChecked(s, parsed.record);
    expect(replayed.ok && JSON.stringify(replayed.game)).toBe(JSON.stringify(ended));
    expect(reopen(parsed, clock.now()).persisted()).toBe(g.persisted());
  });

  it('a save made mid-round (a selection, a timer, an inject, a lens switch, a pause) reopens to the identical snapshot', () => {
    const { storage } = memory();
    const store = new SaveStore(storage, verifySave([s]));
    const g = playedSession(1);
    const ok = (intent: IntentBody, seat: Seat = 'facilitator') =>
      expect(g.as(seat, intent).ok, intent.type).toBe(true);
    ok(
      { type: 'policy.select', capital: 'us', optionId: 'us.press-china', rationale: 'wait' },
      'us',
    );
    ok({ type: 'facilitator.timer', seconds: 300, atTimeUp: 'selection-stands' });
    g.clock.advance(40_000);
    ok({ type: 'facilitator.inject', eventId: 'event.false-alarm' });
    ok({ type: 'facilitator.lens', lens: 'deterrence' });
    ok({ type: 'facilitator.revealAi', on: true });
    g.clock.advance(20_000);
    ok({ type: 'facilitator.pause' });
    const { phase, context } = g.game.state();
    expect(phase).toBe('decisions');
    expect(context).toMatchObject({
      paused: true,
      injected: ['event.false-alarm'],
      revealAi: true,
      timer: { seconds: 300, deadline: null, remainingMs: 240_000 },
    });
    expect(context.selections.us?.optionId).toBe('us.press-china');
    const save = saveOf(g.session);
    expect(save).toMatchObject({ round: 2, finished: false });
    store.save(save);
    const opened = store.open(g.session.saveId);
    if (!opened.ok) throw new Error(opened.message);
    const resumed = reopen(opened.save, g.clock.now());
    expect(resumed.persisted()).toBe(g.persisted());
    expect(resumed.session.team('us').view().own?.selection?.optionId).toBe('us.press-china');
    // Both go on alike: play resumes, the time runs out, and Washington's selection stands.
    for (const x of [g, resumed]) {
      expect(x.as('facilitator', { type: 'facilitator.resume' }).ok).toBe(true);
      x.clock.advance(240_000);
      expect(x.game.state().phase).toBe('report');
    }
    expect(resumed.persisted()).toBe(g.persisted());
    const round = resumed.game.state().context.game.history[1];
    expect(round?.decisions.us).toMatchObject({ optionId: 'us.press-china', rationale: 'wait' });
    expect(round?.injected).toEqual(['event.false-alarm']);
    expect(round?.lens).toBe('deterrence');
  });

  it('deletes, and tracks the game in progress', () => {
    const { storage } = memory();
    const store = new SaveStore(storage);
    const { session } = playedSession(1);
    store.save(saveOf(session));
    store.setCurrent(session.saveId);
    expect(store.current()).toBe(session.saveId);
    store.delete(session.saveId);
    expect(store.list()).toEqual([]);
    expect(store.current()).toBeNull();
  });

  it('exports a record as a link and imports it back to the identical game', () => {
    const g = playedSession(4);
    const link = recordUrl(g.session.host.record(), 'http://127.0.0.1:5173/?x=1#old');
    const url = link.ok ? link.url : '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:5173\/\?x=1#record=[\w-]+$/);
    const parsed = parseRecord(url);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replayed = replayChecked(s, parsed.record);
    expect(replayed.ok && JSON.stringify(replayed.game)).toBe(
      JSON.stringify(g.game.state().context.game),
    );
    // Opened from the link, its log replays to the very board it was exported from.
    expect(
      reopen(parsed.record.log ? parsed : { record: parsed.record }, g.clock.now()).persisted(),
    ).toBe(g.persisted());
    expect(parseRecord('{"format":"something-else"}').ok).toBe(false);
    expect(parseRecord('garbage').ok).toBe(false);
  });

  it('keeps the list to a class’s worth, dropping the oldest finished games first', () => {
    const { storage } = memory();
    const store = new SaveStore(storage);
    const { session } = playedSession(1);
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
    const { session } = playedSession(2);
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
