import { CAPITALS, type CapitalId } from '../model/ids';
import { policyChoice } from '../model/policy';
import type { Scenario } from '../model/schema';
import type { GameState } from '../model/state';
import {
  type BatchSettings,
  type BatchSummary,
  BatchTotals,
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

/**
 * A batch played a chunk at a time, so a worker can report progress and stop between chunks.
 * Each chunk is a runBatch call on the next seeds — the same choosers and game loop as
 * `npm run simulate` — with a PlayFn that also hands every game to the lab's accumulators.
 * Totals are summed in seed order, as runBatch sums them, so the numbers come out identical.
 */
export class LabBatch {
  private played = 0;
  private policyFallbacks = 0;
  private readonly totals: BatchTotals;
  private readonly fallbacks = new Map<string, FallbackCount>();
  private readonly bands: BandCollector;

  constructor(
    private readonly scenario: Scenario,
    private readonly settings: BatchSettings,
  ) {
    this.totals = new BatchTotals(scenario);
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
    this.policyFallbacks += chunk.policyFallbacks;
    this.played += runs;
    return runs;
  }

  private add(game: GameState): void {
    this.totals.add(game);
    for (const record of game.history) this.noteFallbacks(record.round, record.decisions);
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
    return {
      ...this.totals.summary({
        seed: this.settings.seed,
        lens: this.settings.lens ?? 'balanced',
        turnOrder: this.settings.turnOrder ?? 'sealed',
        policyFallbacks: this.policyFallbacks,
      }),
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
