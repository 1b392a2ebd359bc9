// Japanese web font slices (built by scripts/build-fonts.mjs), loaded only by Japanese pages.
import manifest from '../../assets/fonts/ja/slices.json';
import type { FontSlice } from './fonts';

const urls = import.meta.glob<string>('../../assets/fonts/ja/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The map's face: the glyphs canvas text draws. */
export const CANVAS: FontSlice = {
  url: urls['../../assets/fonts/ja/canvas.woff2'] ?? '',
  unicodeRange: manifest.canvas.unicodeRange,
};

/** The slices, with the URLs the build gave them. */
export const SLICES: FontSlice[] = manifest.slices.map((s) => ({
  url: urls[`../../assets/fonts/ja/${s.file}`] ?? '',
  unicodeRange: s.unicodeRange,
}));
