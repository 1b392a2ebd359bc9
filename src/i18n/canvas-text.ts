// The texts the canvas draws (map labels, missile and event captions), so their glyphs can be
// loaded before the map draws: every catalog text under these keys, in the page's language.
import CANVAS_KEYS from './canvas-keys.json';
import { messageKeys, t } from './messages';

/** Every canvas text in the page's language, joined. */
export function canvasText(): string {
  return messageKeys()
    .filter((key) => CANVAS_KEYS.some((prefix) => key.startsWith(prefix)))
    .map((key) => t(key))
    .join('');
}
