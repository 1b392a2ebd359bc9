import { z } from 'zod/mini';
import { t } from '../../i18n/messages';
import { GameLabelsSchema } from '../../model/labels';
import { type GameRecord, GameRecordSchema } from '../../model/record';
import { nestsDeeperThan } from './json-bounds';

/** Version of the save format; saves from other versions are refused with a clear message. */
export const SAVE_VERSION = 1;

/**
 * Longest save read: the browser keeps about 5 MB for the whole site, and a full game's save
 * is under 100 KB, so anything longer was not written by the game.
 */
export const MAX_SAVE_TEXT = 5_000_000;
/** Deepest nesting read: a real save nests about 10 deep; six times that is room to grow. */
export const MAX_SAVE_DEPTH = 64;

const KEY_INDEX = 'overflight.saves';
/** How many saved games are kept; the oldest finished ones go first. */
export const MAX_SAVES = 20;
const KEY_CURRENT = 'overflight.current';
const keyOf = (id: string) => `overflight.save.${id}`;
const previousOf = (id: string) => `overflight.save.${id}.previous`;

/** The storage a save store uses (localStorage in the browser). */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a branch came from: the original's save id (if known here) and the round rewound to. */
const BranchOfSchema = z.strictObject({
  id: z.optional(z.string().check(z.maxLength(80))),
  fromRound: z.int().check(z.minimum(1), z.maximum(1000)),
});

/** A saved game: version stamp, the machines' persisted snapshot and the game record. */
export const SaveEnvelopeSchema = z.object({
  format: z.literal('overflight-save'),
  version: z.int(),
  id: z.string(),
  savedAt: z.string(),
  scenarioId: z.string(),
  title: z.string(),
  round: z.int(),
  finished: z.boolean(),
  record: GameRecordSchema,
  snapshot: z.unknown(),
  checksum: z.string(),
  /** A branch: the save it was rewound from (when this browser saved it) and the round. */
  branchOf: z.optional(BranchOfSchema),
});
/** A saved game. */
export type SaveEnvelope = z.infer<typeof SaveEnvelopeSchema>;

/** One line of the saved-games list: with the class, date and team names, and a branch's origin. */
const SaveSummarySchema = z.extend(
  z.pick(SaveEnvelopeSchema, {
    id: true,
    scenarioId: true,
    title: true,
    round: true,
    savedAt: true,
    finished: true,
    branchOf: true,
  }),
  { labels: z.optional(GameLabelsSchema) },
);
/** One line of the saved-games list. */
export type SaveSummary = z.infer<typeof SaveSummarySchema>;

/** The result of opening a save: the save, or why not and the last good one if there is one. */
export type OpenedSave =
  | { ok: true; save: SaveEnvelope; from: 'latest' | 'previous' }
  | { ok: false; message: string; previous: SaveEnvelope | null };

/** FNV-1a over the saved content: any change to a byte of it is detected. */
export function checksumOf(record: GameRecord, snapshot: unknown): string {
  const text = JSON.stringify([record, snapshot]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Saved games in the browser. Each save keeps the previous version beside it, so a save that
 * turns out corrupt (or from another version) still leaves the last good one to offer.
 * `verify` is the deeper check (the record must replay to the snapshot's game).
 */
export class SaveStore {
  constructor(
    private readonly storage: SaveStorage | null,
    private readonly verify: (save: SaveEnvelope) => string | null = () => null,
  ) {}

  /** Saved games, newest first. */
  list(): SaveSummary[] {
    const raw = this.read(KEY_INDEX);
    if (raw && (raw.length > MAX_SAVE_TEXT || nestsDeeperThan(raw, MAX_SAVE_DEPTH))) return [];
    try {
      const parsed = z.array(SaveSummarySchema).safeParse(JSON.parse(raw ?? '[]'));
      return parsed.success
        ? [...parsed.data].sort((a, b) => b.savedAt.localeCompare(a.savedAt))
        : [];
    } catch {
      return [];
    }
  }

  /** Save (or overwrite) a game; the version it replaces becomes the previous one. */
  save(save: Omit<SaveEnvelope, 'checksum' | 'format' | 'version'>): void {
    const envelope: SaveEnvelope = {
      format: 'overflight-save',
      version: SAVE_VERSION,
      ...save,
      checksum: checksumOf(save.record, save.snapshot),
    };
    const existing = this.read(keyOf(save.id));
    if (existing) this.write(previousOf(save.id), existing);
    // The browser's storage is small (about 5 MB): if it is full, make room by dropping the
    // oldest finished games, never the one being saved or one still in progress.
    const text = JSON.stringify(envelope);
    while (!this.write(keyOf(save.id), text)) {
      if (!this.dropOldestFinished(save.id)) break;
    }
    const summary: SaveSummary = {
      id: save.id,
      scenarioId: save.scenarioId,
      title: save.title,
      round: save.round,
      savedAt: save.savedAt,
      finished: save.finished,
      ...(save.record.labels ? { labels: save.record.labels } : {}),
      ...(save.branchOf ? { branchOf: save.branchOf } : {}),
    };
    this.write(
      KEY_INDEX,
      JSON.stringify([summary, ...this.list().filter((s) => s.id !== save.id)]),
    );
    // Keep the list to a class's worth: finished games beyond the limit go, oldest first.
    while (this.list().length > MAX_SAVES && this.dropOldestFinished(save.id)) {}
  }

  /** Delete the oldest finished game other than `keep`; false if there is none. */
  private dropOldestFinished(keep: string): boolean {
    const oldest = this.list()
      .filter((s) => s.finished && s.id !== keep)
      .at(-1);
    if (!oldest) return false;
    this.delete(oldest.id);
    return true;
  }

  /** Open a save, checking it; fall back to report the previous version if the latest is bad. */
  open(id: string): OpenedSave {
    const latest = this.check(this.read(keyOf(id)));
    if (latest.ok) return { ok: true, save: latest.save, from: 'latest' };
    const previous = this.check(this.read(previousOf(id)));
    return { ok: false, message: latest.message, previous: previous.ok ? previous.save : null };
  }

  /** Delete a save and its previous version. */
  delete(id: string): void {
    this.storage?.removeItem(keyOf(id));
    this.storage?.removeItem(previousOf(id));
    this.write(KEY_INDEX, JSON.stringify(this.list().filter((s) => s.id !== id)));
    if (this.current() === id) this.setCurrent(null);
  }

  /** The game in progress when the page was last open. */
  current(): string | null {
    return this.read(KEY_CURRENT);
  }

  /** Mark the game in progress (null: none). */
  setCurrent(id: string | null): void {
    if (id) this.write(KEY_CURRENT, id);
    else this.storage?.removeItem(KEY_CURRENT);
  }

  /** Check a save; every step runs inside the guard, so a bad save is reported, never thrown. */
  private check(
    raw: string | null,
  ): { ok: true; save: SaveEnvelope } | { ok: false; message: string } {
    if (raw === null) return { ok: false, message: t('menus.save.missing') };
    if (raw.length > MAX_SAVE_TEXT) return { ok: false, message: t('menus.save.tooLarge') };
    if (nestsDeeperThan(raw, MAX_SAVE_DEPTH))
      return { ok: false, message: t('menus.save.tooDeep') };
    try {
      return this.checkText(raw);
    } catch {
      return { ok: false, message: t('menus.save.unchecked') };
    }
  }

  private checkText(
    raw: string,
  ): { ok: true; save: SaveEnvelope } | { ok: false; message: string } {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, message: t('menus.save.unreadable') };
    }
    const version = (json as { version?: unknown })?.version;
    if (typeof version === 'number' && version !== SAVE_VERSION) {
      return {
        ok: false,
        message: t('menus.save.otherVersion', { version, current: SAVE_VERSION }),
      };
    }
    const parsed = SaveEnvelopeSchema.safeParse(json);
    if (!parsed.success) return { ok: false, message: t('menus.save.malformed') };
    if (checksumOf(parsed.data.record, parsed.data.snapshot) !== parsed.data.checksum)
      return { ok: false, message: t('menus.save.checksum') };
    const problem = this.verify(parsed.data);
    return problem ? { ok: false, message: problem } : { ok: true, save: parsed.data };
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Write a value; false if the storage refused it (full or blocked). */
  private write(key: string, value: string): boolean {
    try {
      this.storage?.setItem(key, value);
      return true;
    } catch {
      // Storage full or blocked: the game goes on; the save list says what was kept.
      return false;
    }
  }
}
