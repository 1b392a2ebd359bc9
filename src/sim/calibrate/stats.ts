import { playGame } from '../../model/game';
import {
  countLaunches,
  LAUNCH_KINDS,
  type LaunchCounts,
  STRATEGIC_KINDS,
  totalLaunches,
  zeroCounts,
} from '../../model/launches';
import { type Policy, policyChooser } from '../../model/policy';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';

/** What a batch of seeded games shows about tempo, endings and alliances. */
export interface BatchStats {
  runs: number;
  /** Share of games ending each way, by outcome kind (freeze, uncapped, rupture, clash, lastRound). */
  endings: Record<string, number>;
  /** The same, for games that ended by the middle round (how soon an ending comes). */
  earlyEndings: Record<string, number>;
  /** Mean launch events per game, by kind (a game that ended adds nothing after its end). */
  byKind: LaunchCounts;
  /** Mean number of rounds a game lasted. */
  meanRounds: number;
  /**
   * Mean launch events per round, by kind, over the games still going in that round and those
   * that ended in a freeze before it (a freeze means no more tests: zeros). A game that ended
   * any other way leaves the mean: the crisis went on, only the game stopped.
   */
  perRound: LaunchCounts[];
  /** Mean final confidence of Tokyo and Seoul in the alliance. */
  finalConfidence: { japan: number; southKorea: number };
  /** Mean confidence at the end of `probeRound` (or at the game's end if it ended sooner). */
  probeConfidence: { japan: number; southKorea: number };
  /** P(a launch in round r+1 | a launch in round r) and P(… | none in r), over every game. */
  clustering: { afterLaunch: number; afterQuiet: number };
}

/** The kinds the CNS database counts: every kind but cruise missiles. */
export const RECORDED_KINDS = LAUNCH_KINDS.filter((k) => k !== 'cruise');

/** Launch events of a count, CNS kinds only. */
export function recordedEvents(counts: LaunchCounts): number {
  let n = 0;
  for (const k of RECORDED_KINDS) n += counts[k];
  return n;
}

/** Strategic launch events of a count (overflights, ICBMs, nuclear tests). */
export function strategicEvents(counts: LaunchCounts): number {
  let n = 0;
  for (const k of STRATEGIC_KINDS) n += counts[k];
  return n;
}

function scaled(counts: LaunchCounts, by: number): LaunchCounts {
  const out = zeroCounts();
  for (const k of LAUNCH_KINDS) out[k] = counts[k] / by;
  return out;
}

/** Settings of a calibration batch. */
export interface BatchSpec {
  policy: Policy;
  lens: string;
  runs: number;
  seed?: number;
  /** The round whose end the probe confidence reads (default 6). */
  probeRound?: number;
}

/** Play seeded games with a policy under a lens and sum what calibration needs. */
export function playBatch(scenario: Scenario, spec: BatchSpec): BatchStats {
  const chooser = policyChooser(scenario, spec.policy);
  const probeRound = spec.probeRound ?? 6;
  const endings: Record<string, number> = {};
  const earlyEndings: Record<string, number> = {};
  const middle = Math.ceil(scenario.rounds / 2);
  const total = zeroCounts();
  const perRound = Array.from({ length: scenario.rounds }, zeroCounts);
  const counted = new Array<number>(scenario.rounds).fill(0);
  const final = { japan: 0, southKorea: 0 };
  const probe = { japan: 0, southKorea: 0 };
  const pairs = { launchLaunch: 0, launch: 0, quietLaunch: 0, quiet: 0 };
  const seed = spec.seed ?? 1;
  let rounds = 0;
  for (let i = 0; i < spec.runs; i++) {
    const game: GameState = playGame(scenario, { seed: seed + i, lens: spec.lens, chooser });
    const kind = scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId)?.kind ?? '?';
    const lastCounted = kind === 'freeze' ? scenario.rounds : game.history.length;
    for (let r = 0; r < lastCounted; r++) counted[r] = (counted[r] as number) + 1;
    endings[kind] = (endings[kind] ?? 0) + 1;
    if ((game.outcome?.round ?? 0) <= middle) earlyEndings[kind] = (earlyEndings[kind] ?? 0) + 1;
    rounds += game.history.length;
    let previous: boolean | undefined;
    for (const record of game.history) {
      countLaunches(record.launches, total);
      countLaunches(record.launches, perRound[record.round - 1]);
      const launched = record.launches.length > 0;
      if (previous !== undefined) {
        if (previous) {
          pairs.launch++;
          if (launched) pairs.launchLaunch++;
        } else {
          pairs.quiet++;
          if (launched) pairs.quietLaunch++;
        }
      }
      previous = launched;
    }
    const last = game.indicators;
    final.japan += last['allianceConfidence.japan'];
    final.southKorea += last['allianceConfidence.southKorea'];
    const at = game.history[Math.min(probeRound, game.history.length) - 1]?.indicators ?? last;
    probe.japan += at['allianceConfidence.japan'];
    probe.southKorea += at['allianceConfidence.southKorea'];
  }
  const n = Math.max(1, spec.runs);
  for (const k of Object.keys(endings)) endings[k] = (endings[k] as number) / n;
  for (const k of Object.keys(earlyEndings)) earlyEndings[k] = (earlyEndings[k] as number) / n;
  return {
    runs: spec.runs,
    endings,
    earlyEndings,
    byKind: scaled(total, n),
    meanRounds: rounds / n,
    perRound: perRound.map((c, r) => scaled(c, Math.max(1, counted[r] as number))),
    finalConfidence: { japan: final.japan / n, southKorea: final.southKorea / n },
    probeConfidence: { japan: probe.japan / n, southKorea: probe.southKorea / n },
    clustering: {
      afterLaunch: pairs.launch ? pairs.launchLaunch / pairs.launch : 0,
      afterQuiet: pairs.quiet ? pairs.quietLaunch / pairs.quiet : 0,
    },
  };
}

/** Share of games ending a given way (0 when none did). */
export function ending(stats: BatchStats, kind: string): number {
  return stats.endings[kind] ?? 0;
}

/** Mean launch events per game, every kind. */
export function allEvents(stats: BatchStats): number {
  return totalLaunches(stats.byKind);
}

/**
 * Launch events per round played: the tempo, which an early ending cannot hide (a game that
 * ends sooner on a first ICBM has fewer launches in all, not a slower tempo).
 */
export function tempo(stats: BatchStats): number {
  return allEvents(stats) / Math.max(1, stats.meanRounds);
}

/** Counts per round added up over rounds `from` to `to` (1-based, inclusive). */
export function sumRounds(rows: LaunchCounts[], from = 1, to = rows.length): LaunchCounts {
  const out = zeroCounts();
  for (let r = from; r <= to; r++)
    for (const k of LAUNCH_KINDS) out[k] += (rows[r - 1] as LaunchCounts)[k];
  return out;
}
