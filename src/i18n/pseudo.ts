// The pseudo-locale's text: English, accented and bracketed, so a browser test can tell text that
// came through a catalog (⟦…⟧) from text that did not. Applied to formatted text, so ICU syntax
// never meets it.

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
};

/** The brackets around every pseudo-localized text. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** A text as the pseudo-locale shows it: accented and bracketed. */
export function pseudoText(text: string): string {
  if (text === '') return text;
  let out = '';
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  return `${PSEUDO_OPEN}${out}${PSEUDO_CLOSE}`;
}
