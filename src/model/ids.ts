/** The four capitals that take decision turns, in the order their decisions resolve. */
export const CAPITALS = ['northKorea', 'us', 'japan', 'southKorea'] as const;

/** A capital's id. */
export type CapitalId = (typeof CAPITALS)[number];

/** Display names: a capital is named by its seat of government, as players speak of them. */
export const CAPITAL_NAMES: Record<CapitalId, string> = {
  northKorea: 'Pyongyang',
  us: 'Washington',
  japan: 'Tokyo',
  southKorea: 'Seoul',
};

/** Every world indicator, each on a 0–100 scale (documented in indicators.ts). */
export const INDICATORS = [
  'nkMissileCapability',
  'nkTestingDrive',
  'allianceConfidence.japan',
  'allianceConfidence.southKorea',
  'regionalTension',
  'sanctionsPressure',
  'chinaCooperation',
  'diplomaticChannel',
  'accidentRisk',
  'japanDefencePosture',
  'alliedMissileDefence',
  'interKoreanArmsRace',
] as const;

/** An indicator's id. */
export type IndicatorId = (typeof INDICATORS)[number];

/** Indicator values keyed by id. */
export type Indicators = Record<IndicatorId, number>;

/**
 * A copy of a set of indicator values, keys in INDICATORS order. Written out rather than
 * spread: V8 copies an object that is itself a spread copy far more slowly (tens of ns a
 * key), and the engine copies the previous round's copy twice every round.
 */
export function copyIndicators(v: Indicators): Indicators {
  return {
    nkMissileCapability: v.nkMissileCapability,
    nkTestingDrive: v.nkTestingDrive,
    'allianceConfidence.japan': v['allianceConfidence.japan'],
    'allianceConfidence.southKorea': v['allianceConfidence.southKorea'],
    regionalTension: v.regionalTension,
    sanctionsPressure: v.sanctionsPressure,
    chinaCooperation: v.chinaCooperation,
    diplomaticChannel: v.diplomaticChannel,
    accidentRisk: v.accidentRisk,
    japanDefencePosture: v.japanDefencePosture,
    alliedMissileDefence: v.alliedMissileDefence,
    interKoreanArmsRace: v.interKoreanArmsRace,
  };
}

/** Lower and upper bound of every indicator. */
export const INDICATOR_MIN = 0;
/** Upper bound of every indicator. */
export const INDICATOR_MAX = 100;

/** Clamp a value into the indicator scale. */
export function clampIndicator(value: number): number {
  return Math.min(INDICATOR_MAX, Math.max(INDICATOR_MIN, value));
}
