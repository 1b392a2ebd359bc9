import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { GameRecord } from '../model/record';
import type { RoomMeta } from './room-state';

/** A room as the store holds it: its game record, its metadata and its revision. */
export interface StoredRoom {
  code: string;
  record: GameRecord;
  meta: RoomMeta;
  /** Bumped by every save: a save from a stale copy of the room is refused. */
  rev: number;
  finished: boolean;
  updatedAt: number;
}

/**
 * Where rooms are kept, durably: every acknowledged intent is written (and synced to disk)
 * before its ack is sent. SQLite in WAL mode with synchronous=FULL; several processes on one
 * host may share the file (SQLite locks it); hosts that share nothing need another store.
 */
export class RoomStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'classroom.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS rooms (
      code TEXT PRIMARY KEY,
      rev INTEGER NOT NULL,
      finished INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      record TEXT NOT NULL,
      meta TEXT NOT NULL
    )`);
    this.statements = {
      insert: this.db.prepare(
        'INSERT OR IGNORE INTO rooms (code, rev, finished, created_at, updated_at, record, meta) VALUES (?, 1, 0, ?, ?, ?, ?)',
      ),
      save: this.db.prepare(
        'UPDATE rooms SET rev = rev + 1, finished = ?, updated_at = ?, record = ?, meta = ? WHERE code = ? AND rev = ?',
      ),
      load: this.db.prepare('SELECT * FROM rooms WHERE code = ?'),
      exists: this.db.prepare('SELECT 1 FROM rooms WHERE code = ?'),
    };
  }

  /** Keep a new room under its code; false if the code is taken (then choose another). */
  insert(code: string, record: GameRecord, meta: RoomMeta): boolean {
    const now = Date.now();
    const result = this.statements.insert.run(
      code,
      now,
      now,
      JSON.stringify(record),
      JSON.stringify(meta),
    );
    return result.changes === 1;
  }

  /**
   * Save a room over the revision it was loaded or last saved at; returns the new revision, or
   * null if another copy of the room saved meanwhile (this copy is stale and must stop).
   */
  save(code: string, rev: number, record: GameRecord, meta: RoomMeta, finished: boolean) {
    const result = this.statements.save.run(
      finished ? 1 : 0,
      Date.now(),
      JSON.stringify(record),
      JSON.stringify(meta),
      code,
      rev,
    );
    return result.changes === 1 ? rev + 1 : null;
  }

  /** A stored room by code, or null. */
  load(code: string): StoredRoom | null {
    const row = this.statements.load.get(code) as
      | {
          code: string;
          rev: number;
          finished: number;
          updated_at: number;
          record: string;
          meta: string;
        }
      | undefined;
    if (!row) return null;
    return {
      code: row.code,
      rev: row.rev,
      finished: row.finished === 1,
      updatedAt: row.updated_at,
      record: JSON.parse(row.record) as GameRecord,
      meta: JSON.parse(row.meta) as RoomMeta,
    };
  }

  /** Whether a code names a stored room. */
  exists(code: string): boolean {
    return this.statements.exists.get(code) !== undefined;
  }

  /** Close the database. */
  close(): void {
    this.db.close();
  }
}
