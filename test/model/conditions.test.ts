import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/model/condition-schema';
import { type ConditionContext, evaluate } from '../../src/model/conditions';
import { createGame, type RoundRecord } from '../../src/model/state';
import { decisions, QUIET, scenario } from '../helpers';

const s = scenario();
const game = createGame(s, 1);
const overflightRound: RoundRecord = {
  round: 1,
  date: '2017-08-29',
  decisions: decisions({ ...QUIET, northKorea: 'nk.overflight' }),
  trace: [],
  // The overflight, and a nuclear test a rule added in the same round.
  launches: [
    {
      kind: 'overflight',
      missiles: 1,
      cause: { kind: 'decision', capital: 'northKorea', optionId: 'nk.overflight' },
    },
    { kind: 'nuclear', missiles: 1, cause: { kind: 'rule', ruleId: 'rule.nuclear-test-follows' } },
  ],
  rolls: [],
  events: ['event.debris-near-ships'],
  injected: [],
  lens: 'balanced',
  indicators: game.indicators,
};
const ctx: ConditionContext = {
  indicators: { ...game.indicators, regionalTension: 70 },
  decisions: decisions({ ...QUIET, us: 'us.un-sanctions' }),
  history: [overflightRound],
  round: 2,
  lens: 'balanced',
  optionIndex: s.optionIndex,
};

const table: [string, Condition, boolean][] = [
  ['indicator at its lower bound', { indicator: 'regionalTension', atLeast: 70 }, true],
  ['indicator below its lower bound', { indicator: 'regionalTension', atLeast: 71 }, false],
  ['indicator within a band', { indicator: 'regionalTension', atLeast: 60, atMost: 70 }, true],
  ['a capital chose a tag this round', { chose: { capital: 'us', tag: 'sanctions' } }, true],
  ['another capital did not', { chose: { capital: 'japan', tag: 'sanctions' } }, false],
  ['an option chosen by anyone', { chose: { option: 'us.un-sanctions' } }, true],
  [
    'recent: last round had an overflight',
    { recent: { capital: 'northKorea', tag: 'overflight', within: 1 } },
    true,
  ],
  [
    'recent does not look at this round',
    { recent: { capital: 'us', tag: 'sanctions', within: 1 } },
    false,
  ],
  [
    'recent with a count not reached',
    { recent: { tag: 'overflight', within: 3, atLeast: 2 } },
    false,
  ],
  ['round bounds', { round: { atLeast: 2, atMost: 2 } }, true],
  [
    'an event drawn last round',
    { eventRecent: { event: 'event.debris-near-ships', within: 1 } },
    true,
  ],
  ['lens match', { lens: ['balanced'] }, true],
  [
    'launched: a nuclear test a rule added counts',
    { launched: { kind: 'nuclear', within: 1 } },
    true,
  ],
  ['launched: no ICBM', { launched: { kind: 'icbm', within: 99 } }, false],
  [
    'launched: a count not reached',
    { launched: { kind: 'overflight', within: 5, atLeast: 2 } },
    false,
  ],
  [
    'all: every part holds',
    { all: [{ round: { atLeast: 1 } }, { chose: { tag: 'sanctions' } }] },
    true,
  ],
  [
    'all: one part fails',
    { all: [{ round: { atLeast: 1 } }, { chose: { tag: 'exercise' } }] },
    false,
  ],
  [
    'any: one part holds',
    { any: [{ chose: { tag: 'exercise' } }, { chose: { tag: 'sanctions' } }] },
    true,
  ],
  ['not', { not: { chose: { tag: 'sanctions' } } }, false],
];

describe('conditions', () => {
  it.each(table)('%s', (_name, condition, expected) => {
    expect(evaluate(condition, ctx)).toBe(expected);
  });
});
