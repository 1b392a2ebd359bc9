import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { indicatorChartSvg } from '../../src/board/dom/indicator-series';
import { aiReasons } from '../../src/board/view/ai-reasons';
import {
  type WhyChain,
  whyDecision,
  whyEvent,
  whyIndicator,
  whyOutcome,
} from '../../src/board/view/why';
import { whyLaunch } from '../../src/board/view/why-launch';
import { whyOption } from '../../src/board/view/why-option';
import { plainWhy } from '../../src/board/view/why-plain';
import {
  comparisonMarkdown,
  kindLabel,
  launchComparison,
} from '../../src/history/launch-comparison';
import { gameLaunchesByRound } from '../../src/history/launch-record';
import { RECORD_EVENTS } from '../../src/history/record-data';
import { stanceLabel } from '../../src/history/record-notes';
import { RECORD_STANCES } from '../../src/history/record-schema';
import { readCatalog } from '../../src/i18n/catalog-files';
import { installLocale } from '../../src/i18n/messages';
import { indicatorLabel, indicatorMeaning, indicatorShort } from '../../src/i18n/names';
import { evidenceView } from '../../src/lab/evidence-view';
import { playGame } from '../../src/model/game';
import { CAPITALS, INDICATORS } from '../../src/model/ids';
import { INDICATOR_DOCS } from '../../src/model/indicators';
import { LAUNCH_KINDS } from '../../src/model/launches';
import { type Scenario, ScenarioSchema } from '../../src/model/schema';
import type { GameState } from '../../src/model/state';
import { loadSharedFrom, SCENARIO_DIR } from '../../src/scenario/files';
import { mapScenarioProse, mapSharedProse } from '../../src/scenario/prose';
import { resolveScenario } from '../../src/scenario/resolve';

afterEach(() => installLocale('en'));

// Every scenario text (already translated by the content loader in a real page) stands in as
// one Japanese mark here, so whatever English is left can only come from the code.
const MARK = '〔本文〕';

function markedScenario(id: string): Scenario {
  const shared = loadSharedFrom();
  if (!shared.ok) throw new Error('the shared content loads');
  const file = ScenarioSchema.parse(
    JSON.parse(readFileSync(`${SCENARIO_DIR}/${id}.scenario.json`, 'utf8')),
  );
  return resolveScenario(
    mapScenarioProse(file, () => MARK),
    mapSharedProse(shared.value, () => MARK),
  );
}

/** Everything of a chain the code words: titles, groups, causes, forecasts, changes, locators. */
function chainTexts(chain: WhyChain): string[] {
  const plain = plainWhy(chain);
  return [
    chain.title,
    ...chain.steps.flatMap((step) => [
      step.group ?? '',
      step.cause.label,
      step.cause.detail,
      step.cause.plain ?? '',
      step.change?.label ?? '',
      step.assumption ?? '',
      ...(step.expected ?? []),
      ...step.claims.flatMap((c) => [c.text, c.plain ?? '', ...c.cites.map((p) => p.locator)]),
    ]),
    plain.title,
    ...plain.lines.flatMap((l) => [l.group ?? '', l.text, l.note ?? '']),
  ];
}

// What may stay in Latin letters: ids of options, rules and events (a.b), launch kinds' and
// commands' names, the launch database's name.
const ALLOWED =
  /\b[a-z]+(?:[.-][a-z0-9-]+)+\b|\bICBM\b|npm run calibrate|CNS North Korea Missile Test Database|\bNTI\b/g;

function english(texts: string[]): string[] {
  return texts
    .map((text) => text.replace(ALLOWED, ''))
    .flatMap((text) => text.match(/[A-Za-z]{3,}/g) ?? []);
}

function everyChain(s: Scenario, game: GameState): WhyChain[] {
  const chains: WhyChain[] = [];
  for (const record of game.history) {
    for (const id of INDICATORS) chains.push(whyIndicator(s, game, record.round, id));
    for (const id of record.events) chains.push(whyEvent(s, game, record.round, id));
    for (const c of CAPITALS) chains.push(whyDecision(s, c, record.decisions[c]));
    record.launches.forEach((_, i) => {
      const chain = whyLaunch(s, game, record.round, i);
      if (chain) chains.push(chain);
    });
  }
  chains.push(whyOutcome(s, game));
  for (const option of s.options) chains.push(whyOption(s, option.id, { game }));
  chains.push(
    whyDecision(s, 'us', { optionId: 'us.un-sanctions', by: 'human', rationale: 'x' }),
    whyDecision(s, 'japan', { optionId: 'japan.protest', by: 'human' }),
  );
  return chains;
}

describe('the "why?" area in Japanese and Korean', () => {
  for (const locale of ['ja', 'ko'] as const) {
    it(`${locale}: every why? chain, its first depth and the AI's reasons leave no English`, () => {
      installLocale(locale, readCatalog(locale));
      for (const id of ['aug-2017-overflight', 'mar-2017-salvo']) {
        const s = markedScenario(id);
        for (const seed of [3, 8]) {
          const game = playGame(s, { seed });
          const texts = everyChain(s, game).flatMap(chainTexts);
          expect(english(texts)).toEqual([]);
          for (const record of game.history)
            for (const c of CAPITALS) {
              const why = record.decisions[c].rationale;
              if (why && typeof why !== 'string')
                expect(english([aiReasons(s, record.decisions[c].optionId, why)])).toEqual([]);
            }
        }
      }
    });

    it(`${locale}: the chart, the launch record and the sources' locators leave no English`, () => {
      installLocale(locale, readCatalog(locale));
      const s = markedScenario('aug-2017-overflight');
      const game = playGame(s, { seed: 4 });
      const svg = indicatorChartSvg(s, game);
      const svgText = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1] ?? '');
      expect(english(svgText)).toEqual([]);
      const comparison = launchComparison(
        s,
        [{ label: MARK, byRound: gameLaunchesByRound(game) }],
        RECORD_EVENTS,
      );
      expect(english(comparisonMarkdown(comparison))).toEqual([]);
      expect(english([...LAUNCH_KINDS, 'all' as const].map(kindLabel))).toEqual([]);
      expect(english(RECORD_STANCES.map(stanceLabel))).toEqual([]);
      const view = evidenceView([s], s);
      expect(
        english(view.sources.flatMap((src) => src.claims.flatMap((c) => c.paragraphs))),
      ).toEqual([]);
    });
  }

  it("keeps the model's English indicator words and the catalog's the same", () => {
    for (const id of INDICATORS) {
      expect(indicatorLabel(id)).toBe(INDICATOR_DOCS[id].label);
      expect(indicatorShort(id)).toBe(INDICATOR_DOCS[id].short);
      expect(indicatorMeaning(id)).toBe(INDICATOR_DOCS[id].meaning);
    }
  });

  it('says the same words in English as before the catalog', () => {
    const s = markedScenario('aug-2017-overflight');
    const game = playGame(s, { seed: 4 });
    expect(whyIndicator(s, game, 1, 'regionalTension').title).toBe(
      'Why did “Regional tension” change in round 1?',
    );
    expect(stanceLabel('mixed')).toBe('The record is mixed');
    expect(kindLabel('mediumRange')).toBe('medium/intermediate');
    // And the check above finds English where there is some.
    expect(english(everyChain(s, game).flatMap(chainTexts)).length).toBeGreaterThan(100);
  });
});
