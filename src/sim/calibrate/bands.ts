/** One band the model must stay inside: a measured figure, its bounds and whether it held. */
export interface Band {
  id: string;
  scenario: string;
  lens: string;
  /** What the figure is, in plain words. */
  label: string;
  value: number;
  /** The record's figure where the band compares with it. */
  record?: number;
  lo: number;
  hi: number;
  pass: boolean;
}

/** A band from a figure and its bounds. */
export function band(
  id: string,
  where: { scenario: string; lens: string },
  label: string,
  value: number,
  lo: number,
  hi: number,
  record?: number,
): Band {
  const v = Math.round(value * 1000) / 1000;
  return {
    id,
    ...where,
    label,
    value: v,
    ...(record === undefined ? {} : { record }),
    lo,
    hi,
    pass: v >= lo && v <= hi,
  };
}

/**
 * Quiet stretches of the record: rounds of a scenario whose months the record shows without a
 * launch while talks ran (the as-happened policy plays those talks). The model's Pyongyang must
 * fall quiet there too.
 */
export const TALKS_PHASES: Record<string, { from: number; to: number; label: string }> = {
  'aug-2017-overflight': {
    from: 6,
    to: 12,
    label: 'Jan–Aug 2018: inter-Korean talks, the Olympics, the summits (record: no launch)',
  },
};

/** Slack of the per-kind tempo bands where the record's count is small. */
export const KIND_SLACK = {
  overflight: 0.5,
  icbm: 0.6,
  nuclear: 0.4,
  shortRange: 2,
  mediumRange: 2,
} as const;
