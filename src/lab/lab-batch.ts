import { CAPITALS, type CapitalId, INDICATORS, type IndicatorId } from '../model/ids';
import { policyChoice } from '../model/policy';
import type { Scenario } from '../model/schema';
import type { GameState } from '../model/state';
import {
  type BatchSettings,
  type BatchSummary,
  countTests,
  playWithModel,
  runBatch,
} from '../sim/batch';
import { BandCollector, type RoundBand } from './lab-bands';

/** How often one fixed option was closed when its turn came, so the AI chose instead. */
export interface FallbackCount {
  capital: CapitalId;
  optionId: string;
  count: number;
  /** The rounds in which it happened at least once, ascending. */
  rounds: number[];
}

/** One strategy's results: runBatch's summary, plus indicator bands and where the policy bent. */
export interface LabSummary extends BatchSummary {
  bands: RoundBand[];
  fallbacks: FallbackCount[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A batch played a chunk at a time, so a worker can report progress and stop between chunks.
 * Each chunk is a runBatch call on the next seeds — the same choosers and game loop as
 * `npm run simulate` — with a PlayFn that also hands every game to the lab's accumulators.
 * Totals are summed in seed order, as runBatch sums them, so the numbers come out identical.
 */
export class LabBatch {
  private played = 0;
  private readonly outcomes: Record<string, number> = {};
  private policyFallbacks = 0;
  private rounds = 0;
  private tests = 0;
  private overflights = 0;
  private readonly scoreSums = Object.fromEntries(CAPITALS.map((c) => [c, 0])) as Record<
    CapitalId,
    number
  >;
  private readonly roundSums: { games: number; totals: Record<IndicatorId, number> }[];
  private readonly fallbacks = new Map<string, FallbackCount>();
  private readonly bands: BandCollector;

  constructor(
    private readonly scenario: Scenario,
    private readonly settings: BatchSettings,
  ) {
    this.roundSums = Array.from({ length: scenario.rounds }, () => ({
      games: 0,
      totals: {} as Record<IndicatorId, number>,
    }));
    this.bands = new BandCollector(scenario, settings.runs);
  }

  /** Games played so far. */
  get done(): number {
    return this.played;
  }

  /** Whether every game has been played. */
  get finished(): boolean {
    return this.played >= this.settings.runs;
  }

  /** Play up to `maxGames` more games; returns how many were played. */
  step(maxGames: number): number {
    const runs = Math.min(Math.max(0, Math.floor(maxGames)), this.settings.runs - this.played);
    if (runs === 0) return 0;
    const chunk = runBatch(
      this.scenario,
      { ...this.settings, seed: this.settings.seed + this.played, runs },
      (scenario, settings) => {
        const game = playWithModel(scenario, settings);
        this.add(game);
        return game;
      },
    );
    for (const [id, count] of Object.entries(chunk.outcomes))
      this.outcomes[id] = (this.outcomes[id] ?? 0) + count;
    this.policyFallbacks += chunk.policyFallbacks;
    this.played += runs;
    return runs;
  }

  private add(game: GameState): void {
    for (const c of CAPITALS) this.scoreSums[c] += game.outcome?.scores[c] ?? 0;
    this.rounds += game.history.length;
    const counted = countTests(this.scenario, game);
    this.tests += counted.tests;
    this.overflights += counted.overflights;
    for (const record of game.history) {
      const slot = this.roundSums[record.round - 1];
      if (slot) {
        slot.games++;
        for (const id of INDICATORS)
          slot.totals[id] = (slot.totals[id] ?? 0) + record.indicators[id];
      }
      this.noteFallbacks(record.round, record.decisions);
    }
    this.bands.add(game);
  }

  /** A capital the policy fixed this round whose decision the AI made: the option was closed. */
  private noteFallbacks(round: number, decisions: GameState['history'][number]['decisions']) {
    for (const capital of CAPITALS) {
      const optionId = policyChoice(this.settings.policy ?? {}, capital, round);
      if (optionId === null || decisions[capital].by !== 'ai') continue;
      const key = `${capital} ${optionId}`;
      const entry = this.fallbacks.get(key) ?? { capital, optionId, count: 0, rounds: [] };
      entry.count++;
      if (!entry.rounds.includes(round)) entry.rounds.push(round);
      this.fallbacks.set(key, entry);
    }
  }

  /** The summary over the games played so far (all of them once `finished`). */
  summary(): LabSummary {
    const n = Math.max(1, this.played);
    return {
      scenario: this.scenario.id,
      seeds: [this.settings.seed, this.settings.seed + this.played - 1],
      runs: this.played,
      lens: this.settings.lens ?? 'balanced',
      turnOrder: this.settings.turnOrder ?? 'sealed',
      outcomes: { ...this.outcomes },
      meanRounds: round2(this.rounds / n),
      meanTests: round2(this.tests / n),
      meanOverflights: round2(this.overflights / n),
      meanScores: Object.fromEntries(
        CAPITALS.map((c) => [c, round2(this.scoreSums[c] / n)]),
      ) as Record<CapitalId, number>,
      perRound: this.roundSums
        .map((slot, i) => ({
          round: i + 1,
          games: slot.games,
          means: Object.fromEntries(
            INDICATORS.map((id) => [
              id,
              slot.games ? round2((slot.totals[id] ?? 0) / slot.games) : 0,
            ]),
          ) as Record<IndicatorId, number>,
        }))
        .filter((r) => r.games > 0),
      policyFallbacks: this.policyFallbacks,
      bands: this.bands.bands(),
      fallbacks: [...this.fallbacks.values()].map((f) => ({
        ...f,
        rounds: [...f.rounds].sort((a, b) => a - b),
      })),
    };
  }
}

/** Play a whole lab batch at once (tests, scripts): the numbers the worker reports. */
export function runLabBatch(scenario: Scenario, settings: BatchSettings, chunk = 50): LabSummary {
  const batch = new LabBatch(scenario, settings);
  while (!batch.finished) batch.step(chunk);
  return batch.summary();
}
