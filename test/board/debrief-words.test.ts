import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/board/dom/debrief-export-buttons';
import { debriefJson } from '../../src/board/view/debrief-json';
import { debriefMarkdown } from '../../src/board/view/debrief-markdown';
import {
  causeLabel,
  endingOf,
  roundsInWords,
  scoreWorkings,
  workingLine,
} from '../../src/board/view/debrief-words';
import { causalStory } from '../../src/board/view/story';
import type { GameSetup } from '../../src/machines/game-events';
import { endNow, scoreCapitals } from '../../src/model/end';
import { decideRound, playGame, playRound } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import type { Scenario } from '../../src/model/schema';
import { createGame, type GameState } from '../../src/model/state';
import { scenario } from '../helpers';

const s = scenario('aug-2017-overflight');
const SETUP: GameSetup = {
  seed: 1,
  turnOrder: 'sealed',
  controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'ai' },
  labels: {
    className: '10B History',
    date: '2026-12-01',
    teams: { us: 'Team Washington: Aiko, Ben' },
  },
};

/** A game the facilitator ends with End now after `rounds` rounds (none of them ending it). */
function endedNow(sc: Scenario, seed: number, rounds: number): GameState | null {
  let game = createGame(sc, seed);
  for (let r = 0; r < rounds; r++) {
    game = playRound(sc, game, decideRound(sc, game, 'sealed'));
    if (game.outcome) return null;
  }
  return endNow(sc, game);
}

function firstSeed<T>(make: (seed: number) => T | null): T {
  for (let seed = 1; seed < 400; seed++) {
    const made = make(seed);
    if (made) return made;
  }
  throw new Error('no seed gives such a game');
}

describe('rounds in words', () => {
  it.each([
    [[1], 'round 1'],
    [[2, 3], 'rounds 2 and 3'],
    [[1, 2, 3, 4], 'rounds 1–4'],
    [[4, 1, 3, 2, 2], 'rounds 1–4'],
    [[1, 3, 5, 6, 7], 'rounds 1, 3 and 5–7'],
    [[1, 2, 5], 'rounds 1, 2 and 5'],
    [[2, 9], 'rounds 2 and 9'],
  ])('%j → %s', (rounds, words) => expect(roundsInWords(rounds)).toBe(words));
});

describe('the debrief after the facilitator’s End now after four rounds', () => {
  const game = firstSeed((seed) => endedNow(s, seed, 4));
  const natural = s.outcomes.find((o) => o.kind === 'lastRound');

  it('says who ended it, after which round of how many, and where the calendar stood', () => {
    const ending = endingOf(s, game);
    expect(ending?.byFacilitator).toBe(true);
    expect(ending?.title).toBe('stopped by the facilitator after round 4 of 12');
    expect(ending?.line).toBe('Ended by the facilitator after round 4 of 12');
    expect(ending?.text).toMatch(
      /^The facilitator ended the game after round 4 of 12, when the game’s calendar had reached 27 Dec 2017: 4 months of the 12 months this crisis runs\./,
    );
    // The scenario's natural-end text ("A year has passed …") is not true of four months.
    expect(natural?.text).toMatch(/A year has passed/);
    expect(ending?.text).not.toMatch(/A year has passed/);
  });

  it('says so in both exports too, with the labels the teacher gave', () => {
    const markdown = debriefMarkdown(s, SETUP, game);
    expect(markdown).not.toMatch(/A year has passed/);
    expect(markdown).toContain(
      '**Ended by the facilitator after round 4 of 12** — The facilitator',
    );
    expect(markdown).toContain('**10B History · 1 Dec 2026**');
    expect(markdown).toContain('| Washington | a human team: Team Washington: Aiko, Ben |');
    const json = debriefJson(s, SETUP, game);
    expect(json.outcome?.endedBy).toBe('facilitator');
    expect(json.outcome?.round).toBe(4);
    expect(json.labels).toEqual(SETUP.labels);
    expect(json.teams.find((t) => t.capital === 'us')?.team).toBe('Team Washington: Aiko, Ben');
  });

  it('names causes without the game’s jargon, and rounds in words', () => {
    const story = causalStory(s, game);
    expect(story.length).toBeGreaterThan(0);
    for (const thread of story) {
      expect(thread.label).toMatch(/^(\S+’s decision|Knock-on effect|Event): /);
      expect(thread.chain.title).toMatch(/ — rounds? \d/);
      expect(thread.chain.title).not.toMatch(/\d, \d+$/);
    }
    expect(causeLabel(s, { kind: 'rule', ruleId: s.rules[0]?.id ?? '' })).toBe(
      `Knock-on effect: ${s.rules[0]?.title}`,
    );
    expect(debriefMarkdown(s, SETUP, game)).not.toMatch(/\brule: |in rounds \d+, \d/);
  });
});

describe('the debrief after a natural end', () => {
  it('keeps the scenario’s own text at the last round, and says all rounds were played', () => {
    const game = firstSeed((seed) => {
      const g = playGame(s, { seed });
      return g.outcome?.outcomeId === 'outcome.crisis-continues' ? g : null;
    });
    const ending = endingOf(s, game);
    const outcome = s.outcomes.find((o) => o.id === 'outcome.crisis-continues');
    expect(ending?.byFacilitator).toBe(false);
    expect(ending?.title).toBe(outcome?.title);
    expect(ending?.text).toBe(`${outcome?.text} The game ran all 12 rounds, to 24 Aug 2018.`);
    expect(ending?.line).toBe('Played all 12 rounds');
    expect(debriefJson(s, SETUP, game).outcome?.endedBy).toBe('game');
  });

  it('an ending the game reached early gives the round it came in', () => {
    const game = firstSeed((seed) => {
      const g = playGame(s, { seed });
      return g.outcome && g.outcome.round < 12 ? g : null;
    });
    expect(endingOf(s, game)?.line).toBe(`Ended in round ${game.outcome?.round} of 12`);
  });
});

describe('the score explanation', () => {
  const games = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => {
    const early = endedNow(s, seed, 3);
    return [playGame(s, { seed }), ...(early ? [early] : [])];
  });

  it('works out exactly the scores the game gave, in every game, whatever the ending', () => {
    expect(new Set(games.map((g) => g.outcome?.outcomeId)).size).toBeGreaterThan(1);
    for (const game of games) {
      const outcome = s.outcomes.find((o) => o.id === game.outcome?.outcomeId) ?? null;
      const truth = scoreCapitals(s, game, outcome);
      for (const w of scoreWorkings(s, game)) {
        expect(w.score).toBe(truth[w.capital]);
        expect(w.score).toBe(game.outcome?.scores[w.capital]);
      }
    }
  });

  it('shows sums that give the numbers it states', () => {
    for (const game of games)
      for (const w of scoreWorkings(s, game)) {
        const line = workingLine(w);
        const [, sum = '', weights = '', average = ''] =
          /^\((.+)\) ÷ (\d+) = ([\d.]+);/.exec(line) ?? [];
        const total = sum
          .split(' + ')
          .map((term) => term.split(' × ').map(Number))
          .reduce((acc, [points = 0, weight = 0]) => acc + points * weight, 0);
        expect(Math.abs(total / Number(weights) - Number(average))).toBeLessThanOrEqual(0.05);
        expect(line.endsWith(`→ ${w.score}`) || line.endsWith('(kept within 0–100)')).toBe(true);
        for (const p of w.parts) expect(p.points).toBe(p.want === 'high' ? p.value : 100 - p.value);
        expect(CAPITALS).toContain(w.capital);
      }
  });
});

describe('export file names', () => {
  const game = playGame(s, { seed: 1 });
  it('name the scenario, the class, the date and the seed, in safe characters only', () => {
    expect(exportFileName(s, game, 'md', SETUP.labels)).toBe(
      'overflight-aug-2017-10B-History-2026-12-01-seed-1.md',
    );
    expect(exportFileName(s, game, 'json')).toBe('overflight-aug-2017-seed-1.json');
    expect(
      exportFileName(s, game, 'json', { className: 'Élèves 3ème / Geo: A&B', date: '2026-01-31' }),
    ).toBe('overflight-aug-2017-Eleves-3eme-Geo-A-B-2026-01-31-seed-1.json');
    expect(exportFileName(s, game, 'md', { className: '高二 歷史' })).toBe(
      'overflight-aug-2017-seed-1.md',
    );
  });
});
