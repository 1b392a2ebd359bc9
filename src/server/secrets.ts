import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../protocol/classroom';

// Room codes, facilitator keys, seat tokens and member ids. Keys and tokens leave the server once,
// to the device they belong to; the server keeps only their SHA-256.

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
