// Subset web fonts for Japanese and Korean: only the glyphs the game's texts use, in slices
// (a page downloads only the slices its text needs). The glyphs of the screens before the first
// board (the menus, the board's chrome, every scenario's summary, capitals and gauges) fill the
// first slices, most frequent first, and no slice mixes them with the rest (the cards, "why?",
// the debrief, the lab): a student's first board needs none of the later slices. Run after translations change: `npm run fonts`. Reads every ja/ko
// catalog and scenario text, writes assets/fonts/<locale>/<n>.woff2 and slices.json.
// Fonts: Noto Sans JP and Noto Sans KR (SIL Open Font License 1.1), from @fontsource.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { needsCjkFont } from './cjk-ranges.mjs';
import { fontTexts } from './font-texts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONTS = {
  ja: 'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2',
  ko: 'node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2',
};
/** Glyph counts of each group's slices, most frequent first; the last size repeats. */
const SLICE_SIZES = [160, 160, 240];

/** Key prefixes of the texts drawn on a canvas (shared with src/i18n/canvas-text.ts). */
const CANVAS_KEYS = JSON.parse(readFileSync(join(root, 'src/i18n/canvas-keys.json'), 'utf8'));

/** The canvas texts of a locale's catalog, joined. */
function canvasTextOf(locale) {
  let text = '';
  for (const f of readdirSync(join(root, 'src/i18n', locale)).filter((n) => n.endsWith('.json')))
    for (const [key, value] of Object.entries(
      JSON.parse(readFileSync(join(root, 'src/i18n', locale, f), 'utf8')),
    ))
      if (CANVAS_KEYS.some((prefix) => key.startsWith(prefix))) text += value;
  return text;
}

const range = (chars) =>
  chars.map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase()}`).join(',');

for (const [locale, fontPath] of Object.entries(FONTS)) {
  const { first, all } = fontTexts(root, locale);
  const counts = new Map();
  for (const ch of all) if (needsCjkFont(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const firstChars = new Set([...first].filter(needsCjkFont));
  const byFrequency = (a, b) =>
    counts.get(b) - counts.get(a) || a.codePointAt(0) - b.codePointAt(0);
  const groups = [
    [...firstChars].sort(byFrequency),
    [...counts.keys()].filter((ch) => !firstChars.has(ch)).sort(byFrequency),
  ];
  const font = readFileSync(join(root, fontPath));
  const out = join(root, 'assets/fonts', locale);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const parts = groups.flatMap((group) => {
    const cut = [];
    for (let start = 0, i = 0; start < group.length; i++) {
      const size = SLICE_SIZES[Math.min(i, SLICE_SIZES.length - 1)];
      cut.push(group.slice(start, start + size));
      start += size;
    }
    // A remainder under half a slice rides with the slice before it.
    const last = cut.at(-1);
    if (cut.length > 1 && last.length < SLICE_SIZES[Math.min(cut.length - 1, 2)] / 2)
      cut.splice(-2, 2, [...cut.at(-2), ...last]);
    return cut;
  });
  const slices = [];
  for (const [i, glyphs] of parts.entries()) {
    const part = [...glyphs].sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
    const woff2 = await subsetFont(font, part.join(''), { targetFormat: 'woff2' });
    const file = `${i}.woff2`;
    writeFileSync(join(out, file), woff2);
    slices.push({
      file,
      glyphs: part.length,
      bytes: woff2.length,
      beforeFirstBoard: part.some((ch) => firstChars.has(ch)),
      unicodeRange: range(part),
    });
  }
  // The map's own face: only the glyphs canvas text draws, one small file loaded before the map
  // draws, whatever fonts the device has (the canvas cannot wait for a font once it has drawn).
  const canvasChars = [...new Set([...canvasTextOf(locale)].filter(needsCjkFont))].sort(
    (a, b) => a.codePointAt(0) - b.codePointAt(0),
  );
  const canvasFile = 'canvas.woff2';
  const canvasFont = await subsetFont(font, canvasChars.join(''), { targetFormat: 'woff2' });
  writeFileSync(join(out, canvasFile), canvasFont);
  const canvas = {
    file: canvasFile,
    glyphs: canvasChars.length,
    bytes: canvasFont.length,
    unicodeRange: range(canvasChars),
  };
  writeFileSync(
    join(out, 'slices.json'),
    `${JSON.stringify({ source: fontPath, canvas, slices }, null, 1)}\n`,
  );
  const total = slices.reduce((n, s) => n + s.bytes, 0);
  console.log(
    `${locale}: canvas ${canvasChars.length} glyphs ${(canvasFont.length / 1024).toFixed(1)} KiB; ${counts.size} glyphs (${firstChars.size} before the first board) in ${slices.length} slices, ${(total / 1024).toFixed(1)} KiB (${slices.map((s) => `${s.glyphs}:${(s.bytes / 1024).toFixed(0)}K`).join(' ')})`,
  );
}
