// The one place the game's UI text comes from: `t(key, params)` formats a catalog message (ICU
// syntax, through intl-messageformat) in the page's language. Pure TypeScript: no DOM, so views,
// exports and the command line share it. The page installs its language once, before it draws
// (src/i18n/page-locale.ts); tests and the command line run in English unless they install one.
import { IntlMessageFormat } from 'intl-messageformat';
import type { EN } from './en';
import { intlFormatter } from './intl-cache';
import { type DisplayLocale, intlLocale, PSEUDO_LOCALE } from './locales';
import { pseudoText } from './pseudo';

/** Every key a catalog has. */
export type MessageKey = keyof typeof EN;
/** A translated catalog: some or all keys (what is missing shows in English). */
export type Catalog = Partial<Record<MessageKey, string>>;
/** The values a message's `{arguments}` take. */
export type MessageParams = Record<string, string | number | Date | boolean | null | undefined>;

let active: DisplayLocale = 'en';
let translated: Catalog = {};
/**
 * The English catalog: what a key says where the page's language has no text for it. Installed
 * by whoever needs English (src/i18n/english.ts: the English page, the tests, the command line);
 * a Japanese or Korean page never downloads it (its own catalog is complete: validate).
 */
let english: Record<string, string> = {};

/** Install the English catalog (src/i18n/english.ts does, for every runtime that needs it). */
export function installEnglish(catalog: Readonly<Record<string, string>>): void {
  english = { ...catalog };
  formatters.clear();
}
const formatters = new Map<string, IntlMessageFormat>();

// Every message would otherwise work out its locale (asking Intl which locales it supports,
// which loads locale data: a quarter of a second on a slow laptop before the first menu) and
// make its own Intl formatters. The game's locales are its own known tags (src/i18n/locales.ts),
// taken as they are; the formatters are shared by every message.
const resolvedLocales = new Map<string, Intl.Locale>();
IntlMessageFormat.resolveLocale = (locales) => {
  const tag = (Array.isArray(locales) ? locales[0] : locales) ?? 'en';
  let locale = resolvedLocales.get(tag);
  if (!locale) {
    locale = new Intl.Locale(tag);
    resolvedLocales.set(tag, locale);
  }
  return locale;
};
const sharedFormatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) =>
    intlFormatter('number', [locales, options], () => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    intlFormatter('date', args, () => new Intl.DateTimeFormat(...args)),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
    intlFormatter('plural', args, () => new Intl.PluralRules(...args)),
};
const listeners = new Set<(locale: DisplayLocale) => void>();

/** Make a language the one `t` speaks, with its catalog (English needs none). */
export function installLocale(locale: DisplayLocale, catalog: Catalog = {}): void {
  active = locale;
  translated = locale === 'en' || locale === PSEUDO_LOCALE ? {} : catalog;
  formatters.clear();
  for (const listener of listeners) listener(locale);
}

/** The language `t` speaks now. */
export function currentLocale(): DisplayLocale {
  return active;
}

/** Be told when the language changes (returns the way to stop). */
export function onLocaleChange(listener: (locale: DisplayLocale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a string is a key of the catalog (for keys built from ids). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key) || Object.hasOwn(translated, key);
}

/** Every key the installed catalogs have. */
export function messageKeys(): MessageKey[] {
  return [...new Set([...Object.keys(english), ...Object.keys(translated)])] as MessageKey[];
}

function format(key: MessageKey, message: string, locale: string, params: MessageParams): string {
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale, undefined, {
      ignoreTag: true,
      formatters: sharedFormatters,
    });
    formatters.set(cacheKey, formatter);
  }
  const out = formatter.format(params as Record<string, string | number | Date | boolean>);
  return Array.isArray(out) ? out.join('') : String(out);
}

/**
 * A UI text in the page's language. A message without arguments or quoting is returned as it
 * is written; one with `{arguments}` (plurals, selects, numbers, dates) is formatted for the
 * language. A key the language has not translated yet shows its English.
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const own = translated[key];
  const message = own ?? english[key] ?? key;
  const locale = own === undefined ? 'en' : intlLocale(active);
  const text =
    message.includes('{') || message.includes("'") ? format(key, message, locale, params) : message;
  return active === PSEUDO_LOCALE ? pseudoText(text) : text;
}
