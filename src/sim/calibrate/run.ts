import { recordByRound } from '../../history/launch-record';
import type { RecordEvent } from '../../history/record-schema';
import { LAUNCH_KINDS, type LaunchCounts, zeroCounts } from '../../model/launches';
import type { Policy } from '../../model/policy';
import type { Scenario } from '../../model/schema';
import { roundDate } from '../../model/state';
import { type Band, band, KIND_SLACK, TALKS_PHASES } from './bands';
import {
  allEvents,
  type BatchStats,
  ending,
  playBatch,
  recordedEvents,
  strategicEvents,
  tempo,
} from './stats';
import {
  mutedAnswer,
  nkShots,
  STRATEGIES,
  type StrategyPolicies,
  talksThenPressure,
} from './strategies';

/** One round of the tempo table: the model's mean launches beside the record's. */
export interface TempoRow {
  round: number;
  date: string;
  model: LaunchCounts;
  record: LaunchCounts;
}

/** One cell of the strategy grid. */
export interface GridRow {
  scenario: string;
  lens: string;
  strategy: string;
  events: number;
  overflights: number;
  strategic: number;
  endings: Record<string, number>;
  confidence: { japan: number; southKorea: number };
}

/** The named claims measured as effect sizes, per scenario and lens. */
export interface ClaimRow {
  scenario: string;
  lens: string;
  /** Launch events per game: sanctions without talks minus sanctions with talks (001:21). */
  sanctionsWithoutTalks: number;
  /** Tokyo's confidence after round 6: lofted shots minus overflights (001:14). */
  overflightJapan: number;
  /** The same for Seoul. */
  overflightSouthKorea: number;
}

/** Everything `npm run calibrate` prints. */
export interface CalibrationReport {
  runs: number;
  tempo: { scenario: string; rows: TempoRow[] }[];
  grid: GridRow[];
  claims: ClaimRow[];
  bands: Band[];
}

/** What a calibration run needs. */
export interface CalibrationInput {
  scenarios: Scenario[];
  policies: Record<string, StrategyPolicies>;
  record: RecordEvent[];
  runs: number;
}

const sum = (rows: LaunchCounts[], from = 1, to = rows.length): LaunchCounts => {
  const out = zeroCounts();
  for (let r = from; r <= to; r++)
    for (const k of LAUNCH_KINDS) out[k] += (rows[r - 1] as LaunchCounts)[k];
  return out;
};

/** Run every measure of the calibration on each scenario and check every band. */
export function runCalibration(input: CalibrationInput): CalibrationReport {
  const report: CalibrationReport = {
    runs: input.runs,
    tempo: [],
    grid: [],
    claims: [],
    bands: [],
  };
  for (const scenario of input.scenarios) {
    const policies = input.policies[scenario.id];
    if (!policies) throw new Error(`no calibration policies for ${scenario.id}`);
    calibrateScenario(scenario, policies, input, report);
  }
  return report;
}

function calibrateScenario(
  scenario: Scenario,
  policies: StrategyPolicies,
  input: CalibrationInput,
  report: CalibrationReport,
): void {
  const { runs } = input;
  const lenses = scenario.lenses.map((l) => l.id);
  const batch = (policy: Policy, lens: string): BatchStats =>
    playBatch(scenario, { policy, lens, runs });
  const bands = report.bands;
  const at = (lens: string) => ({ scenario: scenario.id, lens });

  // (a) The record: what the allies did, Pyongyang left to the AI.
  const real = recordByRound(scenario, input.record).map((r) => r.counts);
  const grid: Record<string, Record<string, BatchStats>> = {};
  for (const lens of lenses) {
    grid[lens] = {};
    for (const strategy of STRATEGIES) {
      const stats = batch(policies[strategy], lens);
      (grid[lens] as Record<string, BatchStats>)[strategy] = stats;
      report.grid.push({
        scenario: scenario.id,
        lens,
        strategy,
        events: allEvents(stats),
        overflights: stats.byKind.overflight,
        strategic: strategicEvents(stats.byKind),
        endings: stats.endings,
        confidence: stats.finalConfidence,
      });
    }
  }
  const cell = (lens: string, strategy: string) => grid[lens]?.[strategy] as BatchStats;
  const asHappened = cell('balanced', 'as-happened');
  report.tempo.push({
    scenario: scenario.id,
    rows: real.map((record, i) => ({
      round: i + 1,
      date: roundDate(scenario, i + 1),
      model: asHappened.perRound[i] as LaunchCounts,
      record,
    })),
  });
  const modelTotal = sum(asHappened.perRound);
  const recordTotal = sum(real);
  const recorded = recordedEvents(recordTotal);
  bands.push(
    band(
      'tempo.all',
      at('balanced'),
      'as happened: launch events in the window (CNS kinds), model ÷ record',
      recordedEvents(modelTotal) / Math.max(1, recorded),
      0.5,
      2,
      recorded,
    ),
  );
  for (const kind of ['overflight', 'icbm', 'nuclear', 'shortRange', 'mediumRange'] as const) {
    const rec = recordTotal[kind];
    bands.push(
      band(
        `tempo.${kind}`,
        at('balanced'),
        `as happened: ${kind} events in the window`,
        modelTotal[kind],
        Math.round(rec * 0.3 * 100) / 100,
        Math.round((rec * 2.5 + KIND_SLACK[kind]) * 100) / 100,
        rec,
      ),
    );
  }
  const phase = TALKS_PHASES[scenario.id];
  if (phase) {
    const during = sum(asHappened.perRound, phase.from, phase.to);
    const rec = recordedEvents(sum(real, phase.from, phase.to));
    bands.push(
      band(
        'tempo.talks-phase',
        at('balanced'),
        `${phase.label}: launch events`,
        allEvents0(during),
        0,
        rec + 1,
        rec,
      ),
      band(
        'tempo.talks-phase-strategic',
        at('balanced'),
        `${phase.label}: strategic tests`,
        strategicEvents(during),
        0,
        0.2,
        0,
      ),
    );
  }

  // Tempo under talks against tempo under pressure alone (anchors: 0.16 against 3 a month).
  for (const lens of ['balanced', 'engagement']) {
    const talks = allEvents(cell(lens, 'talks-only'));
    const pressure = allEvents(cell(lens, 'sanctions-only'));
    bands.push(
      band(
        'tempo.talks-vs-pressure',
        at(lens),
        'launches under talks only ÷ under sanctions only',
        talks / Math.max(0.01, pressure),
        0,
        0.35,
      ),
    );
  }
  const allAi = batch({}, 'balanced');
  bands.push(
    band(
      'tempo.clustering',
      at('balanced'),
      'all AI: P(launch | launch last round) ÷ P(launch | quiet last round)',
      allAi.clustering.afterLaunch / Math.max(0.01, allAi.clustering.afterQuiet),
      1.1,
      99,
    ),
  );
  const drills = batch({ southKorea: 'sk.joint-exercises' }, 'balanced');
  const noDrills = batch({ southKorea: 'sk.missile-buildup' }, 'balanced');
  bands.push(
    band(
      'tempo.exercises',
      at('balanced'),
      'Seoul drilling every round instead of building missiles: launch events per game, difference',
      allEvents(drills) - allEvents(noDrills),
      -1.5,
      1.5,
    ),
  );
  const collapse = batch(talksThenPressure(policies, scenario.rounds), 'balanced');
  const pressure = cell('balanced', 'sanctions-only');
  const shareStrategic = (s: BatchStats) => {
    const c = sum(s.perRound, 6, 8);
    return strategicEvents(c) / Math.max(0.01, allEvents0(c));
  };
  bands.push(
    band(
      'tempo.after-talks-fail',
      at('balanced'),
      'rounds 6–8 after talks fail: strategic share of launches, minus under pressure throughout',
      shareStrategic(collapse) - shareStrategic(pressure),
      -1,
      0,
    ),
  );

  // (b) The simple strategies under every lens: plausible endings.
  for (const lens of lenses) {
    for (const strategy of STRATEGIES) {
      const s = cell(lens, strategy);
      bands.push(
        band(
          'ending.clash',
          at(lens),
          `${strategy}: armed clash share`,
          ending(s, 'clash'),
          0,
          0.08,
        ),
      );
      bands.push(
        band(
          'ending.rupture',
          at(lens),
          `${strategy}: alliance rupture share`,
          ending(s, 'rupture'),
          0,
          0.05,
        ),
      );
    }
    const r = cell(lens, 'reassurance-only');
    bands.push(
      band(
        'reassurance.ceiling',
        at(lens),
        "reassurance only: Tokyo's final confidence",
        r.finalConfidence.japan,
        0,
        85,
      ),
    );
  }
  for (const lens of lenses) {
    for (const strategy of ['talks-only', 'sanctions-with-talks'])
      bands.push(
        band(
          'freeze.not-certain',
          at(lens),
          `${strategy}: freeze share (neither side moves first, 004:23)`,
          ending(cell(lens, strategy), 'freeze'),
          0,
          0.95,
        ),
      );
  }
  for (const lens of ['balanced', 'engagement']) {
    bands.push(
      band(
        'freeze.needs-talks',
        at(lens),
        'freeze share: sanctions with talks minus sanctions only',
        ending(cell(lens, 'sanctions-with-talks'), 'freeze') -
          ending(cell(lens, 'sanctions-only'), 'freeze'),
        0.05,
        1,
      ),
    );
  }

  // Lenses move outcomes the way their descriptions say.
  const bal = (s: string) => cell('balanced', s);
  if (lenses.includes('engagement')) {
    const eng = (s: string) => cell('engagement', s);
    bands.push(
      band(
        'lens.engagement.freeze',
        at('engagement'),
        'sanctions with talks: freeze by the middle round, engagement minus balanced',
        (eng('sanctions-with-talks').earlyEndings.freeze ?? 0) -
          (bal('sanctions-with-talks').earlyEndings.freeze ?? 0),
        0,
        1,
      ),
      band(
        'lens.engagement.pressure',
        at('engagement'),
        'sanctions only: launch events a round, engagement minus balanced',
        tempo(eng('sanctions-only')) - tempo(bal('sanctions-only')),
        0.01,
        99,
      ),
    );
  }
  if (lenses.includes('deterrence')) {
    const det = (s: string) => cell('deterrence', s);
    bands.push(
      band(
        'lens.deterrence.firm',
        at('deterrence'),
        'firm and united: launch events, deterrence minus balanced',
        allEvents(det('firm-united')) - allEvents(bal('firm-united')),
        -99,
        -0.01,
      ),
      band(
        'lens.deterrence.firm-overflights',
        at('deterrence'),
        'firm and united: overflights, deterrence minus balanced',
        det('firm-united').byKind.overflight - bal('firm-united').byKind.overflight,
        -99,
        0.02,
      ),
    );
    // Overflights in the two rounds after the muted answer (later rounds are the AI's to answer).
    const muted = (lens: string) => {
      const s = batch(mutedAnswer(scenario), lens);
      return (s.perRound[1]?.overflight ?? 0) + (s.perRound[2]?.overflight ?? 0);
    };
    bands.push(
      band(
        'lens.deterrence.muted',
        at('deterrence'),
        'muted answer to an overflight: later overflights, deterrence minus balanced',
        muted('deterrence') - muted('balanced'),
        0.005,
        99,
      ),
    );
  }
  if (lenses.includes('development')) {
    const spread = (lens: string) => {
      const values = STRATEGIES.filter((s) => s !== 'as-happened').map((s) =>
        allEvents(cell(lens, s)),
      );
      return Math.max(...values) - Math.min(...values);
    };
    bands.push(
      band(
        'lens.development.spread',
        at('development'),
        'spread of launch events across strategies, development minus balanced (tempo depends less on the allies)',
        spread('development') - spread('balanced'),
        -99,
        -0.01,
      ),
    );
  }

  // (c) The named claims as effect sizes, under every lens.
  const claimRows: ClaimRow[] = lenses.map((lens) => {
    const lofted = batch(
      nkShots(scenario.optionIndex['nk.lofted-test'] ? 'nk.lofted-test' : 'nk.salvo'),
      lens,
    );
    const over = batch(nkShots('nk.overflight'), lens);
    return {
      scenario: scenario.id,
      lens,
      sanctionsWithoutTalks:
        allEvents(cell(lens, 'sanctions-only')) - allEvents(cell(lens, 'sanctions-with-talks')),
      overflightJapan: lofted.probeConfidence.japan - over.probeConfidence.japan,
      overflightSouthKorea: lofted.probeConfidence.southKorea - over.probeConfidence.southKorea,
    };
  });
  report.claims.push(...claimRows);
  const claim = (lens: string) => claimRows.find((c) => c.lens === lens) as ClaimRow;
  bands.push(
    band(
      'claim.sanctions.balanced',
      at('balanced'),
      'sanctions without talks: extra launch events per game',
      claim('balanced').sanctionsWithoutTalks,
      0.5,
      99,
    ),
    band(
      'claim.overflight.balanced',
      at('balanced'),
      "overflights: Tokyo's confidence lost against lofted shots",
      claim('balanced').overflightJapan,
      1,
      99,
    ),
  );
  if (lenses.includes('engagement') && lenses.includes('deterrence')) {
    bands.push(
      band(
        'claim.sanctions.lenses',
        at('engagement'),
        'sanctions-without-talks effect: engagement minus deterrence',
        claim('engagement').sanctionsWithoutTalks - claim('deterrence').sanctionsWithoutTalks,
        0.01,
        99,
      ),
    );
  }
  if (lenses.includes('development')) {
    bands.push(
      band(
        'claim.overflight.development',
        at('development'),
        'overflight effect on Tokyo: development minus balanced (a test is just a test)',
        claim('development').overflightJapan - claim('balanced').overflightJapan,
        -99,
        0,
      ),
    );
  }
}

function allEvents0(c: LaunchCounts): number {
  return LAUNCH_KINDS.reduce((t, k) => t + c[k], 0);
}
