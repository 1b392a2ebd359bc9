// Subset web fonts for Japanese and Korean: only the glyphs the game's texts use, in slices
// by how often each glyph appears (a page downloads only the slices its text needs; the
// frequent ones first). Run after translations change: `npm run fonts`. Reads every ja/ko
// catalog and scenario text, writes assets/fonts/<locale>/<n>.woff2 and slices.json.
// Fonts: Noto Sans JP and Noto Sans KR (SIL Open Font License 1.1), from @fontsource.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { needsCjkFont } from './cjk-ranges.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONTS = {
  ja: 'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2',
  ko: 'node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2',
};
/** Glyph counts of the slices, most frequent first; the last slice takes the rest. */
const SLICE_SIZES = [160, 160, 240, 320, 480];

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

function textsOf(locale) {
  const files = [
    ...readdirSync(join(root, 'src/i18n', locale)).map((f) => join(root, 'src/i18n', locale, f)),
    ...readdirSync(join(root, 'scenarios/text', locale)).map((f) =>
      join(root, 'scenarios/text', locale, f),
    ),
  ].filter((f) => f.endsWith('.json'));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

const range = (chars) =>
  chars.map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase()}`).join(',');

for (const [locale, fontPath] of Object.entries(FONTS)) {
  const counts = new Map();
  for (const ch of textsOf(locale)) if (needsCjkFont(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const chars = [...counts.keys()].sort(
    (a, b) => counts.get(b) - counts.get(a) || a.codePointAt(0) - b.codePointAt(0),
  );
  const font = readFileSync(join(root, fontPath));
  const out = join(root, 'assets/fonts', locale);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const slices = [];
  let start = 0;
  for (let i = 0; start < chars.length; i++) {
    const size = i < SLICE_SIZES.length ? SLICE_SIZES[i] : chars.length;
    const part = chars
      .slice(start, start + size)
      .sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
    start += size;
    const woff2 = await subsetFont(font, part.join(''), { targetFormat: 'woff2' });
    const file = `${i}.woff2`;
    writeFileSync(join(out, file), woff2);
    slices.push({ file, glyphs: part.length, bytes: woff2.length, unicodeRange: range(part) });
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
    `${locale}: canvas ${canvasChars.length} glyphs ${(canvasFont.length / 1024).toFixed(1)} KiB; ${chars.length} glyphs in ${slices.length} slices, ${(total / 1024).toFixed(1)} KiB (${slices.map((s) => `${s.glyphs}:${(s.bytes / 1024).toFixed(0)}K`).join(' ')})`,
  );
}
