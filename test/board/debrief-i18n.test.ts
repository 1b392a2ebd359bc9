// The debrief, its hand-in and the class debrief in Japanese and Korean: every word the code
// writes comes from the catalog. The scenario's prose (and the record's notes, shared texts
// translated with it) is replaced by a stand-in "translation" so that any English left over is
// the code's own; what stays as published (sources' titles and bylines, the record's sources,
// the launch database's name) is taken out first, by exact text.
import { afterEach, describe, expect, it } from 'vitest';
import { classDebriefScreen } from '../../src/board/dom/class-debrief';
import { comparePicker } from '../../src/board/dom/compare-picker';
import { debriefExportButtons } from '../../src/board/dom/debrief-export-buttons';
import {
  chainsSection,
  crisisBlock,
  evidenceSection,
  printChart,
  roundsSection,
  sourcesSection,
} from '../../src/board/dom/debrief-handin';
import { debriefRecord } from '../../src/board/dom/debrief-record';
import { debriefScores } from '../../src/board/dom/debrief-scores';
import type { Overlay } from '../../src/board/dom/overlay';
import { openGamePack } from '../../src/board/dom/team-pack';
import { compareRooms } from '../../src/board/view/class-compare';
import { classDebriefJson } from '../../src/board/view/class-json';
import { classDebriefMarkdown } from '../../src/board/view/class-markdown';
import { classRefusalText } from '../../src/board/view/class-words';
import { debriefJson } from '../../src/board/view/debrief-json';
import { debriefMarkdown } from '../../src/board/view/debrief-markdown';
import { causalStory } from '../../src/board/view/story';
import { whyDecision } from '../../src/board/view/why';
import { RECORD_NOTES } from '../../src/history/record-data';
import { readCatalog } from '../../src/i18n/catalog-files';
import type { Locale } from '../../src/i18n/locales';
import { installLocale } from '../../src/i18n/messages';
import type { GameSetup } from '../../src/machines/game-events';
import { endNow } from '../../src/model/end';
import { decideRound, playRound } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { policyChooser } from '../../src/model/policy';
import { recordOf } from '../../src/model/record';
import type { Scenario } from '../../src/model/schema';
import { createGame, type Decision, type Decisions, type GameState } from '../../src/model/state';
import { mapScenarioProse, mapSharedProse } from '../../src/scenario/prose';
import { resolveScenario, scenarioFileOf } from '../../src/scenario/resolve';
import { scenario } from '../helpers';
import { installFakeDom, seenTexts } from './fake-dom';

installFakeDom();
afterEach(() => installLocale('en'));

/** The scenario as a translated page would hold it: every text of its prose in another language. */
function translated(id: string, text: string): Scenario {
  const s = scenario(id);
  const file = scenarioFileOf(s);
  const own = new Set(file.claims.map((c) => c.id));
  const visit = () => text;
  const shared = mapSharedProse(
    {
      claims: Object.values(s.claimIndex).filter((c) => !own.has(c.id)),
      sources: Object.values(s.sourceIndex),
      lenses: s.lenses,
      notes: [...RECORD_NOTES],
    },
    visit,
  );
  return resolveScenario(mapScenarioProse(file, visit), shared);
}

/** The AI's choices, as teams would make them (a team's own reason, in its own language, for Washington). */
function asTeams(decisions: Decisions, reason: string): Decisions {
  return Object.fromEntries(
    CAPITALS.map((c) => [
      c,
      {
        optionId: decisions[c].optionId,
        by: 'human',
        ...(c === 'us' ? { rationale: reason } : {}),
      },
    ]),
  ) as Decisions;
}

function played(s: Scenario, seed: number, rounds: number, reason: string): GameState {
  let game = createGame(s, seed);
  for (let r = 0; r < rounds && !game.outcome; r++)
    game = playRound(s, game, asTeams(decideRound(s, game, 'sealed'), reason));
  return game.outcome ? game : endNow(s, game);
}

/** What other parts of the game still write in English: taken out before looking for English. */
function foreignTexts(s: Scenario, _games: GameState[]): string[] {
  return [
    // The launch database's name, and the record's sources: citations, as published.
    'CNS North Korea Missile Test Database',
    'NTI',
    ...RECORD_NOTES.flatMap((n) => [n.source, ...n.claims]),
    ...Object.values(s.sourceIndex).flatMap((src) => [src.title, src.byline ?? '']),
    ...s.whatHappenedNext.map((e) => e.source),
    s.id,
  ]
    .filter((text) => text.length > 2)
    .sort((a, b) => b.length - a.length);
}

/** Words of three or more Latin letters left once the foreign texts are taken out. */
function englishIn(text: string, foreign: string[]): string[] {
  let rest = text;
  for (const f of foreign) rest = rest.split(f).join(' ');
  const allowed = new Set(['Overflight', 'Markdown', 'JSON', 'PDF', 'Esc', 'ICBM']);
  return [...new Set(rest.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !allowed.has(w));
}

const HUMAN_FIELDS = new Set([
  'title',
  'subtitle',
  'text',
  'name',
  'label',
  'working',
  'scoreRule',
  'cause',
  'what',
  'ending',
  'explain',
  'launches',
  'events',
]);

/** The human-readable values of an export (ids, field names and the record's data left out). */
function humanValues(value: unknown, key = ''): string[] {
  if (['recordNotes', 'launchRecord', 'sources', 'labels'].includes(key)) return [];
  if (typeof value === 'string') return HUMAN_FIELDS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => humanValues(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => humanValues(v, k));
  return [];
}

const LOCALES: {
  locale: Locale;
  prose: string;
  reason: string;
  team: string;
  className: string;
}[] = [
  {
    locale: 'ja',
    prose: '訳文',
    reason: '対話が必要だから',
    team: '青チーム',
    className: '2年B組',
  },
  {
    locale: 'ko',
    prose: '번역문',
    reason: '대화가 필요해서',
    team: '파랑 팀',
    className: '2학년 3반',
  },
];

describe.each(LOCALES)('the debrief in $locale', ({ locale, prose, reason, team, className }) => {
  const s = translated('aug-2017-overflight', prose);
  const setup: GameSetup = {
    seed: 3,
    turnOrder: 'sealed',
    controllers: { northKorea: 'human', us: 'human', japan: 'human', southKorea: 'human' },
    labels: { className, date: '2026-12-01', teams: { us: team } },
  };
  const early = played(s, 3, 4, reason);
  const whole = played(s, 5, 12, reason);
  const games = [early, whole];
  /** Read in the language installed (the record's table names "this game" in it). */
  const foreign = () => foreignTexts(s, games);

  it('writes the Markdown hand-in with no English of its own', () => {
    installLocale(locale, readCatalog(locale));
    for (const game of games) {
      const markdown = debriefMarkdown(s, setup, game);
      expect(englishIn(markdown, foreign())).toEqual([]);
      expect(markdown).toContain(reason);
    }
  });

  it('writes the JSON export’s texts in the language, and says which one', () => {
    installLocale(locale, readCatalog(locale));
    for (const game of games) {
      const json = debriefJson(s, setup, game);
      expect(json.language).toBe(locale);
      expect(json.format).toBe('overflight-debrief');
      expect(json.scores.map((x) => x.capital)).toEqual([...CAPITALS]);
      expect(englishIn(humanValues(json).join('\n'), foreign())).toEqual([]);
    }
  });

  it('shows the printed debrief’s parts with no English of its own, the team’s words untranslated', () => {
    installLocale(locale, readCatalog(locale));
    for (const game of games) {
      const d = debriefJson(s, setup, game);
      const parts = [
        crisisBlock(s, game, d),
        roundsSection(d),
        printChart(s, d),
        ...chainsSection(d, causalStory(s, game), () => {}),
        evidenceSection(s, d),
        sourcesSection(d),
        debriefRecord(s, game),
        ...debriefScores(s, game),
        debriefExportButtons(s, setup, game, () => document.createElement('div')),
      ];
      const texts = parts.flatMap((p) => seenTexts(p)).map((x) => x.text);
      expect(englishIn(texts.join('\n'), foreign())).toEqual([]);
      expect(texts.join('')).toContain(team);
    }
  });

  it('gives the AI’s reasons, a team’s and a strategy’s choice in the language, the team’s words as typed', () => {
    installLocale(locale, readCatalog(locale));
    // Washington's choices fixed by a strategy, Tokyo's team writes its reasons, the AI plays the rest.
    const policy = policyChooser(s, { us: 'us.reassure-allies' });
    let game = createGame(s, 7);
    for (let r = 0; r < 3 && !game.outcome; r++) {
      const decisions = decideRound(s, game, 'sealed', policy);
      decisions.japan = { optionId: decisions.japan.optionId, by: 'human', rationale: reason };
      game = playRound(s, game, decisions);
    }
    const d = debriefJson(s, setup, game);
    const round = d.rounds[0];
    expect(round?.decisions.northKorea.rationale?.kind).toBe('ai');
    expect(round?.decisions.us.rationale?.kind).toBe('policy');
    const texts = seenTexts(roundsSection(d));
    expect(englishIn(texts.map((x) => x.text).join('\n'), foreign())).toEqual([]);
    expect(texts.find((x) => x.text === reason)?.translate).toBe(false);
    expect(englishIn(debriefMarkdown(s, setup, game), foreign())).toEqual([]);
    const why = whyDecision(s, 'us', game.history[0]?.decisions.us as Decision);
    expect(
      englishIn([why.steps[0]?.cause.detail, why.steps[0]?.cause.plain].join('\n'), []),
    ).toEqual([]);
  });

  it('prints the team packs with no English of its own', () => {
    installLocale(locale, readCatalog(locale));
    const shown: unknown[] = [];
    const overlay = { openDialog: (d: unknown) => shown.push(d), closeWhy() {} };
    openGamePack(overlay as unknown as Overlay, s, early, setup);
    const texts = seenTexts(shown[0]);
    expect(englishIn(texts.map((x) => x.text).join('\n'), foreign())).toEqual([]);
    // The team's name is shown as typed, marked so that nothing translates it.
    expect(texts.find((x) => x.text === team)?.translate).toBe(false);
  });

  it('compares rooms in the class debrief, on screen and in both exports', () => {
    installLocale(locale, readCatalog(locale));
    const [first, second] = games.map((g) => ({ ...recordOf(g, setup), labels: setup.labels }));
    if (!first || !second) throw new Error('two games');
    const compared = compareRooms([s], [{ record: first }, { record: second, name: 'B' }]);
    if (!compared.ok) throw new Error(classRefusalText(compared.refusal));
    const c = compared.comparison;
    const json = classDebriefJson(s, c);
    expect(json.language).toBe(locale);
    expect(englishIn(classDebriefMarkdown(s, c), foreign())).toEqual([]);
    expect(englishIn(humanValues(json).join('\n'), foreign())).toEqual([]);
    const screen = seenTexts(classDebriefScreen(s, c, { back() {} }));
    expect(englishIn(screen.map((x) => x.text).join('\n'), foreign())).toEqual([]);
    expect(screen.find((x) => x.text.includes(className))?.translate).toBe(false);
    const refused = compareRooms([s], [{ record: first }]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(englishIn(classRefusalText(refused.refusal), foreign())).toEqual([]);
    const picker = comparePicker([], {
      savedRecord: () => '',
      compare: async () => null,
      close() {},
    });
    expect(
      englishIn(
        seenTexts(picker)
          .map((x) => x.text)
          .join('\n'),
        foreign(),
      ),
    ).toEqual([]);
  });
});
