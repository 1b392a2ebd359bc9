// Sentences run on one after another as the page's language runs them: after a space in
// English and Korean, straight after the full stop in Japanese (the catalog's `why.sentences`).
import { t } from './messages';

/** Several sentences as one text, the empty ones left out. */
export function sentences(parts: readonly string[]): string {
  const said = parts.filter((part) => part !== '');
  return said.length === 0 ? '' : said.reduce((first, next) => t('why.sentences', { first, next }));
}
