import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/game';
import { type GameRecord, recordOf, replay, replayChecked } from '../../src/model/record';
import { scenario } from '../helpers';

const s = scenario();
const setup = {
  turnOrder: 'sealed' as const,
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' } as const,
};

/** A played record, changed by `edit` (a copy: the game's own history stays as played). */
function edited(edit: (record: GameRecord) => void, seed = 2): GameRecord {
  const record = structuredClone(recordOf(playGame(s, { seed }), setup));
  edit(record);
  return record;
}

function round(record: GameRecord, index: number) {
  const played = record.rounds[index];
  if (!played) throw new Error(`the record has no round ${index + 1}`);
  return played;
}

describe('replaying a record through the legality checks', () => {
  it('replays a played record to the same game', () => {
    const game = playGame(s, { seed: 2 });
    const replayed = replayChecked(s, recordOf(game, setup));
    expect(replayed.ok && JSON.stringify(replayed.game)).toBe(JSON.stringify(game));
  });

  it.each([
    [
      'an intercept before Japan’s defences are postured for one (below 45 at the start)',
      (r: GameRecord) => {
        round(r, 0).decisions.japan.optionId = 'japan.intercept';
      },
      { code: 'option-not-available', round: 1, capital: 'japan', optionId: 'japan.intercept' },
    ],
    [
      'an option of another capital',
      (r: GameRecord) => {
        round(r, 1).decisions.us.optionId = 'japan.protest';
      },
      { code: 'option-not-available', round: 2, capital: 'us', optionId: 'japan.protest' },
    ],
    [
      'an option the scenario does not have',
      (r: GameRecord) => {
        round(r, 0).decisions.us.optionId = 'us.invade';
      },
      { code: 'option-not-available', round: 1, capital: 'us', optionId: 'us.invade' },
    ],
    [
      'an unknown injected event',
      (r: GameRecord) => {
        round(r, 2).injected = ['event.alien-landing'];
      },
      { code: 'unknown-event', round: 3, eventId: 'event.alien-landing' },
    ],
    [
      'an event injected twice in a round',
      (r: GameRecord) => {
        round(r, 0).injected = ['event.false-alarm', 'event.false-alarm'];
      },
      { code: 'repeated-event', round: 1, eventId: 'event.false-alarm' },
    ],
    [
      'an unknown lens in a round',
      (r: GameRecord) => {
        round(r, 1).lens = 'rosy';
      },
      { code: 'unknown-lens', round: 2, lens: 'rosy' },
    ],
    [
      'an unknown starting lens',
      (r: GameRecord) => {
        r.lens = 'rosy';
      },
      { code: 'unknown-lens', round: 1, lens: 'rosy' },
    ],
    [
      'another scenario',
      (r: GameRecord) => {
        r.scenarioId = 'elsewhere';
      },
      { code: 'wrong-scenario', recordScenario: 'elsewhere', scenario: s.id },
    ],
    [
      'a round after the game ended',
      (r: GameRecord) => {
        r.rounds.push(structuredClone(round(r, 0)));
      },
      { code: 'continues-after-end', round: s.rounds + 1 },
    ],
    [
      'an End now after the game had ended by itself',
      (r: GameRecord) => {
        r.endedAfter = r.rounds.length;
      },
      { code: 'cannot-end', round: s.rounds },
    ],
  ])('refuses %s', (_, edit, error) => {
    const record = edited(edit);
    expect(replayChecked(s, record)).toEqual({ ok: false, error });
    // The throwing form callers rely on refuses it too.
    expect(() => replay(s, record)).toThrow();
  });
});
