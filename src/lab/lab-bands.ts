import { INDICATORS, type IndicatorId, type Indicators } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { GameState } from '../model/state';

/** The spread of one indicator's values over some games: p10, median and p90. */
export interface Spread {
  p10: Indicators;
  median: Indicators;
  p90: Indicators;
}

/** The spread of every indicator over the games still running at the end of one round. */
export interface RoundBand {
  /** 0 is the start, before anyone decides. */
  round: number;
  /** Games that played this round: the band describes these, and only these. */
  running: number;
  /** Games that had ended before this round, counted by ending (outcome id). */
  endedBefore: Record<string, number>;
  /** Null when no game played this round. */
  spread: Spread | null;
}

/** A band rests on few games below this many, or below FEW_SHARE of the batch. */
export const FEW_GAMES = 10;
/** A band rests on few games when fewer than this share of the batch still runs. */
export const FEW_SHARE = 0.25;

/** Whether a round's band rests on too few games to read like the others. */
export function fewGames(running: number, total: number): boolean {
  return running < FEW_GAMES || running < FEW_SHARE * total;
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

function spreadOf(columns: Float64Array[], count: number): Spread | null {
  if (count === 0) return null;
  const p10 = {} as Record<IndicatorId, number>;
  const median = {} as Record<IndicatorId, number>;
  const p90 = {} as Record<IndicatorId, number>;
  INDICATORS.forEach((id, i) => {
    // slice copies only the values filled so far; typed arrays sort numerically.
    const sorted = (columns[i] as Float64Array).slice(0, count).sort();
    p10[id] = round2(quantile(sorted, 0.1));
    median[id] = round2(quantile(sorted, 0.5));
    p90[id] = round2(quantile(sorted, 0.9));
  });
  return { p10, median, p90 };
}

/**
 * Collects each game's indicators round by round. A round's band holds only the games that
 * played it: an ended game is not carried on with frozen values, it is counted, by its ending,
 * among the games that ended before the round — so a late band that rests on few games says so.
 * Each game's final values are kept apart, for where the games stood when they ended.
 */
export class BandCollector {
  /** values[round - 1][indicator][k]: the k-th game to play that round; typed arrays stay small. */
  private readonly values: Float64Array[][];
  private readonly finals: Float64Array[];
  private readonly running: number[];
  /** endings[r]: games whose last round was r + 1, by outcome id. */
  private readonly endings: Record<string, number>[];
  private games = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly capacity: number,
  ) {
    const columns = () => INDICATORS.map(() => new Float64Array(capacity));
    this.values = Array.from({ length: scenario.rounds }, columns);
    this.finals = columns();
    this.running = Array.from({ length: scenario.rounds }, () => 0);
    this.endings = Array.from({ length: scenario.rounds }, () => ({}));
  }

  /** Add one finished game. */
  add(game: GameState): void {
    if (this.games >= this.capacity) throw new Error('BandCollector: more games than planned');
    const played = Math.min(game.history.length, this.scenario.rounds);
    for (let r = 0; r < played; r++) {
      const indicators = (game.history[r] as GameState['history'][number]).indicators;
      const slot = this.running[r] as number;
      INDICATORS.forEach((id, i) => {
        ((this.values[r] as Float64Array[])[i] as Float64Array)[slot] = indicators[id];
      });
      this.running[r] = slot + 1;
    }
    const last = game.history.at(-1)?.indicators ?? game.indicators;
    INDICATORS.forEach((id, i) => {
      (this.finals[i] as Float64Array)[this.games] = last[id];
    });
    if (played > 0 && played < this.scenario.rounds) {
      const ending = game.outcome?.outcomeId ?? 'unknown';
      const counts = this.endings[played - 1] as Record<string, number>;
      counts[ending] = (counts[ending] ?? 0) + 1;
    }
    this.games++;
  }

  /** Bands for round 0 (the start) through the scenario's last round, over the games added. */
  bands(): RoundBand[] {
    const start = Object.fromEntries(
      INDICATORS.map((id) => [id, this.scenario.indicators[id].value]),
    ) as Indicators;
    const bands: RoundBand[] = [
      {
        round: 0,
        running: this.games,
        endedBefore: {},
        spread: this.games > 0 ? { p10: start, median: start, p90: start } : null,
      },
    ];
    const ended: Record<string, number> = {};
    for (let r = 0; r < this.scenario.rounds; r++) {
      const running = this.running[r] as number;
      bands.push({
        round: r + 1,
        running,
        endedBefore: { ...ended },
        spread: spreadOf(this.values[r] as Float64Array[], running),
      });
      for (const [id, n] of Object.entries(this.endings[r] as Record<string, number>))
        ended[id] = (ended[id] ?? 0) + n;
    }
    return bands;
  }

  /** Where every game stood when it ended (after its last round), or null before any game. */
  finalSpread(): Spread | null {
    return spreadOf(this.finals, this.games);
  }
}
