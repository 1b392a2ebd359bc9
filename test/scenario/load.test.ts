import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSharedFrom, SCENARIO_DIR } from '../../src/scenario/files';
import { loadScenario, type SharedContent } from '../../src/scenario/load';
import { type ContentError, formatError } from '../../src/scenario/result';

const FILE = 'scenarios/aug-2017-overflight.scenario.json';
const text = readFileSync(join(SCENARIO_DIR, 'aug-2017-overflight.scenario.json'), 'utf8');
const sharedResult = loadSharedFrom();
if (!sharedResult.ok) throw new Error('shared content does not load');
const shared: SharedContent = sharedResult.value;

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary parts of raw scenario JSON
type Json = Record<string, any>;

/** Load a copy of the 2017 scenario broken by `edit`; return its one-line errors. */
function brokenCopy(edit: (data: Json) => void): string[] {
  const data = JSON.parse(text);
  edit(data);
  const result = loadScenario(JSON.stringify(data, null, 2), FILE, shared);
  if (result.ok) return [];
  return result.errors.map(formatError);
}

describe('loading a scenario', () => {
  it('loads the shipped scenario', () => {
    const result = loadScenario(text, FILE, shared);
    expect(result.ok).toBe(true);
  });

  it('reports invalid JSON with file, line and column, without throwing', () => {
    const result = loadScenario(
      '{\n  "id": "x",\n  oops\n}',
      'scenarios/bad.scenario.json',
      shared,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(formatError(result.errors[0] as ContentError)).toMatch(
      /^scenarios\/bad\.scenario\.json: not valid JSON at line 3, column 3/,
    );
  });

  const broken: [string, (d: Json) => void, RegExp][] = [
    [
      'an AI reasoning with a lens against its reading',
      (d) => {
        const c = d.doctrine.find(
          (x: Json) => x.id === 'doctrine.nk.deterrence-reading-emboldened',
        );
        c.claims = ['claim.001-17.overflights-will-continue'];
      },
      /doctrine\[\d+\]\.when\.all\[1\]\.lens: reasons with the lens "deterrence", so it must cite a claim of a school that lens strengthens \(deterrence\)/,
    ],
    [
      'an AI reasoning against a lens',
      (d) => {
        const c = d.doctrine.find(
          (x: Json) => x.id === 'doctrine.nk.deterrence-reading-emboldened',
        );
        c.when.all[1] = { not: { lens: ['engagement'] } };
      },
      /doctrine\[\d+\]\.when\.all\[1\]\.not: an AI may reason with a lens, not against one/,
    ],
    ['a missing field', (d) => delete d.briefing, /: briefing: /],
    [
      'a bad delta',
      (d) => {
        d.options[3].effects[0].delta = 'big';
      },
      /: options\[3\]\.effects\[0\]\.delta: a delta is a whole number/,
    ],
    [
      'an unknown indicator',
      (d) => {
        d.rules[1].effects[0].indicator = 'morale';
      },
      /: rules\[1\]\.effects\[0\]\.indicator: /,
    ],
    [
      'a mistyped condition key',
      (d) => {
        d.rules[0].when = { chosen: {} };
      },
      /: rules\[0\]\.when: not a condition: expected one of .*\(got chosen\)/,
    ],
    [
      'a typo deep in a condition',
      (d) => {
        d.rules[0].when.all[1].not.recent.withn = 3;
      },
      /: rules\[0\]\.when\.all\[1\]\.not\.recent: .*"withn"/,
    ],
    [
      'a probability above 1',
      (d) => {
        d.events[0].probability = 1.5;
      },
      /: events\[0\]\.probability: /,
    ],
    [
      'an unknown claim',
      (d) => {
        d.options[2].claims = ['claim.nowhere'];
      },
      /: options\[2\]\.claims\[0\]: unknown claim "claim\.nowhere"/,
    ],
    [
      'an unknown option in a condition',
      (d) => {
        d.rules[2].when = { chose: { option: 'us.invade' } };
      },
      /: rules\[2\]\.when: unknown option "us\.invade"/,
    ],
    [
      'an effect out of bounds',
      (d) => {
        d.rules[3].effects[0].delta = [-50, -40];
      },
      /: rules\[3\]\.effects\[0\]\.delta: a single effect may move an indicator by at most 30/,
    ],
    [
      'a rule with no evidence',
      (d) => {
        d.rules[3].claims = [];
      },
      /: rules\[3\]: cites no claim/,
    ],
    [
      'a paragraph that does not exist',
      (d) => {
        d.claims = [{ ...shared.claims[0], id: 'claim.001-99.x', cites: ['001:99'] }];
      },
      /: claims\[0\]\.cites\[0\]: cites 001:99, but source 001 has paragraphs 1–22/,
    ],
    [
      'doctrine for the wrong capital',
      (d) => {
        d.doctrine[0].tag = undefined;
        d.doctrine[0].option = 'us.un-sanctions';
      },
      /: doctrine\[0\]\.option: "us\.un-sanctions" is not an option of northKorea/,
    ],
  ];

  it.each(broken)('names file and path for %s', (_name, edit, pattern) => {
    const errors = brokenCopy(edit);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((e) => e.startsWith(`${FILE}: `) && pattern.test(e)),
      errors.join('\n'),
    ).toBe(true);
    for (const e of errors) expect(e).not.toContain('\n');
  });

  it('reports every reference error at once, not only the first', () => {
    const errors = brokenCopy((d) => {
      d.options[2].claims = ['claim.a'];
      d.rules[4].claims = ['claim.b'];
      d.events[0].claims = ['claim.c'];
    });
    expect(errors).toHaveLength(3);
  });
});
