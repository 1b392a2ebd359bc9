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
import { BandCollector, type RoundBand, type Spread } from './lab-bands';

/** How often one fixed option was closed when its turn came, so the AI chose instead. */
export interface FallbackCount {
  capital: CapitalId;
  optionId: string;
  count: number;
  /** The rounds in which it happened at least once, ascending. */
  rounds: number[];
}

/** What one fixed capital played in one round over the batch's games that reached it. */
export interface PlayedRound {
  /** Games in which the strategy's option was played, by option id. */
  fixed: Record<string, number>;
  /** Games in which the AI decided (the round left to it, or the fixed option closed). */
  ai: number;
}

/** What a capital the strategy fixes actually played, round by round (index: round − 1). */
export interface PlayedByRound {
  capital: CapitalId;
  rounds: PlayedRound[];
}

/** One strategy's results: runBatch's summary, plus indicator bands and where the policy bent. */
export interface LabSummary extends BatchSummary {
  bands: RoundBand[];
  /** Where every game stood after its own last round. */
  final: Spread | null;
  fallbacks: FallbackCount[];
  played: PlayedByRound[];
}

/**
 * A batch played a chunk at a time, so a worker can report progress and stop between chunks.
 * Each chunk is a runBatch call on the next seeds — the same choosers and game loop as
 * `npm run simulate` — with a PlayFn that also hands every game to the lab's accumulators.
 * Totals are summed in seed order, as runBatch sums them, so the numbers come out identical.
 */
export class LabBatch {
  private gamesPlayed = 0;
  private policyFallbacks = 0;
  private readonly totals: BatchTotals;
  private readonly fallbacks = new Map<string, FallbackCount>();
  private readonly bands: BandCollector;
  private readonly played: PlayedByRound[];

  constructor(
    private readonly scenario: Scenario,
    private readonly settings: BatchSettings,
  ) {
    this.totals = new BatchTotals(scenario);
    this.bands = new BandCollector(scenario, settings.runs);
    this.played = CAPITALS.filter((c) => settings.policy?.[c] !== undefined).map((capital) => ({
      capital,
      rounds: Array.from({ length: scenario.rounds }, () => ({ fixed: {}, ai: 0 })),
    }));
  }

  /** Games played so far. */
  get done(): number {
    return this.gamesPlayed;
  }

  /** Whether every game has been played. */
  get finished(): boolean {
    return this.gamesPlayed >= this.settings.runs;
  }

  /** Play up to `maxGames` more games; returns how many were played. */
  step(maxGames: number): number {
    const runs = Math.min(Math.max(0, Math.floor(maxGames)), this.settings.runs - this.gamesPlayed);
    if (runs === 0) return 0;
    const chunk = runBatch(
      this.scenario,
      { ...this.settings, seed: this.settings.seed + this.gamesPlayed, runs },
      (scenario, settings) => {
        const game = playWithModel(scenario, settings);
        this.add(game);
        return game;
      },
    );
    this.policyFallbacks += chunk.policyFallbacks;
    this.gamesPlayed += runs;
    return runs;
  }

  private add(game: GameState): void {
    this.totals.add(game);
    for (const record of game.history) {
      this.noteFallbacks(record.round, record.decisions);
      this.notePlayed(record.round, record.decisions);
    }
    this.bands.add(game);
  }

  private notePlayed(round: number, decisions: GameState['history'][number]['decisions']) {
    for (const { capital, rounds } of this.played) {
      const tally = rounds[round - 1];
      if (!tally) continue;
      const decision = decisions[capital];
      if (decision.by === 'ai') tally.ai++;
      else tally.fixed[decision.optionId] = (tally.fixed[decision.optionId] ?? 0) + 1;
    }
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
      final: this.bands.finalSpread(),
      played: this.played.map(({ capital, rounds }) => ({
        capital,
        rounds: rounds.map((r) => ({ fixed: { ...r.fixed }, ai: r.ai })),
      })),
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
