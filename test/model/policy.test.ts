import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/cli/policy-file';
import { type Policy, policyChoice, unknownPolicyOptions } from '../../src/model/policy';
import { playWithModel, runBatch } from '../../src/sim/batch';
import { scenario } from '../helpers';

const SANCTIONS = 'us.un-sanctions';
const TALKS = 'us.talks-no-preconditions';
const tmp = mkdtempSync(join(tmpdir(), 'overflight-policy-'));

/** The option a policy gives Washington in rounds 1–12. */
const usRounds = (policy: Policy) =>
  Array.from({ length: 12 }, (_, i) => policyChoice(policy, 'us', i + 1));

function writePolicy(name: string, data: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('a policy entry, round by round', () => {
  it.each<[string, Policy, (string | null)[]]>([
    ['one option every round', { us: SANCTIONS }, Array(12).fill(SANCTIONS)],
    [
      'a list, then the AI past its end',
      { us: [TALKS, null, SANCTIONS] },
      [TALKS, null, SANCTIONS, ...Array(9).fill(null)],
    ],
    [
      'alternating: sanctions in odd rounds, talks in even',
      { us: { alternate: [SANCTIONS, TALKS] } },
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? SANCTIONS : TALKS)),
    ],
    [
      'alternating three ways, with an AI round',
      { us: { alternate: [SANCTIONS, TALKS, null] } },
      Array.from({ length: 12 }, (_, i) => [SANCTIONS, TALKS, null][i % 3] ?? null),
    ],
    [
      'phased: sanctions through round 4, then talks to the end',
      { us: { phases: [{ option: SANCTIONS, through: 4 }, { option: TALKS }] } },
      [...Array(4).fill(SANCTIONS), ...Array(8).fill(TALKS)],
    ],
    [
      'phased with an end: the AI after the last phase',
      {
        us: {
          phases: [
            { option: null, through: 2 },
            { option: TALKS, through: 5 },
          ],
        },
      },
      [null, null, TALKS, TALKS, TALKS, ...Array(7).fill(null)],
    ],
    ['a capital the policy leaves out', { japan: 'japan.protest' }, Array(12).fill(null)],
  ])('%s', (_name, policy, expected) => {
    expect(usRounds(policy)).toEqual(expected);
  });

  it('finds unknown option ids inside alternating and phased entries', () => {
    const s = scenario();
    expect(
      unknownPolicyOptions(s, {
        us: { alternate: [SANCTIONS, 'us.invade'] },
        japan: { phases: [{ option: SANCTIONS, through: 3 }, { option: 'japan.protest' }] },
      }),
    ).toEqual(['us: us.invade', `japan: ${SANCTIONS}`]);
  });

  it('plays an alternating strategy in the games themselves, the same on every replay', () => {
    const policy: Policy = { us: { alternate: [SANCTIONS, TALKS] } };
    const played: string[][] = [];
    const summary = runBatch(scenario(), { seed: 7, runs: 3, policy }, (s, settings) => {
      const game = playWithModel(s, settings);
      played.push(game.history.map((r) => r.decisions.us.optionId));
      return game;
    });
    expect(summary.policyFallbacks).toBe(0);
    for (const rounds of played) {
      rounds.forEach((optionId, i) => {
        expect(optionId).toBe(i % 2 === 0 ? SANCTIONS : TALKS);
      });
    }
    expect(runBatch(scenario(), { seed: 7, runs: 3, policy })).toEqual(summary);
  });
});

describe('a policy file', () => {
  it('reads the alternating and phased forms', () => {
    const file = writePolicy('ok.json', {
      us: { alternate: [SANCTIONS, TALKS] },
      southKorea: { phases: [{ option: 'sk.joint-exercises', through: 3 }, { option: null }] },
    });
    const policy = loadPolicy(file, scenario());
    expect(policyChoice(policy, 'us', 2)).toBe(TALKS);
    expect(policyChoice(policy, 'southKorea', 3)).toBe('sk.joint-exercises');
    expect(policyChoice(policy, 'southKorea', 4)).toBeNull();
  });

  it.each<[string, unknown, RegExp]>([
    ['a number for a capital', { us: 5 }, /: us: must be an option id, a list/],
    ['a number inside a list', { us: [SANCTIONS, 3] }, /: us\[1\]: must be an option id \(text\)/],
    [
      'a misspelt key',
      { us: { alternat: [SANCTIONS] } },
      /: us: must have exactly one key, "alternate" or "phases" \(found: alternat\)/,
    ],
    ['an empty alternation', { us: { alternate: [] } }, /: us\.alternate: must list at least 1/],
    [
      'a phase round that is not a number',
      { us: { phases: [{ option: SANCTIONS, through: 'four' }, { option: TALKS }] } },
      /: us\.phases\[0\]\.through: must be a round number/,
    ],
    [
      'phases out of order',
      {
        us: {
          phases: [
            { option: SANCTIONS, through: 6 },
            { option: TALKS, through: 3 },
          ],
        },
      },
      /: us\.phases\[1\]\.through: must be after the previous phase's last round \(6\)/,
    ],
    [
      'an open-ended phase before the last',
      { us: { phases: [{ option: SANCTIONS }, { option: TALKS }] } },
      /: us\.phases\[0\]\.through: is missing/,
    ],
    ['an unknown capital', { china: SANCTIONS }, /Unrecognized key: "china"/],
    ['broken JSON', '{ "us": [', /not valid JSON/],
  ])('names the file and the path for %s', (name, data, message) => {
    const file = writePolicy(`${name.replace(/\W+/g, '-')}.json`, data);
    expect(() => loadPolicy(file, scenario())).toThrow(message);
    expect(() => loadPolicy(file, scenario())).toThrow(file);
  });

  it('names the option a scenario does not have inside an alternation', () => {
    const file = writePolicy('unknown.json', { us: { alternate: [SANCTIONS, 'us.invade'] } });
    expect(() => loadPolicy(file, scenario())).toThrow(
      `${file}: options not in aug-2017-overflight: us: us.invade`,
    );
  });
});
