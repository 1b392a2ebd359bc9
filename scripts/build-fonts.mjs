// Subset web fonts for Japanese and Korean: only the glyphs the game's texts use, in slices
// by how often each glyph appears (a page downloads only the slices its text needs; the
// frequent ones first). Run after translations change: `npm run fonts`. Reads every ja/ko
// catalog and scenario text, writes assets/fonts/<locale>/<n>.woff2 and slices.json.
// Fonts: Noto Sans JP and Noto Sans KR (SIL Open Font License 1.1), from @fontsource.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONTS = {
  ja: 'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2',
  ko: 'node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2',
};
/** Glyph counts of the slices, most frequent first; the last slice takes the rest. */
const SLICE_SIZES = [160, 160, 240, 320, 480];

/** Characters the Latin font (DejaVu Sans) does not draw: CJK, kana, Hangul, full-width forms. */
export function needsCjkFont(ch) {
  const c = ch.codePointAt(0);
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
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
    const part = chars.slice(start, start + size).sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
    start += size;
    const woff2 = await subsetFont(font, part.join(''), { targetFormat: 'woff2' });
    const file = `${i}.woff2`;
    writeFileSync(join(out, file), woff2);
    slices.push({ file, glyphs: part.length, bytes: woff2.length, unicodeRange: range(part) });
  }
  writeFileSync(join(out, 'slices.json'), `${JSON.stringify({ source: fontPath, slices }, null, 1)}\n`);
  const total = slices.reduce((n, s) => n + s.bytes, 0);
  console.log(
    `${locale}: ${chars.length} glyphs in ${slices.length} slices, ${(total / 1024).toFixed(1)} KiB (${slices.map((s) => `${s.glyphs}:${(s.bytes / 1024).toFixed(0)}K`).join(' ')})`,
  );
}
