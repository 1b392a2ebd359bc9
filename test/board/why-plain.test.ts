import { describe, expect, it } from 'vitest';
import { whyIndicator } from '../../src/board/view/why';
import { whyOption } from '../../src/board/view/why-option';
import { jargonIn, plainLine, plainWhy, plainWords } from '../../src/board/view/why-plain';
import { playGame } from '../../src/model/game';
import { INDICATORS } from '../../src/model/ids';
import { createGame } from '../../src/model/state';
import { scenario } from '../helpers';

const SCENARIOS = ['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'];
const GAMES = 25;

/** Every gauge's "why?" of every round of some seeded all-AI games of a scenario. */
function gaugeChains(id: string) {
  const s = scenario(id);
  return Array.from({ length: GAMES }, (_, i) => playGame(s, { seed: 100 + i })).flatMap((game) =>
    game.history.flatMap((record) =>
      INDICATORS.map((indicator) => whyIndicator(s, game, record.round, indicator)).filter(
        (chain) => chain.steps.length > 0,
      ),
    ),
  );
}

describe('the first depth of a gauge\'s "why?"', () => {
  for (const id of SCENARIOS) {
    const chains = gaugeChains(id);

    it(`${id}: every step has one plain sentence, its number, and a citation or the designer-assumption mark`, () => {
      expect(chains.length).toBeGreaterThan(100);
      for (const chain of chains) {
        const plain = plainWhy(chain);
        expect(plain.lines).toHaveLength(chain.steps.length);
        plain.lines.forEach((line, i) => {
          const step = chain.steps[i];
          if (!step?.change) throw new Error('a gauge step is a change');
          expect(line.text).toMatch(/^\S.*[.!?”]$/);
          // The number is the change the gauge shows for this step.
          const delta = step.change.after - step.change.before;
          expect(line.number).toBe(delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0');
          expect(line.cites.length > 0 || line.assumption).toBe(true);
          // A marker names a paragraph the step's own claims cite.
          const cited = step.claims.flatMap((c) => c.cites.map((p) => p.short));
          for (const cite of line.cites) {
            expect(cite).toMatch(/^\d{3}:\d+$/);
            expect(cited).toContain(cite);
          }
        });
      }
    });

    it(`${id}: no jargon, and short enough for a 16-year-old to read`, () => {
      const counts: number[] = [];
      for (const chain of chains) {
        const plain = plainWhy(chain);
        for (const text of [plain.title, ...plain.lines.map((l) => l.text)])
          expect(jargonIn(text), text).toEqual([]);
        counts.push(plainWords(plain));
      }
      counts.sort((a, b) => a - b);
      const at = (p: number) => counts[Math.floor(counts.length * p)] ?? 0;
      expect(at(0.5)).toBeLessThanOrEqual(60);
      expect(at(0.9)).toBeLessThanOrEqual(120);
    });
  }

  it('says the rule, then the claim behind it, with the paragraph it rests on', () => {
    const s = scenario();
    const rule = s.rules.find((r) => r.id === 'rule.sanctions-without-talks-feed-testing');
    const claim = s.claimIndex['claim.001-21.no-reciprocity-more-tests'];
    if (!rule || !claim?.plain) throw new Error('the rule and its claim are in the scenario');
    const line = plainLine({
      change: { label: "Pyongyang's drive to test", before: 40, after: 45, delta: 5 },
      cause: {
        kind: 'rule',
        label: `Rule: ${rule.title}`,
        detail: rule.explain,
        plain: rule.title,
      },
      claims: [
        {
          id: claim.id,
          text: claim.text,
          plain: claim.plain,
          cites: [
            {
              source: '001',
              paragraph: 21,
              locator: '001, paragraph 21',
              short: '001:21',
              title: 'x',
            },
          ],
          school: claim.school,
          weights: [],
          contestedBy: [],
        },
      ],
    });
    expect(line.text).toBe(
      `${rule.title}: if Washington offers nothing in return, Pyongyang keeps testing bigger missiles.`,
    );
    expect(line).toMatchObject({ number: '+5', cites: ['001:21'], assumption: false });
  });

  it('marks a step no source backs as a designer assumption, with no citation', () => {
    const line = plainLine({
      change: { label: 'Regional tension', before: 50, after: 48, delta: -2 },
      cause: {
        kind: 'rule',
        label: 'Rule: Tempers cool with time',
        detail: '',
        plain: 'Tempers cool with time',
      },
      claims: [],
      assumption: 'Crises calm down when nothing feeds them.',
    });
    expect(line).toEqual({
      kind: 'rule',
      number: '−2',
      text: 'Tempers cool with time.',
      cites: [],
      assumption: true,
    });
  });

  it('finds the jargon the old panel used', () => {
    expect(jargonIn('Pyongyang sees no reciprocal interest')).toEqual(['reciprocal']);
    expect(jargonIn('· firm-response reading')).toEqual(['firm-response', 'reading']);
    expect(jargonIn('Only options tagged talks-offer count')).toEqual(['talks-offer']);
    expect(jargonIn('Spreading alarm')).toEqual([]);
  });

  it('every claim has a plain sentence free of jargon', () => {
    for (const claim of Object.values(scenario().claimIndex)) {
      expect(claim.plain, claim.id).toBeTruthy();
      expect(jargonIn(claim.plain ?? ''), claim.id).toEqual([]);
    }
  });
});

describe('the first depth of an option\'s "why?"', () => {
  it('says which rule gives which number of the forecast', () => {
    const s = scenario();
    const game = createGame(s, 1);
    const plain = plainWhy(whyOption(s, 'us.un-sanctions', { game }));
    const own = plain.lines.filter((l) => l.group === 'The option itself');
    expect(own).toHaveLength(1);
    expect(own[0]?.number).toMatch(/Sanctions pressure [+−-]\d/);
    const setOff = plain.lines.filter((l) => l.group === 'Rules this choice can set off');
    expect(setOff.length).toBeGreaterThan(0);
    for (const line of setOff) {
      // Each line names its rule and carries that rule's own numbers, indicator by indicator.
      const rule = s.rules.find(
        (r) => line.text.startsWith(`${r.title}:`) || line.text === `${r.title}.`,
      );
      expect(rule, line.text).toBeDefined();
      expect(line.number).toMatch(/[A-Z][^;]* [+−-]\d/);
      expect(line.cites.length > 0 || line.assumption).toBe(true);
    }
    for (const line of plain.lines) expect(jargonIn(line.text), line.text).toEqual([]);
  });
});
