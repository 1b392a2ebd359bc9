// Korean web font slices (built by scripts/build-fonts.mjs), loaded only by Korean pages.
import manifest from '../../assets/fonts/ko/slices.json';
import type { FontSlice } from './fonts';

const urls = import.meta.glob<string>('../../assets/fonts/ko/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The map's face: the glyphs canvas text draws. */
export const CANVAS: FontSlice = {
  url: urls['../../assets/fonts/ko/canvas.woff2'] ?? '',
  unicodeRange: manifest.canvas.unicodeRange,
};

/** The slices, with the URLs the build gave them. */
export const SLICES: FontSlice[] = manifest.slices.map((s) => ({
  url: urls[`../../assets/fonts/ko/${s.file}`] ?? '',
  unicodeRange: s.unicodeRange,
}));
