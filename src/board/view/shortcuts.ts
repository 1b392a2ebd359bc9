import { t } from '../../i18n/messages';

/** The keys of a key press that the board's shortcuts read. */
export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The facilitator's shortcut, in words, for a button's title and the guides. */
export function facilitatorKeys(): string {
  return t('play.shortcut.facilitator');
}

/**
 * Whether a key press opens the facilitator's controls. Alt+Shift+F does anywhere, in a reason
 * box too (it types nothing: on a Mac, Option+Shift+F types a character, hence the key's code
 * rather than its letter). Shift+F does wherever no text is being typed, where it must type a
 * capital F.
 */
export function opensFacilitator(press: KeyPress, typing: boolean): boolean {
  if (press.ctrlKey || press.metaKey || !press.shiftKey) return false;
  if (press.altKey) return press.code === 'KeyF';
  return !typing && (press.key === 'F' || press.key === 'f');
}
