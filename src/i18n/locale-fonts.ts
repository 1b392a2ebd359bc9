// A language's subset web fonts (assets/fonts/<locale>/, built by scripts/build-fonts.mjs), found
// by folder: a language whose script the Latin font draws ships none. Loaded only by pages in
// such a language.
import type { FontSlice } from './fonts';

interface Manifest {
  canvas: { file: string; unicodeRange: string };
  slices: { file: string; unicodeRange: string }[];
}

const manifests = import.meta.glob<Manifest>('../../assets/fonts/*/slices.json', {
  import: 'default',
});
const urls = import.meta.glob<string>('../../assets/fonts/*/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A language's map face and page slices, with the URLs the build gave them; null if none. */
export async function fontsFor(
  locale: string,
): Promise<{ canvas: FontSlice; slices: FontSlice[] } | null> {
  const load = manifests[`../../assets/fonts/${locale}/slices.json`];
  if (!load) return null;
  const manifest = await load();
  const slice = (s: { file: string; unicodeRange: string }): FontSlice => ({
    url: urls[`../../assets/fonts/${locale}/${s.file}`] ?? '',
    unicodeRange: s.unicodeRange,
  });
  return { canvas: slice(manifest.canvas), slices: manifest.slices.map(slice) };
}
