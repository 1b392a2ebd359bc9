// The last places that still wrote English to a Japanese or Korean player, each rendered in
// both languages: what they say comes from the catalog (or the content's translations), and what
// a person typed or a file is called is shown as it is, marked so that nothing translates it.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/board/app';
import { problemWith } from '../../src/board/dom/compare-picker';
import { showWhenLoaded } from '../../src/board/scenes/lazy-screen';
import { readCatalog } from '../../src/i18n/catalog-files';
import { installLocale, type MessageKey } from '../../src/i18n/messages';
import { installFakeDom, seenTexts } from './fake-dom';

installFakeDom();
afterEach(() => installLocale('en'));

const LOCALES = ['ja', 'ko'] as const;

/** Words of three or more Latin letters, less those every language keeps. */
function englishIn(texts: readonly string[], kept: readonly string[] = []): string[] {
  return texts.flatMap((text) => {
    let rest = text;
    for (const k of ['Overflight', 'JSON', 'AI', ...kept]) rest = rest.split(k).join(' ');
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

describe.each(LOCALES)('in %s', (locale) => {
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
