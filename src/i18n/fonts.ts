// Japanese and Korean type. The page's own text uses the device's Japanese or Korean fonts
// where it has them and falls back to the game's web fonts (Noto Sans JP / KR, subset to the
// glyphs the game uses, sliced by frequency so a page fetches only the slices its text needs:
// scripts/build-fonts.mjs). Canvas text (the map) draws with the web font first, so it looks the
// same on every device; its slices are loaded before the map draws, or the canvas would draw
// fallback boxes. English loads none of this.
import type { DisplayLocale } from './locales';

/** One slice of a subset font: its URL and the characters it holds. */
export interface FontSlice {
  url: string;
  unicodeRange: string;
}

/** The web font family of a language (registered only if it ships fonts: assets/fonts/<locale>). */
export const webFontFamily = (locale: string) => `Overflight ${locale}`;

const LATIN = '"DejaVu Sans", "Segoe UI", Arial';

/** The device fonts a page names before its web font, where a language has well-known ones. */
const DEVICE_FONTS: Partial<Record<DisplayLocale, string>> = {
  ja: '"Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", ',
  ko: '"Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Noto Sans KR", ',
};

/** The family of a language's map face (the glyphs canvas text draws). */
export const canvasFace = (family: string) => `${family} Map`;

/**
 * The font stack for canvas text in a language: the Latin font, the language's map face (loaded
 * before the map draws), then its page font.
 */
export function canvasFontFamily(locale: DisplayLocale): string {
  if (locale === 'en' || locale === 'en-XA') return `${LATIN}, sans-serif`;
  const web = webFontFamily(locale);
  return `${LATIN}, "${canvasFace(web)}", ${DEVICE_FONTS[locale] ?? ''}"${web}", sans-serif`;
}

/** The font stack for a language's page text: the Latin font, the device's, then the web font. */
export function pageFontFamily(locale: DisplayLocale): string {
  if (locale === 'en' || locale === 'en-XA') return '';
  return `${LATIN}, ${DEVICE_FONTS[locale] ?? ''}"${webFontFamily(locale)}", system-ui, sans-serif`;
}

/** Register a language's slices with the page (each is fetched only when text needs it). */
export function registerSlices(family: string, slices: readonly FontSlice[]): FontFace[] {
  const faces: FontFace[] = [];
  for (const slice of slices) {
    const face = new FontFace(family, `url(${slice.url}) format("woff2")`, {
      unicodeRange: slice.unicodeRange,
      display: 'swap',
      // One weight: bold text is drawn bold by the browser (a face claiming every weight is not).
      weight: '400',
    });
    document.fonts.add(face);
    faces.push(face);
  }
  return faces;
}

/**
 * Fetch the slices a text needs and wait for them (at most `timeoutMs`: a slow network draws the
 * map with what has arrived rather than not at all).
 */
export async function loadFontFor(
  family: string,
  text: string,
  timeoutMs = 8000,
): Promise<boolean> {
  const sample = [...new Set(text)].join('');
  if (sample === '') return true;
  const loaded = document.fonts.load(`16px "${family}"`, sample).then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([loaded, timeout]);
}
