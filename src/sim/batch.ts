import { type Chooser, playGame } from '../model/game';
import { CAPITALS, type CapitalId, INDICATORS, type IndicatorId } from '../model/ids';
import {
  countLaunches,
  LAUNCH_KINDS,
  type LaunchCounts,
  totalLaunches,
  zeroCounts,
} from '../model/launches';
import { type Policy, policyChooser } from '../model/policy';
import type { Scenario } from '../model/schema';
import type { GameState, TurnOrder } from '../model/state';

/** Settings of a batch of seeded games. */
export interface BatchSettings {
  seed: number;
  runs: number;
  lens?: string;
  turnOrder?: TurnOrder;
  policy?: Policy;
}

/** How one game is played: the model's own loop by default; the machines can stand in. */
export type PlayFn = (
  scenario: Scenario,
  settings: {
    seed: number;
    lens: string;
    turnOrder: TurnOrder;
    chooser: Chooser;
    humans: CapitalId[];
  },
) => GameState;

/** The model's own game loop as a PlayFn. */
export const playWithModel: PlayFn = (scenario, s) => playGame(scenario, s);

/** What a batch reports: the shape `npm run simulate` prints. */
export interface BatchSummary {
  scenario: string;
  seeds: [number, number];
  runs: number;
  lens: string;
  turnOrder: TurnOrder;
  outcomes: Record<string, number>;
  meanRounds: number;
  /** Mean North Korean launch events (tests) per game, every kind together. */
  meanTests: number;
  meanOverflights: number;
  /** Mean launch events per game, by kind. */
  testsByKind: LaunchCounts;
  meanScores: Record<CapitalId, number>;
  /**
   * Per round: how many games reached it, the mean of each indicator at its end, and the mean
   * number of launch events in it (over the games that reached it), by kind.
   */
  perRound: {
    round: number;
    games: number;
    means: Record<IndicatorId, number>;
    tests: { events: number; byKind: LaunchCounts };
  }[];
  /** How often a policy's fixed option was not open and the AI chose instead. */
  policyFallbacks: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const meanCounts = (counts: LaunchCounts, n: number): LaunchCounts => {
  const out = zeroCounts();
  for (const kind of LAUNCH_KINDS) out[kind] = round2(counts[kind] / n);
  return out;
};

/**
 * Running totals over a batch of finished games: outcome counts, scores, tests, overflights and
 * per-round indicator sums. `npm run simulate` and the policy lab both sum through this.
 */
export class BatchTotals {
  private played = 0;
  private readonly outcomes: Record<string, number> = {};
  private readonly scoreSums = Object.fromEntries(CAPITALS.map((c) => [c, 0])) as Record<
    CapitalId,
    number
  >;
  private rounds = 0;
  private readonly byKind = zeroCounts();
  private readonly sums: {
    games: number;
    totals: Record<IndicatorId, number>;
    launches: LaunchCounts;
  }[];

  constructor(private readonly scenario: Scenario) {
    this.sums = Array.from({ length: scenario.rounds }, () => ({
      games: 0,
      totals: {} as Record<IndicatorId, number>,
      launches: zeroCounts(),
    }));
  }

  /** Count one finished game. */
  add(game: GameState): void {
    const outcome = game.outcome;
    if (!outcome) throw new Error('runBatch: a game ended without an outcome');
    this.played++;
    this.outcomes[outcome.outcomeId] = (this.outcomes[outcome.outcomeId] ?? 0) + 1;
    for (const c of CAPITALS) this.scoreSums[c] += outcome.scores[c];
    this.rounds += game.history.length;
    for (const record of game.history) {
      countLaunches(record.launches, this.byKind);
      const slot = this.sums[record.round - 1];
      if (!slot) continue;
      slot.games++;
      countLaunches(record.launches, slot.launches);
      for (const id of INDICATORS) slot.totals[id] = (slot.totals[id] ?? 0) + record.indicators[id];
    }
  }

  /** The summary of the games counted so far. */
  summary(settings: {
    seed: number;
    lens: string;
    turnOrder: TurnOrder;
    policyFallbacks: number;
  }): BatchSummary {
    const n = Math.max(1, this.played);
    return {
      scenario: this.scenario.id,
      seeds: [settings.seed, settings.seed + this.played - 1],
      runs: this.played,
      lens: settings.lens,
      turnOrder: settings.turnOrder,
      outcomes: { ...this.outcomes },
      meanRounds: round2(this.rounds / n),
      meanTests: round2(totalLaunches(this.byKind) / n),
      meanOverflights: round2(this.byKind.overflight / n),
      testsByKind: meanCounts(this.byKind, n),
      meanScores: Object.fromEntries(
        CAPITALS.map((c) => [c, round2(this.scoreSums[c] / n)]),
      ) as Record<CapitalId, number>,
      perRound: this.sums
        .map((slot, i) => ({
          round: i + 1,
          games: slot.games,
          means: Object.fromEntries(
            INDICATORS.map((id) => [
              id,
              slot.games ? round2((slot.totals[id] ?? 0) / slot.games) : 0,
            ]),
          ) as Record<IndicatorId, number>,
          tests: {
            events: slot.games ? round2(totalLaunches(slot.launches) / slot.games) : 0,
            byKind: meanCounts(slot.launches, Math.max(1, slot.games)),
          },
        }))
        .filter((r) => r.games > 0),
      policyFallbacks: settings.policyFallbacks,
    };
  }
}

/** Play `runs` games on consecutive seeds and summarise them. */
export function runBatch(
  scenario: Scenario,
  settings: BatchSettings,
  play: PlayFn = playWithModel,
): BatchSummary {
  const lens = settings.lens ?? 'balanced';
  const turnOrder = settings.turnOrder ?? 'sealed';
  const policy = settings.policy ?? {};
  const humans = CAPITALS.filter((c) => policy[c] !== undefined);
  let policyFallbacks = 0;
  const chooser = policyChooser(scenario, policy, () => policyFallbacks++);
  const totals = new BatchTotals(scenario);
  for (let i = 0; i < settings.runs; i++) {
    totals.add(play(scenario, { seed: settings.seed + i, lens, turnOrder, chooser, humans }));
  }
  return totals.summary({ seed: settings.seed, lens, turnOrder, policyFallbacks });
}

/** The same seeds under every lens of the scenario, side by side (per-round means left out). */
export function compareLenses(
  scenario: Scenario,
  settings: BatchSettings,
  play: PlayFn = playWithModel,
) {
  const lenses = Object.fromEntries(
    scenario.lenses.map((lens) => {
      const { perRound: _perRound, ...summary } = runBatch(
        scenario,
        { ...settings, lens: lens.id },
        play,
      );
      return [lens.id, { title: lens.title, ...summary }];
    }),
  );
  return {
    scenario: scenario.id,
    seeds: [settings.seed, settings.seed + settings.runs - 1],
    runs: settings.runs,
    lenses,
  };
}
