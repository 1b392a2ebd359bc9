import type { ClassroomClient, CreateOptions, JoinOptions } from './classroom';

// How a page reaches the networked classroom's rooms, beside the room protocol itself: the
// classroom server's client (src/client/remote-game.ts) and a test's in-page fake both offer it.

/** Why a device could not join or create a room (the page words it). */
export type JoinProblem =
  | 'no-such-room'
  | 'room-locked'
  | 'room-full'
  | 'bad-name'
  | 'not-facilitator'
  | 'unreachable';

/** A device's way into networked rooms: the classroom server's, or a test's in-page fake. */
export interface ClassroomConnector {
  /** Whether a classroom server serves this page (it answers GET /classroom/health). */
  available(): Promise<boolean>;
  /** Create a room as its facilitator. */
  create(options: CreateOptions): Promise<Joined>;
  /** Join a room by its code (a student, a projector, or the facilitator coming back). */
  join(code: string, options: JoinOptions): Promise<Joined>;
}

/**
 * What joining or creating a room gives: the device's client (and, to the device that created
 * the room, the facilitator's key, to come back with), or why not.
 */
export type Joined =
  | { ok: true; client: ClassroomClient; key?: string }
  | { ok: false; problem: JoinProblem };
