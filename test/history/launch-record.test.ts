import { describe, expect, it } from 'vitest';
import {
  cellText,
  comparisonMarkdown,
  launchComparison,
} from '../../src/history/launch-comparison';
import {
  batchLaunchesByRound,
  gameLaunchesByRound,
  inWindow,
  recordByRound,
  roundWindows,
} from '../../src/history/launch-record';
import { RECORD_EVENTS } from '../../src/history/record-data';
import { playGame } from '../../src/model/game';
import { type LaunchCounts, zeroCounts } from '../../src/model/launches';
import { runBatch } from '../../src/sim/batch';
import { scenario } from '../helpers';

const counts = (partial: Partial<LaunchCounts>): LaunchCounts => ({ ...zeroCounts(), ...partial });

describe('round windows', () => {
  it.each([
    ['aug-2017-overflight', 1, '2017-08-29', '2017-09-28'],
    ['aug-2017-overflight', 4, '2017-11-27', '2017-12-27'],
    ['aug-2017-overflight', 12, '2018-07-25', '2018-08-24'],
    ['mar-2017-salvo', 1, '2017-03-06', '2017-03-20'],
    ['sep-2021-business-as-usual', 2, '2021-10-15', '2021-11-14'],
  ])('%s round %i covers [%s, %s)', (id, round, from, to) => {
    expect(roundWindows(scenario(id))[round - 1]).toEqual({ round, from, to });
  });

  it.each([
    ['2017-08-29', true],
    ['2017-09-27', true],
    ['2017-09-28', false],
    ['2017-08-26', false],
    ['2017-09', false],
  ])('%s is in [2017-08-29, 2017-09-28): %s', (date, inside) => {
    expect(inWindow(date, { from: '2017-08-29', to: '2017-09-28' })).toBe(inside);
  });

  it('places a month-only date only where the window holds the whole month', () => {
    expect(inWindow('1984-09', { from: '1984-08-20', to: '1984-10-01' })).toBe(true);
    expect(inWindow('1984-09', { from: '1984-09-02', to: '1984-10-30' })).toBe(false);
  });
});

describe('the record per round', () => {
  const aug = recordByRound(scenario('aug-2017-overflight'), RECORD_EVENTS);
  const windows: [number, LaunchCounts, string[]][] = [
    // Round 1 opens on the day of the first overflight, the briefing's (not counted); the
    // 26 Aug short-range shots fall before it.
    [1, counts({ overflight: 1, nuclear: 1 }), ['2017-09-03', '2017-09-15']],
    [2, counts({}), []],
    [3, counts({}), []],
    [4, counts({ icbm: 1 }), ['2017-11-29']],
    ...Array.from({ length: 8 }, (_, i): [number, LaunchCounts, string[]] => [
      i + 5,
      counts({}),
      [],
    ]),
  ];
  it.each(windows)('aug-2017-overflight round %i', (round, expected, dates) => {
    const r = aug[round - 1];
    expect(r?.counts).toEqual(expected);
    expect(r?.events.map((e) => e.date)).toEqual(dates);
  });

  it('sep-2021 round 1 holds the hypersonic test of September 2021 (the train launch is the briefing)', () => {
    const sep = recordByRound(scenario('sep-2021-business-as-usual'), RECORD_EVENTS);
    expect(sep[0]?.counts).toEqual(counts({ mediumRange: 1 }));
    expect(sep[1]?.counts).toEqual(counts({ mediumRange: 1 }));
  });
});

describe('the model per round', () => {
  const aug = scenario('aug-2017-overflight');

  it('counts a game’s launches round by round, as the records hold them', () => {
    const game = playGame(aug, { seed: 7, lens: 'balanced', turnOrder: 'sealed' });
    const byRound = gameLaunchesByRound(game);
    expect(byRound).toHaveLength(game.history.length);
    game.history.forEach((record, i) => {
      const total = Object.values(byRound[i] as LaunchCounts).reduce((a, b) => a + b, 0);
      expect(total).toBe(record.launches.length);
    });
  });

  it('takes a batch’s per-round means from its summary', () => {
    const summary = runBatch(aug, { seed: 1, runs: 20 });
    const byRound = batchLaunchesByRound(summary.perRound);
    expect(byRound).toHaveLength(summary.perRound.length);
    expect(byRound[0]).toEqual(summary.perRound[0]?.tests.byKind);
  });

  it('lines a series up with the record: cells read model / record, cruise unknown in the record', () => {
    const series = [
      { label: 'This game', byRound: [counts({ overflight: 1 }), counts({ cruise: 1 })] },
    ];
    const c = launchComparison(aug, series, RECORD_EVENTS);
    expect(c.record.map((r) => r.round)).toEqual([1, 2]);
    expect(c.kinds).toEqual(['overflight', 'nuclear', 'cruise']);
    expect(cellText(c, 0, 'overflight')).toBe('1 / 1');
    expect(cellText(c, 0, 'all')).toBe('1 / 2');
    expect(cellText(c, 1, 'cruise')).toBe('1 / n/a');
    expect(c.later).toEqual({ fromRound: 3, events: 1 });
    expect(comparisonMarkdown(c)[0]).toBe('| Launch events | R1 (2017-08-29) | R2 (2017-09-28) |');
  });
});
