import { JoinOptionsSchema, MAX_MEMBERS } from '../protocol/classroom';
import { CreateOptionsSchema, nameProblem, type RoomMeta } from './room-state';
import { secretMatches } from './secrets';

/** Who a joining device will be, as decided from its join options before it joins. */
export type Plan =
  /** The device that created the room (it is given the facilitator's key). */
  | { kind: 'creator' }
  | { kind: 'facilitator' }
  /** A student back with their seat token. */
  | { kind: 'returning'; memberId: string }
  /** A new student. */
  | { kind: 'student'; name: string }
  | { kind: 'projector' };

/** Why a join was refused (the error message of the failed join; its code is below). */
export type JoinRefusal =
  | 'malformed'
  | 'bad-name'
  | 'bad-key'
  | 'bad-token'
  | 'room-locked'
  | 'room-full';

/** The error code a refused join fails with, by reason. */
export const REFUSED_JOIN: Record<JoinRefusal, number> = {
  malformed: 4400,
  'bad-key': 4401,
  'bad-token': 4403,
  'room-full': 4413,
  'bad-name': 4422,
  'room-locked': 4423,
};

/** Decide who a device joining a room is, from its options and the room's members. */
export function plan(
  meta: RoomMeta,
  options: unknown,
  creatorPending: boolean,
): Plan | { refused: JoinRefusal } {
  if (creatorPending && CreateOptionsSchema.safeParse(options).success) return { kind: 'creator' };
  const parsed = JoinOptionsSchema.safeParse(options);
  if (!parsed.success) return { refused: 'malformed' };
  const join = parsed.data;
  if (join.as === 'facilitator')
    return secretMatches(join.key, meta.keyHash) ? { kind: 'facilitator' } : { refused: 'bad-key' };
  const full = meta.members.length >= MAX_MEMBERS;
  if (join.as === 'projector') return full ? { refused: 'room-full' } : { kind: 'projector' };
  if (join.token !== undefined) {
    const token = join.token;
    const member = meta.members.find((m) => secretMatches(token, m.tokenHash));
    return member ? { kind: 'returning', memberId: member.id } : { refused: 'bad-token' };
  }
  if (nameProblem(join.name)) return { refused: 'bad-name' };
  if (meta.locked) return { refused: 'room-locked' };
  return full ? { refused: 'room-full' } : { kind: 'student', name: join.name };
}
