import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/board/save/record-link';
import { LocalGame } from '../../src/client/local-game';
import { openRecord } from '../../src/client/open-record';
import type { GameSetup } from '../../src/machines/game-events';
import {
  type GameLabels,
  GameLabelsSchema,
  labelsOf,
  MAX_CLASS_LENGTH,
  MAX_TEAM_LENGTH,
} from '../../src/model/labels';
import { GameRecordSchema } from '../../src/model/record';
import type { Seat } from '../../src/protocol/seat';
import { scenario } from '../helpers';
import { fakeClock } from '../machines/fake-clock';

const s = scenario();
const LABELS: GameLabels = {
  className: '10B History',
  date: '2026-12-01',
  teams: { us: 'Team Washington: Aiko, Ben', japan: 'Tokyo – Chloé, Dário' },
};
const SETUP: GameSetup = {
  seed: 1,
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'human', southKorea: 'ai' },
  labels: LABELS,
};

const valid = (labels: unknown) => GameLabelsSchema.safeParse(labels).success;

describe('a game’s labels (class, date, team names)', () => {
  it('take a class, a date and team names in any script, within their lengths', () => {
    expect(valid(LABELS)).toBe(true);
    expect(valid({})).toBe(true);
    expect(valid({ className: '高二(3)班 歷史' })).toBe(true);
    expect(valid({ className: 'x'.repeat(MAX_CLASS_LENGTH) })).toBe(true);
    expect(valid({ className: 'x'.repeat(MAX_CLASS_LENGTH + 1) })).toBe(false);
    expect(valid({ teams: { us: 'y'.repeat(MAX_TEAM_LENGTH) } })).toBe(true);
    expect(valid({ teams: { us: 'y'.repeat(MAX_TEAM_LENGTH + 1) } })).toBe(false);
  });

  it('refuse markup, control and formatting characters, line breaks and stray spaces', () => {
    for (const className of [
      '<b>10B</b>',
      '10B\nHistory',
      '10B\u0000',
      '10B\u202Eyrotsih',
      '10B "History"',
      ' 10B',
      '10B  History',
      '',
    ])
      expect(valid({ className }), JSON.stringify(className)).toBe(false);
    expect(valid({ teams: { us: 'Aiko\tBen' } })).toBe(false);
    expect(valid({ teams: { moscow: 'Team Moscow' } })).toBe(false);
    expect(valid({ teacher: 'Ms Kim' })).toBe(false);
  });

  it('take only a real calendar date, written YYYY-MM-DD', () => {
    expect(valid({ date: '2024-02-29' })).toBe(true);
    for (const date of ['2026-02-30', '2026-13-01', '1/12/2026', '2026-12-1', '2026-12-01T10:00'])
      expect(valid({ date }), date).toBe(false);
  });

  it('from a form: blanks left out, spaces tidied, nothing at all is null', () => {
    expect(
      labelsOf({ className: '  10B   History ', date: '', teams: { us: ' ', japan: 'J' } }),
    ).toEqual({ className: '10B History', teams: { japan: 'J' } });
    expect(labelsOf({ className: ' ', teams: {} })).toBeNull();
  });
});

describe('labels from setup to record', () => {
  function played(setup: GameSetup) {
    const game = LocalGame.start(s, setup, fakeClock());
    let n = 0;
    const as = (seat: Seat, intent: Parameters<LocalGame['receive']>[0]) =>
      game.receive({ ...(intent as object), seat, id: `l${++n}` });
    as('facilitator', { type: 'game.start' });
    for (const [capital, optionId] of [
      ['us', 'us.un-sanctions'],
      ['japan', 'japan.protest'],
    ] as const) {
      expect(as(capital, { type: 'policy.select', capital, optionId }).ok).toBe(true);
      expect(as(capital, { type: 'policy.commit', capital }).ok).toBe(true);
    }
    expect(game.state().phase).toBe('report');
    return game;
  }

  it('go into the machine’s context, every seat’s view and the record, and come back from it', () => {
    const game = played(SETUP);
    expect(game.view('observer').labels).toEqual(LABELS);
    expect(game.view('us').labels).toEqual(LABELS);
    const record = GameRecordSchema.parse(JSON.parse(JSON.stringify(game.record())));
    expect(record.labels).toEqual(LABELS);
    // Written in the schema's own order, so a save's checksum holds once the record is parsed.
    expect(JSON.stringify(record)).toBe(JSON.stringify(game.record()));
    const reopened = openRecord(s, record, fakeClock());
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.error));
    expect(reopened.game.record().labels).toEqual(LABELS);
    expect(JSON.stringify(reopened.game.persisted())).toBe(JSON.stringify(game.persisted()));
  });

  it('are left out of a game set up without them, so older records and saves read the same', () => {
    const { labels: _none, ...plain } = SETUP;
    const game = played(plain);
    expect(game.view('observer').labels).toBeNull();
    expect('labels' in game.record()).toBe(false);
    expect('labels' in game.state().context).toBe(false);
  });

  it('a record with bad labels is refused, saying which part is wrong', () => {
    const record = played(SETUP).record();
    const bad = (labels: unknown) => JSON.stringify({ ...record, labels });
    const refused = parseRecord(bad({ className: '<script>' }));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.message).toMatch(/class, date or team names.*the class may hold/);
    const date = parseRecord(bad({ date: '2026-02-30' }));
    if (!date.ok) expect(date.message).toMatch(/a day of the calendar/);
    expect(date.ok).toBe(false);
    // A name for a capital no team played is refused too.
    const ai = parseRecord(bad({ teams: { northKorea: 'Team Pyongyang' } }));
    expect(ai.ok).toBe(false);
    if (!ai.ok) expect(ai.message).toMatch(/a capital the AI plays/);
    expect(parseRecord(JSON.stringify(record)).ok).toBe(true);
  });
});
