import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driveGame } from '../../src/machines/drive-game';
import { CAPITALS } from '../../src/model/ids';
import { recordOf } from '../../src/model/record';
import type { Scenario } from '../../src/model/schema';
import { loadSharedFrom, SCENARIO_DIR } from '../../src/scenario/files';
import { mapScenarioProse, mapSharedProse } from '../../src/scenario/prose';
import { resolveScenario, scenarioFileOf } from '../../src/scenario/resolve';
import { scenario } from '../helpers';

/** A scenario with every text in a language (its translation files), rules untouched. */
function inLanguage(id: string, locale: 'ja' | 'ko'): Scenario {
  const texts = (name: string) =>
    JSON.parse(readFileSync(join(SCENARIO_DIR, 'text', locale, `${name}.json`), 'utf8'));
  const own = texts(id);
  const shared = texts('shared');
  const loaded = loadSharedFrom();
  if (!loaded.ok) throw new Error('shared content');
  return resolveScenario(
    mapScenarioProse(scenarioFileOf(scenario(id)), (key, en) => own[key] ?? en),
    mapSharedProse(loaded.value, (key, en) => shared[key] ?? en),
  );
}

describe('game state carries ids and numbers, never words', () => {
  it.each(['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'])(
    '%s: the same game played in English, Japanese and Korean leaves the same record and state',
    (id) => {
      const settings = { seed: 20170829, humans: [] };
      const english = driveGame(scenario(id), settings);
      // The page's rules arrive with every text blank until its language's texts are in: the same
      // game must follow from them.
      const shared = loadSharedFrom();
      if (!shared.ok) throw new Error('shared content');
      const blank = resolveScenario(
        mapScenarioProse(scenarioFileOf(scenario(id)), () => ''),
        mapSharedProse(shared.value, () => ''),
      );
      expect(JSON.stringify(driveGame(blank, settings))).toBe(JSON.stringify(english));
      for (const locale of ['ja', 'ko'] as const) {
        const local = inLanguage(id, locale);
        // The translation really is in place: the options read in the language.
        expect(local.options[0]?.label).not.toBe(scenario(id).options[0]?.label);
        const game = driveGame(local, settings);
        expect(JSON.stringify(game)).toBe(JSON.stringify(english));
      }
      const controllers = Object.fromEntries(CAPITALS.map((c) => [c, 'ai'])) as Parameters<
        typeof recordOf
      >[1]['controllers'];
      const record = JSON.stringify(recordOf(english, { turnOrder: 'sealed', controllers }));
      // Nothing in the record is a sentence: no text longer than an id, and no letters of any
      // language but ids' own.
      expect(record).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/);
      expect(record.match(/"[^"]*\s[^"]*"/g) ?? []).toEqual([]);
    },
  );
});
