import type { Cause } from './state';

/**
 * The kinds of North Korean launch the model counts, as the CNS record can tell them apart:
 * short-range ballistic missiles, medium and intermediate ranges fired into the sea (lofted or
 * not), a missile over Japan, an ICBM, a nuclear test (not a launch, counted beside them), and
 * cruise missiles (which the CNS database leaves out).
 */
export const LAUNCH_KINDS = [
  'shortRange',
  'mediumRange',
  'overflight',
  'icbm',
  'nuclear',
  'cruise',
] as const;

/** A kind of launch. */
export type LaunchKind = (typeof LAUNCH_KINDS)[number];

/** Plain words for each kind, as the debrief and the calibration tables print them. */
export const LAUNCH_KIND_LABELS: Record<LaunchKind, string> = {
  shortRange: 'short-range',
  mediumRange: 'medium/intermediate range (into the sea)',
  overflight: 'over Japan',
  icbm: 'ICBM',
  nuclear: 'nuclear test',
  cruise: 'cruise missile',
};

/** Strategic tests: the ones North Korea keeps below while a diplomatic opening is worth it (004:14). */
export const STRATEGIC_KINDS: readonly LaunchKind[] = ['overflight', 'icbm', 'nuclear'];

/** One launch event of a round (one day's firing): its kind, how many missiles, and its cause. */
export interface Launch {
  kind: LaunchKind;
  missiles: number;
  cause: Cause;
}

/** Counts per kind, every kind present (zero where none). */
export type LaunchCounts = Record<LaunchKind, number>;

/** A count of zero for every kind. */
export function zeroCounts(): LaunchCounts {
  return { shortRange: 0, mediumRange: 0, overflight: 0, icbm: 0, nuclear: 0, cruise: 0 };
}

/** Every kind of a count added up: a round's or a game's launch events in all. */
export function totalLaunches(counts: LaunchCounts): number {
  let n = 0;
  for (const kind of LAUNCH_KINDS) n += counts[kind];
  return n;
}

/** Launch events of a list, counted by kind. */
export function countLaunches(launches: readonly Launch[], into = zeroCounts()): LaunchCounts {
  for (const launch of launches) into[launch.kind]++;
  return into;
}
