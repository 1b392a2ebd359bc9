import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notesForGame } from '../../src/history/record-notes';
import { playGame } from '../../src/model/game';
import { loadSharedFrom, SCENARIO_DIR } from '../../src/scenario/files';
import { loadLaunchRecord, loadRecordNotes, RECORD_FILES } from '../../src/scenario/record';
import { formatError } from '../../src/scenario/result';
import { decisions, QUIET, scenario } from '../helpers';

const shared = loadSharedFrom();
if (!shared.ok) throw new Error('shared content does not load');
const claims = shared.value.claims;
const read = (name: string) => readFileSync(join(SCENARIO_DIR, name), 'utf8');

describe('the record files', () => {
  it('load and pass their schemas', () => {
    const launches = loadLaunchRecord(read(RECORD_FILES.launches), RECORD_FILES.launches);
    const notes = loadRecordNotes(read(RECORD_FILES.notes), RECORD_FILES.notes, claims);
    expect(launches.ok && notes.ok).toBe(true);
  });

  it.each([
    [
      'an unknown claim',
      (n: Record<string, unknown>) => ({ ...n, claims: ['claim.999-01.nowhere'] }),
      'notes.json: notes[0].claims[0]: unknown claim "claim.999-01.nowhere"',
    ],
    [
      'a note not marked as public record',
      (n: Record<string, unknown>) => ({ ...n, publicRecord: false }),
      'notes.json: notes[0].publicRecord:',
    ],
    [
      'a stance the game does not know',
      (n: Record<string, unknown>) => ({ ...n, stance: 'refutes' }),
      'notes.json: notes[0].stance:',
    ],
    [
      'a missing source',
      ({ source: _source, ...n }: Record<string, unknown>) => n,
      'notes.json: notes[0].source:',
    ],
  ])('name the file and path of %s', (_what, spoil, message) => {
    const file = JSON.parse(read(RECORD_FILES.notes));
    file.notes[0] = spoil(file.notes[0]);
    const result = loadRecordNotes(JSON.stringify(file), 'notes.json', claims);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatError).join('\n')).toContain(message);
  });

  it('refuses launch events out of date order, naming the event', () => {
    const file = JSON.parse(read(RECORD_FILES.launches));
    file.events.reverse();
    const result = loadLaunchRecord(JSON.stringify(file), 'l.json');
    expect(!result.ok && formatError(result.errors[0] as never)).toBe(
      'l.json: events[1].date: events must be in date order',
    );
  });
});

describe('which notes a game calls up', () => {
  const aug = scenario('aug-2017-overflight');
  const notes = (() => {
    const r = loadRecordNotes(read(RECORD_FILES.notes), RECORD_FILES.notes, claims);
    if (!r.ok) throw new Error('notes do not load');
    return r.value.notes;
  })();

  it('an overflight calls up the alliance-confidence notes, contesting ones first', () => {
    const game = playGame(aug, {
      seed: 3,
      lens: 'balanced',
      turnOrder: 'sealed',
      chooser: (capital) => decisions({ ...QUIET, northKorea: 'nk.overflight' })[capital],
    });
    const ids = notesForGame(game, notes).map((n) => n.note.id);
    expect(ids).toContain('record.japan-polls-after-overflights');
    expect(ids.indexOf('record.korea-alliance-support')).toBeLessThan(
      ids.indexOf('record.japan-polls-after-overflights'),
    );
  });

  it('a game with no launch and no cited claim calls up none', () => {
    expect(notesForGame({ history: [] } as never, notes)).toEqual([]);
  });
});
