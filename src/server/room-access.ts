import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, JoinOptionsSchema, MAX_MEMBERS } from '../protocol/classroom';
import { CreateOptionsSchema, nameProblem, type RoomMeta, type StoredMember } from './room-state';

// Who may come into a room: codes, keys and seat tokens (the server keeps only their SHA-256),
// the decision on a join, and the close codes a device's socket is closed with.

/** A new room code: CODE_LENGTH characters from CODE_ALPHABET, from the system's CSPRNG. */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A new secret (facilitator key or seat token): 192 random bits, 32 URL-safe characters. */
export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** The SHA-256 of a secret, in hex: all the server keeps of it. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether a secret is the one a stored hash was made from (compared in constant time). */
export function secretMatches(secret: string, hash: string | null): boolean {
  if (!hash) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A new member id (public inside the room: it names a member in messages). */
export function newMemberId(): string {
  return randomBytes(9).toString('base64url');
}

/** Who a joining device will be, as decided from its join options before it joins. */
export type Plan =
  /** The device that created the room (it is given the facilitator's key). */
  | { kind: 'creator' }
  | { kind: 'facilitator' }
  /** A student back with their seat token. */
  | { kind: 'returning'; memberId: string }
  /** A new student (with the hash of the join id its device made, if it gave one). */
  | { kind: 'student'; name: string; deviceHash: string | null }
  | { kind: 'projector' };

/** A new member for a new student or projector, and the seat token a student is welcomed with. */
export function newMember(auth: Extract<Plan, { kind: 'student' | 'projector' }>) {
  const seat = { id: newMemberId(), capital: null, captain: false };
  if (auth.kind === 'projector')
    return { member: { ...seat, name: '', role: 'projector', tokenHash: null } as StoredMember };
  const token = newSecret();
  const member: StoredMember = {
    ...seat,
    name: auth.name,
    role: 'student',
    tokenHash: hashSecret(token),
    ...(auth.deviceHash ? { deviceHash: auth.deviceHash } : {}),
  };
  return { member, token };
}

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
  // The same device again (its welcome lost, or its join sent twice): the same member, even
  // if the room has since been locked or filled. Another id is a new student.
  const device = join.device;
  const again = device === undefined ? undefined : memberByDevice(meta, hashSecret(device));
  if (again) return { kind: 'returning', memberId: again.id };
  if (nameProblem(join.name)) return { refused: 'bad-name' };
  if (meta.locked) return { refused: 'room-locked' };
  if (full) return { refused: 'room-full' };
  return { kind: 'student', name: join.name, deviceHash: device ? hashSecret(device) : null };
}

/** The member whose device made a join id, by the id's hash (compared in constant time). */
export function memberByDevice(meta: RoomMeta, deviceHash: string | null) {
  if (!deviceHash) return undefined;
  const a = Buffer.from(deviceHash, 'hex');
  return meta.members.find((m) => {
    if (!m.deviceHash) return false;
    const b = Buffer.from(m.deviceHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  });
}

// WebSocket close codes (docs/protocol.md). Colyseus's own: 4000 the device left; 4002 an
// unreadable frame; 1009 a frame over the limit.
/** Why the server closed a device's socket. */
export const CLOSE = {
  /** The server is shutting down or restarting: reconnect (with backoff). */
  restarting: 4100,
  /** The facilitator removed this member: their token no longer works; do not reconnect. */
  removed: 4101,
  /** The device kept sending faster than the rate limit: it may come back later. */
  flooding: 4102,
} as const;
