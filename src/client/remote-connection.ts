import { Client, type Room } from 'colyseus.js';
import {
  type CreateOptions,
  type JoinOptions,
  normaliseCode,
  ROOM_NAME,
} from '../protocol/classroom';

// How a device reaches its room and gets back to it: create or join by code, then after a drop
// reconnect to its Colyseus session, else join by code again with its seat token or key (after
// a server restart the session is gone; the token or key is not). Colyseus 0.16's SDK has no
// reconnection of its own.

/** Where a device keeps its seat tokens and keys, by room code (localStorage in a browser). */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What a device remembers of a room, to come back to its seat. */
export type Credentials = { as: 'facilitator'; key: string } | JoinOptions;

/** Join errors after which trying again cannot help (docs/protocol.md lists the codes). */
export const PERMANENT_JOIN_ERRORS: ReadonlySet<number> = new Set([
  4400, 4401, 4403, 4413, 4422, 4423,
]);

/** The socket close codes after which a device does not reconnect (left, removed). */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([4000, 4101]);

/** A storage in memory (tests, and browsers without localStorage). */
export function memoryStorage(): KeyStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const storageKey = (code: string) => `overflight.classroom.${code}`;

/** The credentials a device stored for a room. */
export function storedCredentials(storage: KeyStorage, code: string): Credentials | null {
  try {
    const text = storage.getItem(storageKey(code));
    return text ? (JSON.parse(text) as Credentials) : null;
  } catch {
    return null;
  }
}

/** Keep a room's credentials (a seat token or the facilitator's key). */
export function storeCredentials(storage: KeyStorage, code: string, credentials: Credentials) {
  try {
    storage.setItem(storageKey(code), JSON.stringify(credentials));
  } catch {
    // A browser that keeps nothing still plays; it cannot come back after a reload.
  }
}

/** Forget a room's credentials. */
export function forgetCredentials(storage: KeyStorage, code: string): void {
  try {
    storage.removeItem(storageKey(code));
  } catch {
    // As above.
  }
}

/** Join options with the device's stored token or key for the room, if it has one. */
export function withStored(join: JoinOptions, stored: Credentials | null): Credentials {
  if (join.as === 'student' && stored?.as === 'student') {
    const token = join.token ?? stored.token;
    const device = join.device ?? stored.device;
    return { ...join, ...(token ? { token } : {}), ...(device ? { device } : {}) };
  }
  if (join.as === 'facilitator' && !join.key && stored?.as === 'facilitator') return stored;
  return join;
}

/**
 * The credentials to join a room with: the stored token, and the device's join id, made and
 * kept before the first join, so that a join again (after a drop before `welcome`, or a retry)
 * is the same member, never a second one (docs/protocol.md).
 */
export function joinCredentials(storage: KeyStorage, code: string, join: JoinOptions) {
  const credentials = withStored(join, storedCredentials(storage, code));
  if (credentials.as !== 'student' || credentials.device) return credentials;
  const withDevice = { ...credentials, device: newDeviceSecret() };
  storeCredentials(storage, code, withDevice);
  return withDevice;
}

/** A random id for a device's intents (unique across its page loads). */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A secret the device makes itself (a join id, a key): 192 random bits, 32 base64url chars. */
export function newDeviceSecret(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}

/** The server endpoints a device tries, in turn (one normally: the page's own origin). */
export class Endpoints {
  private readonly clients: Client[];
  private next = 0;

  constructor(endpoints: readonly string[]) {
    if (endpoints.length === 0) throw new Error('No classroom server endpoint');
    this.clients = endpoints.map((url) => new Client(url));
  }

  /** The client to try now; a failure moves on to the next endpoint. */
  current(): Client {
    return this.clients[this.next % this.clients.length] as Client;
  }

  /** Move to the next endpoint (after a failure). */
  rotate(): void {
    this.next++;
  }
}

/** Create a room as its facilitator. */
export function createRoom(endpoints: Endpoints, options: Omit<CreateOptions, 'as'>) {
  return endpoints.current().create(ROOM_NAME, { ...options, as: 'facilitator' });
}

/** Join a room by its code. */
export function joinRoom(endpoints: Endpoints, code: string, join: Credentials): Promise<Room> {
  return endpoints.current().joinById(normaliseCode(code), join);
}

/** Get back into a room: the old session first, else a fresh join with the stored credentials. */
export async function rejoinRoom(
  endpoints: Endpoints,
  code: string,
  reconnectionToken: string | null,
  credentials: Credentials,
): Promise<Room> {
  if (reconnectionToken) {
    try {
      return await endpoints.current().reconnect(reconnectionToken);
    } catch {
      // The session is gone (the server restarted, or too much time passed): join again.
    }
  }
  return await joinRoom(endpoints, code, credentials);
}

/** The delay before reconnection attempt n (from 0): doubling from 250 ms to 5 s, with jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5000, 250 * 2 ** attempt);
  return Math.round(base * (0.75 + 0.5 * random()));
}

/** The error code of a failed join (MatchMakeError or ServerError), or 0. */
export function joinErrorCode(error: unknown): number {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : 0;
}
