import { describe, expect, it } from 'vitest';
import { seedFromText } from '../../src/board/dom/menus';
import {
  MAX_LINK_LENGTH,
  MAX_RECORD_TEXT,
  parseRecord,
  readRecordFile,
  recordUrl,
} from '../../src/board/save/record-link';
import { playGame } from '../../src/model/game';
import { type GameRecord, recordOf } from '../../src/model/record';
import { MAX_SEED } from '../../src/model/rng';
import { scenario } from '../helpers';

const s = scenario();
const setup = {
  turnOrder: 'sealed' as const,
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' } as const,
};

/** A played record whose first US rationale is the given text (a long essay, a quoted link). */
function recordWithRationale(text: string): GameRecord {
  const record = recordOf(playGame(s, { seed: 3 }), setup);
  const first = record.rounds[0];
  if (!first) throw new Error('no round played');
  first.decisions.us = {
    ...first.decisions.us,
    rationale: { text, claims: [], considerations: [] },
  };
  return record;
}

function linkOf(record: GameRecord): string {
  const link = recordUrl(record, 'http://127.0.0.1:5173/');
  if (!link.ok) throw new Error(`no link: ${link.length} characters`);
  return link.url;
}

describe('share links', () => {
  it('carry a record of 300 KB (longer than one call can spread) and read back the same', () => {
    const record = recordWithRationale('Why we pressed on — '.repeat(15_000));
    const parsed = parseRecord(linkOf(record));
    expect(parsed.ok && parsed.record).toEqual(record);
  });

  it('are refused, not thrown, for a record too long for a link', () => {
    const link = recordUrl(recordWithRationale('x'.repeat(MAX_LINK_LENGTH)), 'http://x/');
    expect(link).toMatchObject({ ok: false, reason: 'too-long', limit: MAX_LINK_LENGTH });
  });

  it('over the length limit are refused at once, naming the limit', () => {
    const started = performance.now();
    const parsed = parseRecord(`http://x/#record=${'A'.repeat(10_000_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(!parsed.ok && parsed.message).toContain(MAX_RECORD_TEXT.toLocaleString('en-GB'));
  });

  it.each([
    ['plain letters', 'a'],
    ['three-byte characters', 'あ'],
    ['four-byte characters', '🚀'],
  ])('a file of 20 MB of %s is refused by its length, without reading it all', async (_, c) => {
    const file = new Blob([c.repeat(20_000_000 / new TextEncoder().encode(c).length)]);
    const text = await readRecordFile(file);
    expect(text.length).toBeLessThan(10_000_000);
    const parsed = parseRecord(text);
    expect(!parsed.ok && parsed.message).toContain(MAX_RECORD_TEXT.toLocaleString('en-GB'));
  });

  it('read a file whose rationale quotes a share link as a file', () => {
    const quoting = recordWithRationale('As in http://x/#record=eyJ9 last term.');
    const parsed = parseRecord(JSON.stringify(quoting, null, 2));
    expect(parsed.ok && parsed.record).toEqual(quoting);
  });

  it('read a bare fragment, and refuse one with text after it', () => {
    const link = linkOf(recordOf(playGame(s, { seed: 4 }), setup));
    const fragment = link.slice(link.indexOf('#'));
    expect(parseRecord(fragment).ok).toBe(true);
    expect(parseRecord(`${fragment} please`).ok).toBe(false);
  });

  it.each([1e20, 1e300, -1, 2.5, MAX_SEED + 1])('refuse a record with seed %d', (seed) => {
    const record = { ...recordOf(playGame(s, { seed: 4 }), setup), seed };
    for (const text of [JSON.stringify(record), linkOf(record)])
      expect(parseRecord(text)).toEqual({
        ok: false,
        message: 'That game record’s seed must be a whole number from 0 to 2,147,483,647.',
      });
  });

  it('keep the largest seed a game takes', () => {
    const record = { ...recordOf(playGame(s, { seed: 4 }), setup), seed: MAX_SEED };
    expect(parseRecord(linkOf(record)).ok).toBe(true);
  });
});

describe('the seed a player types', () => {
  it.each([
    ['0', 0],
    [' 42 ', 42],
    [String(MAX_SEED), MAX_SEED],
  ])('%j is the seed %d', (text, seed) => {
    expect(seedFromText(text)).toEqual({ ok: true, seed });
  });

  it.each(['', '1e20', '1e300', '-1', '2.5', String(MAX_SEED + 1), 'abc', '9'.repeat(400)])(
    '%j is refused with the range',
    (text) => {
      const read = seedFromText(text);
      expect(!read.ok && read.message).toBe(
        'The seed must be a whole number from 0 to 2,147,483,647.',
      );
    },
  );
});
