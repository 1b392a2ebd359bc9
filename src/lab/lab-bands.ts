import { INDICATORS, type IndicatorId, type Indicators } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { GameState } from '../model/state';

/** The spread of every indicator across a batch's games at the end of one round. */
export interface RoundBand {
  /** 0 is the start, before anyone decides. */
  round: number;
  /** Games still being played in this round; the others count with their final values. */
  running: number;
  p10: Indicators;
  median: Indicators;
  p90: Indicators;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The q-quantile (0–1) of ascending values, interpolating linearly between the two nearest
 * order statistics (numpy's default), so small batches still give a smooth band.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/**
 * Collects each game's indicators round by round, for percentile bands. A game that ended
 * before a round keeps its final values there: otherwise the band of late rounds would
 * describe only the games that happened to last, and jump when the others drop out.
 */
export class BandCollector {
  /** values[round - 1][indicator][game]; typed arrays keep 5,000 games to a few megabytes. */
  private readonly values: Float64Array[][];
  private readonly running: number[];
  private games = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly capacity: number,
  ) {
    this.values = Array.from({ length: scenario.rounds }, () =>
      INDICATORS.map(() => new Float64Array(capacity)),
    );
    this.running = Array.from({ length: scenario.rounds }, () => 0);
  }

  /** Add one finished game. */
  add(game: GameState): void {
    if (this.games >= this.capacity) throw new Error('BandCollector: more games than planned');
    let last: Indicators = game.history.at(-1)?.indicators ?? game.indicators;
    for (let r = 0; r < this.scenario.rounds; r++) {
      const record = game.history[r];
      if (record) {
        last = record.indicators;
        this.running[r] = (this.running[r] ?? 0) + 1;
      }
      const slots = this.values[r] as Float64Array[];
      INDICATORS.forEach((id, i) => {
        (slots[i] as Float64Array)[this.games] = last[id];
      });
    }
    this.games++;
  }

  /** Bands for round 0 (the start) through the scenario's last round, over the games added. */
  bands(): RoundBand[] {
    const start = Object.fromEntries(
      INDICATORS.map((id) => [id, this.scenario.indicators[id].value]),
    ) as Indicators;
    const bands: RoundBand[] = [
      { round: 0, running: this.games, p10: start, median: start, p90: start },
    ];
    if (this.games === 0) return bands;
    for (let r = 0; r < this.scenario.rounds; r++) {
      const p10 = {} as Record<IndicatorId, number>;
      const median = {} as Record<IndicatorId, number>;
      const p90 = {} as Record<IndicatorId, number>;
      INDICATORS.forEach((id, i) => {
        const column = this.values[r]?.[i] as Float64Array;
        // slice copies only the games added so far; typed arrays sort numerically.
        const sorted = column.slice(0, this.games).sort();
        p10[id] = round2(quantile(sorted, 0.1));
        median[id] = round2(quantile(sorted, 0.5));
        p90[id] = round2(quantile(sorted, 0.9));
      });
      bands.push({ round: r + 1, running: this.running[r] ?? 0, p10, median, p90 });
    }
    return bands;
  }
}
