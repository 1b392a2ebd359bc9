import { formatDate } from '../i18n/format';

/** "2017-08-29" → "29 Aug 2017" (2017年8月29日, 2017. 8. 29.): an in-game date on screen and in exports. */
export function dateLabel(iso: string): string {
  return formatDate(iso, 'short');
}
