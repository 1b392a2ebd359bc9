// The last places that still wrote English to a Japanese or Korean player, each rendered in
// both languages: what they say comes from the catalog (or the content's translations), and what
// a person typed or a file is called is shown as it is, marked so that nothing translates it.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/board/app';
import { problemWith } from '../../src/board/dom/compare-picker';
import { debriefRecord } from '../../src/board/dom/debrief-record';
import { showWhenLoaded } from '../../src/board/scenes/lazy-screen';
import { recordExport, recordMarkdown } from '../../src/board/view/record-export';
import { teamPack } from '../../src/board/view/team-pack';
import { RECORD_NOTES, recordCredit, recordNotesOf } from '../../src/history/record-data';
import { notesForGame } from '../../src/history/record-notes';
import type { RecordNote } from '../../src/history/record-schema';
import { readCatalog } from '../../src/i18n/catalog-files';
import { installLocale, type MessageKey } from '../../src/i18n/messages';
import { sentences } from '../../src/i18n/sentences';
import { playGame } from '../../src/model/game';
import { CAPITALS } from '../../src/model/ids';
import { optionsFor } from '../../src/model/options';
import { policyChooser } from '../../src/model/policy';
import type { Scenario } from '../../src/model/schema';
import { createGame } from '../../src/model/state';
import { loadSharedFrom } from '../../src/scenario/files';
import type { SharedContent } from '../../src/scenario/load';
import { mapSharedProse, translateWith } from '../../src/scenario/prose';
import { resolveScenario, scenarioFileOf } from '../../src/scenario/resolve';
import { readTextFile } from '../../src/scenario/text-files';
import { scenario } from '../helpers';
import { installFakeDom, seenTexts } from './fake-dom';

installFakeDom();
afterEach(() => installLocale('en'));

const LOCALES = ['ja', 'ko'] as const;

/** Words of three or more Latin letters, less those every language keeps. */
function englishIn(texts: readonly string[], kept: readonly string[] = []): string[] {
  return texts.flatMap((text) => {
    let rest = text;
    // The longest first, so that a name inside a longer kept text does not split it.
    const all = ['Overflight', 'JSON', 'AI', ...kept].sort((a, b) => b.length - a.length);
    for (const k of all) rest = rest.split(k).join(' ');
    return rest.match(/[A-Za-z]{3,}/g) ?? [];
  });
}

/** What a screen shows, as lines (texts marked translate="no" are kept apart). */
function shown(node: unknown): { said: string[]; typed: string[] } {
  const texts = seenTexts(node);
  return {
    said: texts.filter((x) => x.translate).map((x) => x.text),
    typed: texts.filter((x) => !x.translate).map((x) => x.text),
  };
}

/** The scenario with an option closed in round 1 that gives no reason of its own. */
function withSilentOption(): { s: Scenario; id: string } {
  const base = scenario();
  const start = createGame(base, 1);
  const closed = CAPITALS.flatMap((c) => optionsFor(base, start, c)).find((v) => !v.available);
  if (!closed) throw new Error('an option closed in round 1');
  const { unavailableReason: _, ...silent } = closed.option;
  const options = base.options.map((o) => (o === closed.option ? silent : o));
  const s = {
    ...base,
    options,
    optionIndex: Object.fromEntries(options.map((o) => [o.id, o])),
  } as Scenario;
  return { s, id: silent.id };
}

describe('the model leaves the words to the screens', () => {
  it('gives a closed option only the scenario’s own reason, never words of its own', () => {
    const { s, id } = withSilentOption();
    const game = createGame(s, 1);
    const silent = CAPITALS.flatMap((c) => optionsFor(s, game, c)).find((v) => v.option.id === id);
    expect(silent?.available).toBe(false);
    expect(silent?.reason).toBeUndefined();
    for (const c of CAPITALS)
      for (const view of optionsFor(s, game, c))
        if (!view.available) expect(view.reason).toBe(view.option.unavailableReason);
    // In English the team pack says what the board always said.
    expect(
      teamPack(s, game)
        .capitals.flatMap((c) => c.options)
        .find((o) => o.label === silent?.option.label)?.closed,
    ).toBe('Not available now.');
  });

  it('marks a strategy’s choice as the strategy’s, with no words', () => {
    const s = scenario();
    const choose = policyChooser(s, { us: 'us.reassure-allies' });
    expect(choose('us', createGame(s, 1), {})).toEqual({
      optionId: 'us.reassure-allies',
      by: 'human',
      policy: true,
    });
  });
});

/** The shared content as a page in a language holds it: its translation over the English. */
function sharedIn(locale: 'ja' | 'ko'): SharedContent {
  const shared = loadSharedFrom();
  if (!shared.ok) throw new Error('the shared content loads');
  const texts = JSON.parse(readTextFile(locale, 'shared') ?? '{}') as Record<string, string>;
  return mapSharedProse(shared.value, translateWith(texts));
}

/** The names the record's notes cite by (researchers, databases): as published in every language. */
const CITED_NAMES = ['CSIS', 'CNS', 'Cha', 'Lee', 'Lim'];

/** The numbers a text gives (figures, years, resolution numbers). */
const numbersIn = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];

describe('sentences run on as the language runs them', () => {
  it('with a space in English and Korean, straight on in Japanese', () => {
    const said = ['One.', '', 'Two.'];
    expect(sentences(said)).toBe('One. Two.');
    installLocale('ko', readCatalog('ko'));
    expect(sentences(['하나.', '둘.'])).toBe('하나. 둘.');
    installLocale('ja', readCatalog('ja'));
    expect(sentences(['一。', '二。'])).toBe('一。二。');
    expect(sentences([])).toBe('');
    // The launch record's closing line, in a Japanese debrief.
    const game = playGame(scenario(), { seed: 3 });
    const line = debriefRecord(scenario(), game).querySelector('.lr-credit')?.textContent ?? '';
    expect(line).toContain('。');
    expect(line).not.toContain('。 ');
  });
});

describe.each(LOCALES)('in %s', (locale) => {
  it('translates the record’s notes, every figure and date kept, their sources as published', () => {
    const english = loadSharedFrom();
    if (!english.ok) throw new Error('the shared content loads');
    const notes = sharedIn(locale).notes ?? [];
    expect(notes.map((n) => n.id)).toEqual(RECORD_NOTES.map((n) => n.id));
    notes.forEach((note, i) => {
      const original = RECORD_NOTES[i] as RecordNote;
      const pairs: [string, string][] = [
        [original.title, note.title],
        [original.text, note.text],
        ...original.figures.map((f, j): [string, string] => [f, note.figures[j] ?? '']),
      ];
      for (const [en, own] of pairs) {
        expect(own).not.toBe(en);
        // Names the record cites by (researchers, databases) stay as published.
        expect(englishIn([own], CITED_NAMES), own).toEqual([]);
        for (const n of numbersIn(en)) expect(numbersIn(own), `${n} in ${own}`).toContain(n);
      }
      expect(note.source).toBe(original.source);
      expect(note.stance).toBe(original.stance);
    });
  });

  it('shows the record’s notes in the debrief in the language, each source marked as published', () => {
    installLocale(locale, readCatalog(locale));
    const base = scenario();
    const s = resolveScenario(scenarioFileOf(base), sharedIn(locale));
    const game = playGame(s, { seed: 3 });
    const record = debriefRecord(s, game);
    const { said, typed } = shown(record);
    const called = notesForGame(game, recordNotesOf(s));
    expect(called.length).toBeGreaterThan(0);
    for (const { note } of called) {
      expect(said).toContain(note.title);
      expect(RECORD_NOTES.map((n) => n.title)).not.toContain(note.title);
      expect(typed).toContain(note.source);
    }
    // What is said, less the scenario's own prose (English here) and the names kept.
    const prose = [
      ...Object.values(base.claimIndex).map((c) => c.text),
      'CNS North Korea Missile Test Database',
      'NTI',
      'ICBM',
    ];
    expect(englishIn(said, [...prose, ...CITED_NAMES])).toEqual([]);
    const json = recordExport(s, game);
    expect(json.launchRecord.credit).toBe(recordCredit());
    expect(json.recordNotes[0]?.title).toBe(
      recordNotesOf(s).find((n) => n.id === json.recordNotes[0]?.id)?.title,
    );
    expect(
      englishIn(recordMarkdown(s, game), [
        ...prose,
        ...RECORD_NOTES.map((n) => n.source),
        ...RECORD_NOTES.flatMap((n) => n.claims),
        ...CITED_NAMES,
      ]),
    ).toEqual([]);
  });

  it('says why an option with no reason of its own is closed, in the team pack', () => {
    installLocale(locale, readCatalog(locale));
    const { s, id } = withSilentOption();
    const game = createGame(s, 1);
    const label = s.optionIndex[id]?.label;
    const closed = teamPack(s, game)
      .capitals.flatMap((c) => c.options)
      .find((o) => o.label === label)?.closed;
    expect(closed).toBeTruthy();
    expect(englishIn([closed ?? ''])).toEqual([]);
  });

  it('says a screen loaded on demand is loading, or could not be, in whole messages', async () => {
    installLocale(locale, readCatalog(locale));
    const screens: [MessageKey, MessageKey][] = [
      ['lab.scene.loading', 'lab.scene.failed'],
      ['debrief.scene.loading', 'debrief.scene.failed'],
      ['menus.evidence.loading', 'menus.evidence.failed'],
    ];
    for (const [loading, failed] of screens) {
      const seen: unknown[] = [];
      const app = { overlay: { show: (element: unknown) => seen.push(element) } } as unknown as App;
      let fail: (error: Error) => void = () => {};
      showWhenLoaded(
        app,
        { loading, failed },
        () => new Promise((_, reject) => (fail = reject)),
        () => () => {},
        () => {},
      );
      fail(new Error('offline'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seen).toHaveLength(2);
      const lines = seen.flatMap((element) => shown(element).said);
      expect(lines.length).toBeGreaterThan(2);
      expect(englishIn(lines)).toEqual([]);
    }
  });

  it('names a game the picker cannot compare as it is called, in a sentence of the language', () => {
    installLocale(locale, readCatalog(locale));
    const line = document.createElement('p');
    line.append(...(problemWith('Class 10B game', 'x') as Node[]));
    const { said, typed } = shown(line);
    expect(typed).toEqual(['Class 10B game']);
    expect(englishIn(said)).toEqual([]);
  });
});
