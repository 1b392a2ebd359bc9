// A catalog message with elements in it ("Open <strong>{url}</strong> and type it"): the whole
// sentence is translated, so each language puts the element where its word order wants it.
import type { Child } from '../../dom/h';
import { type MessageKey, type MessageParams, t } from '../../i18n/messages';

const MARK = '\u0001';

/**
 * A message as pieces to append: its text, with each `{argument}` named in `nodes` replaced by
 * that element (the other arguments are formatted as usual).
 */
export function tParts(
  key: MessageKey,
  nodes: Record<string, Node>,
  params: MessageParams = {},
): Child[] {
  // Each element is marked by its number (digits pass the pseudo-locale's accents unchanged).
  const elements = Object.entries(nodes);
  const marked: MessageParams = { ...params };
  elements.forEach(([name], i) => {
    marked[name] = `${MARK}${i}${MARK}`;
  });
  return t(key, marked)
    .split(MARK)
    .map((piece, i) => (i % 2 === 1 ? (elements[Number(piece)]?.[1] ?? piece) : piece))
    .filter((piece) => piece !== '');
}
