// The page's language: chosen from the address (`?lang=ja`, for links a teacher hands out), the
// choice remembered on this device, or the browser's languages; installed before the first
// screen draws, with its catalog, its scenario texts and its fonts. `<html lang>` follows, so a
// screen reader reads in the right voice.

import { languages } from 'virtual:overflight-text-loaders';
import { installContentText } from '../scenario/bundled';
import { canvasFace, loadFontFor, pageFontFamily, registerSlices, webFontFamily } from './fonts';
import { fontsFor } from './locale-fonts';
import {
  chooseLocale,
  type DisplayLocale,
  htmlLang,
  isLocale,
  LOCALE_PARAM,
  LOCALE_STORAGE_KEY,
  type Locale,
  PSEUDO_LOCALE,
} from './locales';
import { currentLocale, installLocale } from './messages';
import { pseudoText } from './pseudo';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Load a shipped language's texts and fonts, and make them the page's. */
async function install(locale: DisplayLocale): Promise<void> {
  if (locale === 'en' || locale === PSEUDO_LOCALE) {
    const [english] = await Promise.all([languages.en(), import('./english')]);
    installLocale(locale);
    installContentText(english.content, locale === PSEUDO_LOCALE ? pseudoText : undefined, 'en');
    return;
  }
  const [module, fonts] = await Promise.all([languages[locale](), fontsFor(locale)]);
  installLocale(locale, module.ui);
  installContentText(module.content, undefined, locale);
  if (fonts) {
    const family = webFontFamily(locale);
    registerSlices(family, fonts.slices);
    // The map's face holds only the glyphs the canvas draws, and the map cannot draw before it:
    // fetch it now, beside the first screen, rather than when Phaser asks for it.
    for (const face of registerSlices(canvasFace(family), [fonts.canvas]))
      face.load().catch(() => {});
    hasWebFont = true;
  }
  document.documentElement.style.fontFamily = pageFontFamily(locale);
}

/** Whether the page's language has web fonts (its canvas text must wait for them). */
let hasWebFont = false;

/**
 * Wait until the canvas can draw a text in the page's language: the web font slices its glyphs
 * need are loaded (nothing to wait for in English). Call before the map draws its labels.
 */
export function canvasFontReady(text: string): Promise<boolean> {
  return hasWebFont
    ? loadFontFor(canvasFace(webFontFamily(currentLocale())), text)
    : Promise.resolve(true);
}

let started: Promise<DisplayLocale> | null = null;

/**
 * Pick and install the page's language before anything is drawn. A language that cannot be
 * loaded (offline, before the game was cached) leaves the page in English rather than blank.
 * Called again, it returns the same promise (the page's entry starts it, the page waits on it).
 */
export function startPageLocale(): Promise<DisplayLocale> {
  started ??= pickAndInstall();
  return started;
}

async function pickAndInstall(): Promise<DisplayLocale> {
  const params = new URLSearchParams(location.search);
  let locale = chooseLocale({
    param: params.get(LOCALE_PARAM),
    stored: storage()?.getItem(LOCALE_STORAGE_KEY) ?? null,
    browser: navigator.languages,
  });
  try {
    await install(locale);
  } catch {
    locale = 'en';
    await install(locale);
  }
  document.documentElement.lang = htmlLang(locale);
  return locale;
}

/**
 * Switch the page to another language: remembered on this device, written into the address if
 * the address named one, and the page reloaded in it. A game in progress is saved as it is
 * played, so it comes back where it was; a networked seat rejoins its room.
 */
export function switchLocale(next: Locale): void {
  storage()?.setItem(LOCALE_STORAGE_KEY, next);
  const url = new URL(location.href);
  if (url.searchParams.has(LOCALE_PARAM)) url.searchParams.set(LOCALE_PARAM, next);
  history.replaceState(history.state, '', url);
  location.reload();
}

/** Whether a value is a language this page can switch to. */
export const canSwitchTo = isLocale;
