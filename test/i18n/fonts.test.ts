import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsCjkFont } from '../../scripts/cjk-ranges.mjs';
import { fontTexts } from '../../scripts/font-texts.mjs';
import { CHECKOUT_ROOT } from '../../src/scenario/files';

function textOf(locale: string): string {
  const dirs = [
    join(CHECKOUT_ROOT, 'src/i18n', locale),
    join(CHECKOUT_ROOT, 'scenarios/text', locale),
  ];
  return dirs
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f)),
    )
    .map((f) => readFileSync(f, 'utf8'))
    .join('');
}

describe.each(['ja', 'ko'])('the %s web font', (locale) => {
  const folder = join(CHECKOUT_ROOT, 'assets/fonts', locale);
  const manifest = JSON.parse(readFileSync(join(folder, 'slices.json'), 'utf8')) as {
    slices: { file: string; unicodeRange: string; beforeFirstBoard: boolean }[];
  };
  const glyphs = (range: string) =>
    range.split(',').map((u) => String.fromCodePoint(Number.parseInt(u.slice(2), 16)));
  const covered = new Set(manifest.slices.flatMap((s) => glyphs(s.unicodeRange)));

  it('has every glyph the translations use (else run `npm run fonts`)', () => {
    const missing = [...new Set([...textOf(locale)].filter(needsCjkFont))].filter(
      (ch) => !covered.has(ch),
    );
    expect(missing.join('')).toBe('');
  });

  it('ships only glyphs the game uses, in slices small enough to fetch one at a time', () => {
    const used = new Set([...textOf(locale)].filter(needsCjkFont));
    expect([...covered].filter((ch) => !used.has(ch)).join('')).toBe('');
    for (const slice of manifest.slices)
      expect(statSync(join(folder, slice.file)).size).toBeLessThan(80 * 1024);
  });

  it('draws the screens before the first board from the first slices alone', () => {
    // The menus, the board's chrome and every scenario's summary, capitals and gauges: a device
    // without the language's fonts downloads the later slices only when a card, a "why?" or the
    // debrief needs them.
    const early = new Set(
      manifest.slices.filter((s) => s.beforeFirstBoard).flatMap((s) => glyphs(s.unicodeRange)),
    );
    const first = [...new Set([...fontTexts(CHECKOUT_ROOT, locale).first].filter(needsCjkFont))];
    expect(first.filter((ch) => !early.has(ch)).join('')).toBe('');
    expect(manifest.slices.some((s) => !s.beforeFirstBoard)).toBe(true);
  });
});
