// The one place the game's UI text comes from: `t(key, params)` formats a catalog message (ICU
// syntax, through intl-messageformat) in the page's language. Pure TypeScript: no DOM, so views,
// exports and the command line share it. The page installs its language once, before it draws
// (src/i18n/page-locale.ts); tests and the command line run in English unless they install one.
import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from './en';
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
const formatters = new Map<string, IntlMessageFormat>();
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
  return Object.hasOwn(EN, key);
}

function format(key: MessageKey, message: string, locale: string, params: MessageParams): string {
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
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
  const message = own ?? EN[key];
  const locale = own === undefined ? 'en' : intlLocale(active);
  const text =
    message.includes('{') || message.includes("'") ? format(key, message, locale, params) : message;
  return active === PSEUDO_LOCALE ? pseudoText(text) : text;
}
