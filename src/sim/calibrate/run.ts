import { recordByRound } from '../../history/launch-record';
import type { RecordEvent } from '../../history/record-schema';
import type { LaunchCounts } from '../../model/launches';
import type { Policy } from '../../model/policy';
import type { Scenario } from '../../model/schema';
import { roundDate } from '../../model/state';
import type { Band } from './bands';
import { claimBands } from './claim-bands';
import { allEvents, type BatchStats, playBatch, strategicEvents } from './stats';
import { STRATEGIES, type StrategyPolicies } from './strategies';
import { strategyBands } from './strategy-bands';
import { tempoBands } from './tempo-bands';

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

/** What the band checks of one scenario share: its runs so far and how to play more. */
export interface ScenarioRun {
  scenario: Scenario;
  policies: StrategyPolicies;
  lenses: string[];
  /** The record's launches per round of the scenario's window. */
  real: LaunchCounts[];
  /** The grid's batch of a strategy under a lens. */
  cell: (lens: string, strategy: string) => BatchStats;
  /** Play another batch on the same seeds. */
  batch: (policy: Policy, lens: string) => BatchStats;
  /** Where a band belongs. */
  at: (lens: string) => { scenario: string; lens: string };
  report: CalibrationReport;
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
  const run: ScenarioRun = { scenario, policies, lenses, real, cell, batch, at, report };
  tempoBands(run);
  strategyBands(run);
  claimBands(run);
}
