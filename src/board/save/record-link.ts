import { t } from '../../i18n/messages';
import { labelProblemOf } from '../../model/labels';
import { type GameRecord, GameRecordSchema } from '../../model/record';
import { MAX_SEED } from '../../model/rng';
import { labelProblemText } from '../view/label-problem-text';

/**
 * Longest share link made. Firefox refuses URLs over 1 MiB and Chromium over 2 MiB, so a link
 * of a million characters still opens in both; a played game's record is a few kilobytes, so
 * only a record padded with very long rationales comes near it, and a file carries any size.
 */
export const MAX_LINK_LENGTH = 1_000_000;

/**
 * Longest text read as a record, a file's or a link's, checked before any decoding: room for
 * the longest link made and for its record as a pretty-printed file (indentation adds about
 * half again), and short enough that refusing or reading it takes a moment, not seconds.
 */
export const MAX_RECORD_TEXT = 2_000_000;

const FRAGMENT = '#record=';

// String.fromCharCode(...bytes) passes every byte as an argument and overflows the call stack
// above about 125 KB; a chunk of 32 K arguments is safe in every engine.
const CHUNK = 0x8000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** A share link, or why a record cannot be one (the player saves it as a file instead). */
export type RecordLink =
  | { ok: true; url: string }
  | { ok: false; reason: 'too-long'; length: number; limit: number };

/** A shareable link that carries the whole record in its fragment (never sent to a server). */
export function recordUrl(record: GameRecord, base: string): RecordLink {
  const url = `${base.split('#')[0]}${FRAGMENT}${toBase64Url(JSON.stringify(record))}`;
  return url.length > MAX_LINK_LENGTH
    ? { ok: false, reason: 'too-long', length: url.length, limit: MAX_LINK_LENGTH }
    : { ok: true, url };
}

/** What a player is told when a record is too long for a link. */
export function tooLongForALink(): string {
  return t('menus.record.tooLongForLink');
}

/**
 * A record file's text, read no further than can hold MAX_RECORD_TEXT characters (at most 3
 * bytes each) and one more: a longer file then reads as too long and parseRecord refuses it by
 * length, and a video chosen by mistake is not loaded whole into the page. A file that cannot
 * be read gives no text (which is not a record).
 */
export function readRecordFile(file: Blob): Promise<string> {
  return file
    .slice(0, 3 * MAX_RECORD_TEXT + 1)
    .text()
    .catch(() => '');
}

/**
 * Read a record from a file's text or a link (or its fragment); a problem is a plain-words
 * message. Decided by shape, not by searching: text that starts with `{` is a file, so a
 * rationale that quotes a link does not turn a file into one; anything else must end in
 * `#record=…`.
 */
export function parseRecord(
  text: string,
): { ok: true; record: GameRecord } | { ok: false; message: string } {
  if (text.length > MAX_RECORD_TEXT)
    return {
      ok: false,
      message: t('menus.record.tooLong', { max: MAX_RECORD_TEXT }),
    };
  const trimmed = text.trim();
  let json: unknown;
  try {
    if (trimmed.startsWith('{')) json = JSON.parse(trimmed);
    else {
      const fragment = /#record=([\w-]+)$/.exec(trimmed)?.[1];
      if (!fragment) return { ok: false, message: t('menus.record.notARecord') };
      json = JSON.parse(fromBase64Url(fragment));
    }
  } catch {
    return { ok: false, message: t('menus.record.notARecord') };
  }
  const parsed = GameRecordSchema.safeParse(json);
  // A seed out of range is the one problem a hand-edited record commonly has: say so.
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'seed'))
    return {
      ok: false,
      message: t('menus.record.badSeed', { max: MAX_SEED }),
    };
  const labels = parsed.success
    ? undefined
    : parsed.error.issues.find((i) => i.path[0] === 'labels');
  if (labels)
    return {
      ok: false,
      message: t('menus.record.badLabels', {
        problem: labelProblemText(
          labelProblemOf((json as { labels?: unknown }).labels, {
            path: labels.path.slice(1),
            code: labels.code,
          }),
        ),
      }),
    };
  if (!parsed.success) return { ok: false, message: t('menus.record.otherVersion') };
  return { ok: true, record: parsed.data };
}
