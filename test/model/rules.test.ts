import { describe, expect, it } from 'vitest';
import { resolveDecisions } from '../../src/model/engine';
import type { CapitalId, IndicatorId } from '../../src/model/ids';
import { createGame, type GameState, type RoundRecord } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();

/** A game whose history holds the given rounds of choices (indicators untouched). */
function withHistory(rounds: Record<CapitalId, string>[]): GameState {
  const base = createGame(s, 42);
  const history: RoundRecord[] = rounds.map((choices, i) => ({
    round: i + 1,
    date: '',
    decisions: decisions(choices),
    trace: [],
    launches: [],
    rolls: [],
    events: [],
    injected: [],
    lens: 'balanced',
    indicators: base.indicators,
  }));
  return { ...base, round: rounds.length + 1, history };
}

/** Trace entries a rule produced for an indicator this round. */
function ruleEntries(
  game: GameState,
  choices: Record<CapitalId, string>,
  ruleId: string,
  indicator?: IndicatorId,
) {
  const after = resolveDecisions(s, game, decisions(choices));
  return (after.history.at(-1)?.trace ?? []).filter(
    (t) =>
      t.cause.kind === 'rule' &&
      t.cause.ruleId === ruleId &&
      (!indicator || t.indicator === indicator),
  );
}

interface Case {
  name: string;
  history: Record<CapitalId, string>[];
  choices: Record<CapitalId, string>;
  rule: string;
  indicator: IndicatorId;
  /** Expected sign of the change, or 0 when the rule must not fire. */
  sign: 1 | -1 | 0;
  claim?: string;
}

const cases: Case[] = [
  {
    name: 'sanctions with no offer of talks raise the drive to test',
    history: [],
    choices: { ...QUIET, us: 'us.un-sanctions', southKorea: 'sk.joint-exercises' },
    rule: 'rule.sanctions-without-talks-feed-testing',
    indicator: 'nkTestingDrive',
    sign: 1,
    claim: 'claim.001-21.no-reciprocity-more-tests',
  },
  {
    name: 'sanctions after a recent US offer of talks do not',
    history: [{ ...QUIET, us: 'us.talks-no-preconditions' }],
    choices: { ...QUIET, us: 'us.secondary-sanctions', southKorea: 'sk.joint-exercises' },
    rule: 'rule.sanctions-without-talks-feed-testing',
    indicator: 'nkTestingDrive',
    sign: 0,
  },
  {
    name: 'sanctions plus a live offer of talks ease the drive instead',
    history: [{ ...QUIET, us: 'us.talks-no-preconditions' }],
    choices: { ...QUIET, us: 'us.un-sanctions' },
    rule: 'rule.sanctions-with-talks',
    indicator: 'nkTestingDrive',
    sign: -1,
    claim: 'claim.003-06.sanctions-plus-talks',
  },
  {
    name: "an overflight erodes Tokyo's confidence",
    history: [],
    choices: { ...QUIET, northKorea: 'nk.overflight' },
    rule: 'rule.overflight-erodes-alliance-confidence',
    indicator: 'allianceConfidence.japan',
    sign: -1,
    claim: 'claim.001-14.overflight-wedge',
  },
  {
    name: "an overflight erodes Seoul's confidence",
    history: [],
    choices: { ...QUIET, northKorea: 'nk.overflight' },
    rule: 'rule.overflight-erodes-alliance-confidence',
    indicator: 'allianceConfidence.southKorea',
    sign: -1,
    claim: 'claim.001-14.overflight-wedge',
  },
  {
    name: 'a lofted test does not count as an overflight',
    history: [],
    choices: { ...QUIET, northKorea: 'nk.lofted-test' },
    rule: 'rule.overflight-erodes-alliance-confidence',
    indicator: 'allianceConfidence.japan',
    sign: 0,
  },
  {
    name: 'a weak answer the round after an overflight erodes confidence further',
    history: [{ ...QUIET, northKorea: 'nk.overflight' }],
    choices: { ...QUIET, us: 'us.press-china' },
    rule: 'rule.weak-response-to-overflight',
    indicator: 'allianceConfidence.japan',
    sign: -1,
    claim: 'claim.002-12.weak-response-undermines-guarantees',
  },
  {
    name: 'a firm answer (a show of force) avoids that',
    history: [{ ...QUIET, northKorea: 'nk.overflight' }],
    choices: { ...QUIET, us: 'us.show-of-force' },
    rule: 'rule.weak-response-to-overflight',
    indicator: 'allianceConfidence.japan',
    sign: 0,
  },
  {
    name: 'an offer of talks is not a weak answer when Tokyo answers firmly',
    history: [{ ...QUIET, northKorea: 'nk.overflight' }],
    choices: { ...QUIET, us: 'us.talks-no-preconditions', japan: 'japan.missile-defence' },
    rule: 'rule.weak-response-to-overflight',
    indicator: 'allianceConfidence.japan',
    sign: 0,
  },
  {
    name: 'reassurance in words alone does not count as a firm answer (002:11)',
    history: [{ ...QUIET, northKorea: 'nk.overflight' }],
    choices: { ...QUIET, us: 'us.reassure-allies' },
    rule: 'rule.weak-response-to-overflight',
    indicator: 'nkTestingDrive',
    sign: 1,
    claim: 'claim.002-11.weak-response-emboldens',
  },
  {
    name: 'sanctions bite only when they are heavy and China enforces them',
    history: [],
    choices: QUIET,
    rule: 'rule.sanctions-bite',
    indicator: 'nkMissileCapability',
    sign: 0,
  },
  {
    name: 'a show of force eases the drive to test (002:16)',
    history: [],
    choices: { ...QUIET, us: 'us.show-of-force' },
    rule: 'rule.show-of-force-deters',
    indicator: 'nkTestingDrive',
    sign: -1,
    claim: 'claim.002-16.show-of-force-deters',
  },
  {
    name: 'repeated reassurance wears thin',
    history: [{ ...QUIET, us: 'us.reassure-allies' }],
    choices: { ...QUIET, us: 'us.reassure-allies' },
    rule: 'rule.reassurance-wears-thin',
    indicator: 'allianceConfidence.japan',
    sign: -1,
  },
  {
    name: 'reassurance said once is not yet worn',
    history: [],
    choices: { ...QUIET, us: 'us.reassure-allies' },
    rule: 'rule.reassurance-wears-thin',
    indicator: 'allianceConfidence.japan',
    sign: 0,
  },
  {
    name: 'joint exercises raise the drive to test',
    history: [],
    choices: { ...QUIET, southKorea: 'sk.joint-exercises' },
    rule: 'rule.exercises-provoke',
    indicator: 'nkTestingDrive',
    sign: 1,
    claim: 'claim.003-02.exercises-provoke',
  },
  {
    name: 'an intercept order only matters when a missile crosses',
    history: [],
    choices: { ...QUIET, japan: 'japan.intercept', northKorea: 'nk.lofted-test' },
    rule: 'rule.intercept-attempt',
    indicator: 'accidentRisk',
    sign: 0,
  },
  {
    name: 'an intercept attempt on an overflight raises the risk of an accident',
    history: [],
    choices: { ...QUIET, japan: 'japan.intercept', northKorea: 'nk.overflight' },
    rule: 'rule.intercept-attempt',
    indicator: 'accidentRisk',
    sign: 1,
    claim: 'claim.002-12.intercept-pressure',
  },
];

describe('causal rules', () => {
  it.each(cases)('$name', ({ history, choices, rule, indicator, sign, claim }) => {
    const game = withHistory(history);
    const game2 = { ...game, indicators: { ...game.indicators, japanDefencePosture: 60 } };
    const entries = ruleEntries(game2, choices, rule, indicator);
    if (sign === 0) {
      expect(entries).toHaveLength(0);
      return;
    }
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(Math.sign(entry?.delta ?? 0)).toBe(sign);
    expect(entry?.after).toBe((entry?.before ?? 0) + (entry?.delta ?? 0));
    if (claim) expect(entry?.claims).toContain(claim);
  });

  it('traces every change of a round to a decision, rule or event with evidence', () => {
    const game = withHistory([]);
    const after = resolveDecisions(
      s,
      game,
      decisions({ ...QUIET, northKorea: 'nk.overflight', us: 'us.un-sanctions' }),
    );
    const trace = after.history.at(-1)?.trace ?? [];
    expect(trace.length).toBeGreaterThan(4);
    for (const entry of trace) {
      expect(entry.claims.length > 0 || Boolean(entry.assumption)).toBe(true);
      for (const id of entry.claims) expect(s.claimIndex[id]).toBeDefined();
    }
    // The indicators after the round are exactly the trace applied to the indicators before it.
    const replayed = { ...game.indicators };
    for (const entry of trace) {
      expect(entry.before).toBe(replayed[entry.indicator]);
      replayed[entry.indicator] = entry.after;
    }
    expect(replayed).toEqual(after.indicators);
  });
});
