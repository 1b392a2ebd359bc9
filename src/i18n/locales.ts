// The languages the game speaks, and how a page picks one. Pure: no DOM, no storage; the page
// passes in what it read (src/i18n/page-locale.ts).

/** Every language the game ships, English first (the source of every translation). */
export const LOCALES = ['en', 'ja', 'ko'] as const;
/** A language the game ships. */
export type Locale = (typeof LOCALES)[number];

/**
 * The pseudo-locale: English with every catalog text marked and accented, for the browser test
 * that fails when any visible text did not come from a catalog. Reached only by `?lang=en-XA`.
 */
export const PSEUDO_LOCALE = 'en-XA';
/** What a page may display: a shipped language or the pseudo-locale. */
export type DisplayLocale = Locale | typeof PSEUDO_LOCALE;

/** Each language's name in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ja: '日本語',
  ko: '한국어',
};

/** The URL parameter a teacher's link may carry (`?lang=ja`). */
export const LOCALE_PARAM = 'lang';
/** Where a device remembers the language chosen on it. */
export const LOCALE_STORAGE_KEY = 'overflight-locale';

/** Whether a value names a shipped language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The shipped language a BCP 47 tag asks for (`ja-JP` → `ja`, `ko` → `ko`), or null. */
export function localeOfTag(tag: string | null | undefined): DisplayLocale | null {
  if (!tag) return null;
  const clean = tag.trim().toLowerCase();
  if (clean === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const language = clean.split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

/** What a page knows when it picks a language. */
export interface LocaleHints {
  /** `?lang=` from the address: a teacher's link wins over everything. */
  param?: string | null;
  /** The language last chosen on this device. */
  stored?: string | null;
  /** The browser's languages, most wanted first (`navigator.languages`). */
  browser?: readonly string[];
}

/** The language to show: the link's, else the one chosen here before, else the browser's, else English. */
export function chooseLocale(hints: LocaleHints): DisplayLocale {
  const fromParam = localeOfTag(hints.param);
  if (fromParam) return fromParam;
  const fromStore = localeOfTag(hints.stored);
  if (fromStore && fromStore !== PSEUDO_LOCALE) return fromStore;
  for (const tag of hints.browser ?? []) {
    const found = localeOfTag(tag);
    if (found && found !== PSEUDO_LOCALE) return found;
  }
  return 'en';
}

/** The `lang` attribute for a display locale. */
export function htmlLang(locale: DisplayLocale): string {
  return locale;
}

/** The locale `Intl` formats dates and numbers in: English as written in Britain (29 Aug 2017). */
export function intlLocale(locale: DisplayLocale): string {
  return locale === 'en' || locale === PSEUDO_LOCALE ? 'en-GB' : locale;
}
