import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/model/condition-schema';
import { optionRules } from '../../src/model/option-rules';
import type { Rule, Scenario } from '../../src/model/schema';
import { scenario } from '../helpers';

const s = scenario();

/** The scenario with its rules replaced by one rule of the given condition. */
function withRule(when: Condition): Scenario {
  const rule: Rule = {
    id: 'rule.under-test',
    title: 'Under test',
    explain: 'A rule written for this test.',
    when,
    effects: [{ indicator: 'regionalTension', delta: 1 }],
    launches: [],
    claims: [],
  };
  return { ...s, rules: [rule] };
}

type Verdict = 'sets off' | 'sets off by absence' | 'rules out' | 'neither';

function verdict(when: Condition, optionId: string): Verdict {
  const r = optionRules(withRule(when), optionId);
  if (r.rulesOut.length) return 'rules out';
  const link = r.setsOff[0];
  if (!link) return 'neither';
  return link.via === 'match' ? 'sets off' : 'sets off by absence';
}

const usSanctions = { chose: { capital: 'us', tag: 'sanctions' } } as const;
const usTalks = { chose: { capital: 'us', tag: 'talks-offer' } } as const;
const skTalks = { chose: { capital: 'southKorea', tag: 'talks-offer' } } as const;
const tense = { indicator: 'regionalTension', atLeast: 70 } as const;

// [what, condition, option, verdict]
const table: [string, Condition, string, Verdict][] = [
  ['a plain match on capital and tag', usSanctions, 'us.un-sanctions', 'sets off'],
  ['another option of the capital', usSanctions, 'us.talks-no-preconditions', 'neither'],
  ['an option of another capital', usSanctions, 'sk.outreach', 'neither'],
  ['a match by option id', { chose: { option: 'japan.intercept' } }, 'japan.intercept', 'sets off'],
  [
    'a match by tag with no capital',
    { chose: { tag: 'exercise' } },
    'sk.joint-exercises',
    'sets off',
  ],
  [
    'a match under not rules the rule out',
    { not: usTalks },
    'us.talks-no-preconditions',
    'rules out',
  ],
  [
    'not matching the excluded choice lets it fire',
    { not: usTalks },
    'us.un-sanctions',
    'sets off by absence',
  ],
  [
    'the brief’s case: talks never set off “sanctions with no offer of talks”',
    { all: [usSanctions, { not: skTalks }] },
    'us.talks-no-preconditions',
    'neither',
  ],
  [
    'Seoul’s talks offer rules that rule out',
    { all: [usSanctions, { not: skTalks }] },
    'sk.outreach',
    'rules out',
  ],
  [
    'Seoul’s other options leave it possible',
    { all: [usSanctions, { not: skTalks }] },
    'sk.thaad',
    'sets off by absence',
  ],
  [
    'a match inside all with a free indicator',
    { all: [usSanctions, tense] },
    'us.un-sanctions',
    'sets off',
  ],
  ['a match inside any', { any: [usSanctions, tense] }, 'us.un-sanctions', 'sets off'],
  [
    'double negation is a plain match',
    { not: { not: usSanctions } },
    'us.un-sanctions',
    'sets off',
  ],
  ['a condition that no choice decides', tense, 'us.un-sanctions', 'neither'],
  [
    'history alone is not this round',
    { recent: { capital: 'us', tag: 'sanctions', within: 2 } },
    'us.un-sanctions',
    'neither',
  ],
  [
    'an unsatisfiable condition',
    { all: [usSanctions, { not: usSanctions }] },
    'us.un-sanctions',
    'neither',
  ],
  [
    'excluded by tag when anyone chooses it',
    { not: { chose: { tag: 'show-of-force' } } },
    'us.show-of-force',
    'rules out',
  ],
];

describe('which rules an option sets off and rules out', () => {
  it.each(table)('%s', (_what, when, optionId, expected) => {
    expect(verdict(when, optionId)).toBe(expected);
  });

  it('looks at the next rounds through `recent`', () => {
    const later = withRule({
      all: [usSanctions, { not: { recent: { capital: 'us', tag: 'talks-offer', within: 2 } } }],
    });
    expect(optionRules(later, 'us.talks-no-preconditions').laterRulesOut.map((r) => r.id)).toEqual([
      'rule.under-test',
    ]);
    const after = withRule({ recent: { capital: 'us', tag: 'talks-offer', within: 2 } });
    expect(
      optionRules(after, 'us.talks-no-preconditions').laterSetsOff.map((l) => l.rule.id),
    ).toEqual(['rule.under-test']);
  });

  it('on the shipped scenario: talks without preconditions never list the sanctions rule it prevents', () => {
    const r = optionRules(s, 'us.talks-no-preconditions');
    const setsOff = r.setsOff.map((l) => l.rule.id);
    expect(setsOff).toContain('rule.talks-offer-eases-testing');
    expect(setsOff).not.toContain('rule.sanctions-without-talks-feed-testing');
    expect(r.laterRulesOut.map((x) => x.id)).toContain('rule.sanctions-without-talks-feed-testing');
    // Seoul's outreach does not switch off Washington's sanctions rule: 001:21 is about what
    // Washington offers.
    expect(optionRules(s, 'sk.outreach').rulesOut.map((x) => x.id)).not.toContain(
      'rule.sanctions-without-talks-feed-testing',
    );
  });
});
