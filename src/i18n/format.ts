// Dates, numbers and lists in the page's language, through Intl: 29 August 2017, 2017年8月29日,
// 2017년 8월 29일. Pure: the language comes from src/i18n/messages.ts.
import { intlFormatter } from './intl-cache';
import { intlLocale } from './locales';
import { currentLocale } from './messages';
import { pseudoText } from './pseudo';

function cached<T>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = intlLocale(currentLocale());
  return intlFormatter(kind, [locale, options], () => make(locale));
}

const pseudo = (text: string) => (currentLocale() === 'en-XA' ? pseudoText(text) : text);

/** How long a date is written: `long` 29 August 2017, `short` 29 Aug 2017, `day` 29 Aug. */
export type DateStyle = 'long' | 'short' | 'day' | 'month';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  day: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
};

/** A calendar day (`YYYY-MM-DD` or a Date) in the page's language; the day as written if invalid. */
export function formatDate(day: string | Date, style: DateStyle = 'long'): string {
  const date = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : day;
  if (Number.isNaN(date.getTime())) return String(day);
  const options = DATE_OPTIONS[style];
  return pseudo(
    cached(`date:${style}`, options, (l) => new Intl.DateTimeFormat(l, options)).format(date),
  );
}

/** A number in the page's language (digit grouping, decimals). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

/** A list joined as the language joins one: "a, b and c", 「a、b、c」, "a, b 및 c". */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const options = { type, style: 'long' } as const;
  return cached('list', options, (l) => new Intl.ListFormat(l, options)).format(items);
}
