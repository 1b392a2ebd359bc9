import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/game';
import { type Policy, policyChooser } from '../../src/model/policy';
import type { Scenario } from '../../src/model/schema';
import type { GameState } from '../../src/model/state';
import { runBatch } from '../../src/sim/batch';
import { scenario } from '../helpers';

const s = scenario();
const RUNS = 400;

function games(policy: Policy, runs = RUNS, lens = 'balanced'): GameState[] {
  const chooser = policyChooser(s, policy);
  return Array.from({ length: runs }, (_, i) => playGame(s, { seed: i + 1, chooser, lens }));
}

/** Share of games in which Pyongyang's choice in `round` carries `tag`. */
function shareChoosing(list: GameState[], sc: Scenario, round: number, tag: string): number {
  const hits = list.filter((g) => {
    const d = g.history[round - 1]?.decisions.northKorea;
    return d !== undefined && (sc.optionIndex[d.optionId]?.tags.includes(tag) ?? false);
  }).length;
  return hits / list.length;
}

function countTagged(list: GameState[], tag: string, fromRound = 1, toRound = 99): number {
  let n = 0;
  for (const g of list) {
    for (const r of g.history) {
      if (r.round < fromRound || r.round > toRound) continue;
      if (s.optionIndex[r.decisions.northKorea.optionId]?.tags.includes(tag)) n++;
    }
  }
  return n / list.length;
}

const meanAt = (list: GameState[], round: number, pick: (g: GameState['indicators']) => number) => {
  const reached = list.filter((g) => g.history.length >= round);
  return (
    reached.reduce(
      (sum, g) => sum + pick((g.history[round - 1] as GameState['history'][0]).indicators),
      0,
    ) / reached.length
  );
};

describe('face validity: the model moves the way the sources say', () => {
  it('joint exercises push toward a test (003:2), but by themselves add little (record: Cha, Lee and Lim 2016)', () => {
    // Washington keeps offering talks on both sides, so Pyongyang is not testing every month anyway.
    const drills = games({ us: 'us.talks-no-preconditions', southKorea: 'sk.joint-exercises' });
    const none = games({ us: 'us.talks-no-preconditions', southKorea: 'sk.missile-buildup' });
    const extra = countTagged(drills, 'test') - countTagged(none, 'test');
    expect(extra).toBeGreaterThan(-0.3);
    expect(extra).toBeLessThan(1.5);
  });

  it('a weak answer to an overflight makes another overflight more likely (002:11)', () => {
    const weak = games({ northKorea: ['nk.overflight'], us: ['us.press-china'] });
    const firm = games({ northKorea: ['nk.overflight'], us: ['us.show-of-force'] });
    expect(shareChoosing(weak, s, 2, 'overflight')).toBeGreaterThan(
      shareChoosing(firm, s, 2, 'overflight') + 0.1,
    );
  });

  it('an open channel for talks makes ICBM and nuclear tests rarer (004:14)', () => {
    const talks = games({ us: 'us.talks-no-preconditions', southKorea: 'sk.outreach' });
    const pressure = games({ us: 'us.secondary-sanctions', southKorea: 'sk.joint-exercises' });
    expect(countTagged(talks, 'red-line')).toBeLessThan(countTagged(pressure, 'red-line') * 0.6);
  });

  it('salvos weaken allied missile defence (003:1)', () => {
    const salvos = games({ northKorea: 'nk.salvo' }, 200);
    const lofted = games({ northKorea: 'nk.lofted-test' }, 200);
    expect(meanAt(salvos, 3, (i) => i.alliedMissileDefence)).toBeLessThan(
      meanAt(lofted, 3, (i) => i.alliedMissileDefence) - 8,
    );
  });

  it("a show of force steadies allies' confidence while raising tension (002:16)", () => {
    const force = games({ us: 'us.show-of-force' }, 200);
    const quiet = games({ us: 'us.press-china' }, 200);
    for (const round of [1, 3]) {
      expect(meanAt(force, round, (i) => i['allianceConfidence.japan'])).toBeGreaterThan(
        meanAt(quiet, round, (i) => i['allianceConfidence.japan']),
      );
      expect(meanAt(force, round, (i) => i['allianceConfidence.southKorea'])).toBeGreaterThan(
        meanAt(quiet, round, (i) => i['allianceConfidence.southKorea']),
      );
      expect(meanAt(force, round, (i) => i.regionalTension)).toBeGreaterThan(
        meanAt(quiet, round, (i) => i.regionalTension),
      );
    }
  });

  it('lenses pull the contested claims apart: talks cap tests more under the engagement reading than under the firm-response reading', () => {
    const talks: Policy = { us: 'us.talks-no-preconditions' };
    const sanctions: Policy = { us: 'us.un-sanctions' };
    const gap = (lens: string) =>
      runBatch(s, { seed: 1, runs: 300, policy: sanctions, lens }).meanTests -
      runBatch(s, { seed: 1, runs: 300, policy: talks, lens }).meanTests;
    expect(gap('engagement')).toBeGreaterThan(gap('deterrence') + 1);
  });
});

describe('launches', () => {
  it('a rule adds a nuclear test only where none has happened yet, and tests stay months apart', () => {
    for (const id of ['aug-2017-overflight', 'mar-2017-salvo']) {
      const sc = scenario(id);
      for (let seed = 1; seed <= 300; seed++) {
        const game = playGame(sc, { seed });
        const rounds = game.history.flatMap((r) =>
          r.launches.filter((l) => l.kind === 'nuclear').map((l) => ({ round: r.round, l })),
        );
        for (const [i, { round, l }] of rounds.entries()) {
          if (l.cause.kind === 'rule') expect(i, `${id} seed ${seed}`).toBe(0);
          if (i > 0) expect(round - (rounds[i - 1]?.round ?? 0)).toBeGreaterThan(4);
        }
      }
    }
  });
});

describe('historical check against the CNS North Korea Missile Test Database (via NTI)', () => {
  const csv = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'shared',
    'history',
    'nk_tests_events.csv',
  );

  it('the record is beside the repository', () => {
    expect(existsSync(csv), `${csv} is needed for the historical check`).toBe(true);
  });

  /** Test events in the record between two ISO dates (start included, end excluded). */
  function recordedEvents(from: string, to: string): number {
    return readFileSync(csv, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => {
        const date = line.slice(0, 10);
        return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= from && date < to;
      }).length;
  }

  // What the allies actually did from September to December 2017: UN and secondary sanctions,
  // bomber flights, exercises, reassurance; no talks. Seoul pressed ahead with THAAD and drills.
  const historical: Policy = {
    us: ['us.un-sanctions', 'us.show-of-force', 'us.secondary-sanctions', 'us.joint-exercises'],
    southKorea: ['sk.thaad', 'sk.joint-exercises', 'sk.missile-buildup', 'sk.joint-exercises'],
  };

  it('with the allies’ late-2017 policies, the test tempo is of the same order as the record’s', () => {
    // Rounds 1–4 run from 29 Aug to 27 Dec 2017; the 29 Aug launch itself is the scenario's premise.
    const recorded = recordedEvents('2017-08-30', '2017-12-27');
    expect(recorded).toBe(2);
    const modelled = countTagged(games(historical), 'missile-test', 1, 4);
    // Same order of magnitude: within a factor of two either way of the record.
    expect(modelled).toBeGreaterThan(recorded / 2);
    expect(modelled).toBeLessThan(recorded * 2);
  });

  it('a track where talks open, as in 2018, brings tests down', () => {
    const recorded2018 = recordedEvents('2018-01-01', '2019-01-01');
    expect(recorded2018).toBe(0);
    // From round 5 (late December 2017) Washington and Seoul open talks, as happened in 2018.
    const opening = Array.from({ length: 8 }, (_, i) =>
      i % 2 ? 'us.un-sanctions' : 'us.talks-no-preconditions',
    );
    const talksTrack: Policy = {
      us: [...(historical.us as string[]), ...opening],
      southKorea: [...(historical.southKorea as string[]), ...Array(8).fill('sk.outreach')],
    };
    const pressureTrack: Policy = {
      us: [...(historical.us as string[]), ...Array(8).fill('us.secondary-sanctions')],
      southKorea: historical.southKorea,
    };
    // Tests per game in rounds 6–12 (February to August 2018); a game that ended counts none.
    const talks = countTagged(games(talksTrack), 'test', 6, 12);
    const pressure = countTagged(games(pressureTrack), 'test', 6, 12);
    expect(talks).toBeLessThan(pressure / 2);
    expect(talks / 7).toBeLessThan(0.35);
  });
});
