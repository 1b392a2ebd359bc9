import { describe, expect, it } from 'vitest';
import { openRecordText } from '../../src/board/save/open-record-text';
import { parseRecord } from '../../src/board/save/record-link';
import { replayErrorText } from '../../src/board/save/replay-error-text';
import { openRecord } from '../../src/client/open-record';
import { playGame } from '../../src/model/game';
import { type ReplayError, recordOf } from '../../src/model/record';
import { scenario } from '../helpers';

const s = scenario();
const setup = {
  turnOrder: 'sealed' as const,
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' } as const,
};

describe('opening a record the game would not have played', () => {
  it('says in plain words which decision was not open, and opens nothing', () => {
    const record = structuredClone(recordOf(playGame(s, { seed: 2 }), setup));
    const first = record.rounds[0];
    if (!first) throw new Error('no round played');
    first.decisions.japan.optionId = 'japan.intercept';
    const parsed = parseRecord(JSON.stringify(record));
    if (!parsed.ok) throw new Error(parsed.message);
    const opened = openRecord(s, parsed.record);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(openRecordText(opened.error)).toBe(
      'This record cannot be replayed. In round 1 it has Tokyo choose japan.intercept, which was not open to Tokyo then.',
    );
  });

  it.each<ReplayError>([
    { code: 'wrong-scenario', recordScenario: 'elsewhere', scenario: s.id },
    { code: 'unknown-lens', round: 2, lens: 'rosy' },
    { code: 'option-not-available', round: 3, capital: 'us', optionId: 'us.invade' },
    { code: 'unknown-event', round: 4, eventId: 'event.alien-landing' },
    { code: 'repeated-event', round: 4, eventId: 'event.false-alarm' },
    { code: 'continues-after-end', round: 9 },
    { code: 'cannot-end', round: 8 },
    { code: 'model-refused', round: 5, detail: 'the round has not been resolved' },
  ])('words %j as a sentence that names what went wrong', (error) => {
    const text = replayErrorText(error);
    expect(text).toMatch(/^[A-Z].*\.$/);
    expect(text).not.toMatch(/undefined|\[object/);
    for (const value of Object.values(error).slice(1))
      expect(text).toContain(value === 'us' ? 'Washington' : String(value));
  });
});
