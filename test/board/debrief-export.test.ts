import { describe, expect, it } from 'vitest';
import { aiReasons } from '../../src/board/view/ai-reasons';
import {
  DEBRIEF_EXPORT_VERSION,
  DEBRIEF_FORMAT,
  debriefJson,
} from '../../src/board/view/debrief-json';
import { debriefMarkdown } from '../../src/board/view/debrief-markdown';
import type { GameSetup } from '../../src/machines/game-events';
import { chooseForAi } from '../../src/model/ai';
import { decideRound, playGame, playRound } from '../../src/model/game';
import { CAPITAL_NAMES, CAPITALS } from '../../src/model/ids';
import { INDICATOR_DOCS } from '../../src/model/indicators';
import type { Scenario } from '../../src/model/schema';
import { createGame } from '../../src/model/state';
import { scenario } from '../helpers';

const SETUP: GameSetup = {
  seed: 1,
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
};

/** A seeded game in which Washington is a human team that writes a one-line rationale. */
function seededGame(s: Scenario) {
  return playGame(s, {
    seed: SETUP.seed,
    chooser: (capital, game, visible) =>
      capital === 'us'
        ? {
            ...chooseForAi(s, game, 'us', visible),
            by: 'human',
            rationale: `Round ${game.round}: keep Tokyo | Seoul on side\nand the door open`,
          }
        : undefined,
  });
}

/** A string as a literal inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Markdown between one heading and the next heading of the same level or higher. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.match(/^#+/)?.[0] ?? '#';
  const rest = markdown.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

describe.each(['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'])(
  'the debrief export of %s',
  (id) => {
    const s = scenario(id);
    const game = seededGame(s);
    const markdown = debriefMarkdown(s, SETUP, game);
    const json = debriefJson(s, SETUP, game);

    it('lists every round’s four decisions, with rationales', () => {
      const decisions = section(markdown, '## Decisions, round by round');
      for (const record of game.history) {
        const round = section(decisions, `### Round ${record.round} · `);
        for (const capital of CAPITALS) {
          const label = s.optionIndex[record.decisions[capital].optionId]?.label ?? '';
          expect(round).toContain(`**${CAPITAL_NAMES[capital]}**`);
          expect(round).toContain(label);
        }
        expect(round).toContain(
          `The team's rationale: “Round ${record.round}: keep Tokyo | Seoul on side and the door open”`,
        );
        const ai = record.decisions.northKorea.rationale;
        if (ai && typeof ai !== 'string')
          expect(round).toContain(
            `The AI's reasoning: ${aiReasons(s, record.decisions.northKorea.optionId, ai)}`,
          );
      }
    });

    it('has an indicator table with one row per indicator, start to end', () => {
      const table = section(markdown, '## The indicators over time');
      for (const row of json.indicators) {
        const values = [row.start, ...game.history.map((r) => r.indicators[row.id])];
        expect(table).toContain(`| ${INDICATOR_DOCS[row.id].label} | ${values.join(' | ')} |`);
      }
    });

    it('gives the outcome, the scores and what really happened next', () => {
      const outcome = s.outcomes.find((o) => o.id === game.outcome?.outcomeId);
      expect(section(markdown, '## How it ended')).toContain(`**${outcome?.title}**`);
      for (const capital of CAPITALS)
        expect(markdown).toContain(
          `| ${CAPITAL_NAMES[capital]} | ${game.outcome?.scores[capital]} |`,
        );
      const next = section(markdown, '## What really happened next');
      for (const entry of s.whatHappenedNext) {
        expect(next).toContain(entry.text);
        expect(next).toContain(`Source: ${entry.source}`);
      }
    });

    it('follows each debrief question with space for an answer', () => {
      const questions = section(markdown, '## Questions to discuss');
      s.debriefQuestions.forEach((q, i) => {
        expect(questions).toMatch(
          new RegExp(`${i + 1}\\. ${literal(q)}\\n\\n {3}Your answer:\\n\\n {3}_{40,}\\n`),
        );
      });
    });

    it('numbers the causal chains and names their sources by paragraph and by their own titles', () => {
      const chains = section(markdown, '## The causal chains of this game');
      json.causalStory.forEach((t, i) => {
        expect(chains).toContain(`### Chain ${i + 1}. ${t.label}`);
      });
      const titles = Object.values(s.sourceIndex).map((source) => source.title);
      const named = [...chains.matchAll(/\d{3}:\d+(?:, \d{3}:\d+)* \(“(.+?)”\)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      for (const title of named) expect(titles).toContain(title);
      // Every source cited is listed in full at the end, with what its text shows of its date.
      const listed = section(markdown, '## Sources cited');
      for (const source of json.sources) {
        expect(listed).toContain(`${source.id} — “${source.title}”.`);
        expect(listed).toContain(`Reports on: ${s.sourceIndex[source.id]?.events}.`);
      }
    });

    it('lists the evidence behind every option played, by paragraph', () => {
      const evidence = section(markdown, '## The evidence behind each decision');
      for (const record of game.history)
        for (const capital of CAPITALS) {
          const option = s.optionIndex[record.decisions[capital].optionId];
          expect(evidence).toContain(`**${CAPITAL_NAMES[capital]}: ${option?.label}**`);
          for (const id of option?.claims ?? []) expect(evidence).toContain(s.claimIndex[id]?.text);
        }
    });

    it('exports JSON that survives a round trip, one entry per round played', () => {
      const copy = JSON.parse(JSON.stringify(json));
      expect(copy).toEqual(json);
      expect(copy.format).toBe(DEBRIEF_FORMAT);
      expect(copy.version).toBe(DEBRIEF_EXPORT_VERSION);
      expect(copy.rounds).toHaveLength(game.history.length);
      expect(copy.rounds[0].decisions.us.rationale.kind).toBe('team');
      expect(copy.seed).toBe(game.seed);
      expect(copy.teams.map((t: { controller: string }) => t.controller)).toEqual(
        CAPITALS.map((c) => SETUP.controllers[c]),
      );
      expect(copy.debriefQuestions).toEqual(s.debriefQuestions);
      expect(copy.causalStory[0].claims[0].cites[0]).toMatch(/^\d{3}, paragraph \d+$/);
      expect(copy.causalStory[0].claims[0].paragraphs[0]).toMatch(/^\d{3}:\d+$/);
    });

    it('puts this game’s launches per round beside the record’s for the same dates', () => {
      const table = section(markdown, '## The record beside the model');
      expect(table).toMatch(/\| Launch events \| R1 \(\d{4}-\d{2}-\d{2}\) \|/);
      expect(table).toContain('| all kinds |');
      expect(table).toContain('CNS North Korea Missile Test Database (via NTI)');
      expect(json.launchRecord.rounds).toHaveLength(game.history.length);
      json.launchRecord.rounds.forEach((r, i) => {
        expect(Object.values(r.game).reduce((a, b) => a + b, 0)).toBe(
          game.history[i]?.launches.length,
        );
        expect(r.record.cruise).toBeNull();
      });
    });

    it('is the same for the same game', () => {
      expect(debriefMarkdown(s, SETUP, seededGame(s))).toBe(markdown);
    });
  },
);

describe('designer assumptions and unfinished games', () => {
  const s = scenario();

  it('marks a designer assumption as such, in Markdown and JSON', () => {
    const game = seededGame(s);
    const json = debriefJson(s, SETUP, game);
    const assumption = json.causalStory.flatMap((t) => t.assumptions)[0];
    expect(assumption).toBeDefined();
    expect(section(debriefMarkdown(s, SETUP, game), '## The causal chains of this game')).toContain(
      `**Designer assumption** (no source backs this): ${assumption}`,
    );
  });

  it('gives the record for August 2017 and its view on the overflight claims', () => {
    const aug = scenario('aug-2017-overflight');
    const game = seededGame(aug);
    const json = debriefJson(aug, SETUP, game);
    const first = json.launchRecord.rounds[0];
    expect(first?.record).toMatchObject({ overflight: 1, nuclear: 1, icbm: 0, shortRange: 0 });
    expect(first?.recordEvents.map((e) => e.date)).toEqual(['2017-09-03', '2017-09-15']);
    // This seeded game cites the overflight claims, so the alliance notes come up.
    expect(json.recordNotes.map((n) => n.id)).toContain('record.japan-polls-after-overflights');
    expect(json.recordNotes.every((n) => n.publicRecord)).toBe(true);
    expect(debriefMarkdown(aug, SETUP, game)).toMatch(/\*Public record:\* Cabinet Office of Japan/);
  });

  it('exports a game stopped before any ending', () => {
    const start = createGame(s, 5);
    const game = playRound(s, start, decideRound(s, start, 'sealed'));
    const json = debriefJson(s, { ...SETUP, seed: 5 }, game);
    expect(json.outcome).toBeNull();
    expect(json.scores).toEqual([]);
    expect(json.rounds).toHaveLength(1);
    expect(debriefMarkdown(s, SETUP, game)).toContain('stopped after round 1, before any ending');
  });
});
