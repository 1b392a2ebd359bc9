import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import { isRoomCode, ROOM_NAME } from '../protocol/classroom';
import type { BucketTable } from './rate-limit';
import { secretMatches } from './room-access';
import type { RoomServices } from './room-services';

/** The largest matchmaking request body read (join options are a few hundred bytes). */
const MAX_BODY_BYTES = 8 * 1024;
/** Colyseus's own error code for a room id that names no room. */
const NO_SUCH_ROOM = 4212;
/** The error code of a matchmaking request refused for its rate. */
export const RATE_LIMITED = 4429;

interface GateOptions {
  services: RoomServices;
  address: (req: IncomingMessage) => string;
  requests: BucketTable;
  trustProxy: boolean;
}

/**
 * Put a gate in front of Colyseus's matchmaking routes: rate limits per remote address (every
 * request, and failed joins, so that codes cannot be enumerated), only the methods a classroom
 * uses (never join-any-room), and a room that is stored but not live (after a restart, or on a
 * process that died) restored here before the join goes on.
 */
export function matchmakeGate(http: HttpServer, options: GateOptions): void {
  if (!options.trustProxy) http.prependListener('upgrade', stripProxyHeaders);
  const inner = http.listeners('request').slice() as ((...args: unknown[]) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!options.trustProxy) stripProxyHeaders(req);
    const pass = () => {
      for (const listener of inner) listener.call(http, req, res);
    };
    if (!req.url?.includes('/matchmake') || req.method !== 'POST') return pass();
    gate(req, options)
      .then((refusal) => (refusal ? answer(res, refusal) : pass()))
      .catch((error) => {
        options.services.log(`matchmake gate: ${error?.stack ?? error}`);
        answer(res, { code: 4500, error: 'server-error' });
      });
  });
}

type Refusal = { code: number; error: string };

async function gate(req: IncomingMessage, options: GateOptions): Promise<Refusal | null> {
  const { services } = options;
  const address = options.address(req);
  const limited = { code: RATE_LIMITED, error: 'rate-limited' };
  if (options.requests.take(address) > 0) return limited;
  const length = Number(req.headers['content-length']);
  if (!Number.isInteger(length) || length > MAX_BODY_BYTES)
    return { code: 4413, error: 'too-large' };
  const match = /^\/matchmake\/(create|joinById|reconnect)\/([A-Za-z0-9_-]{1,64})(\?|$)/.exec(
    req.url ?? '',
  );
  if (!match) return { code: 4400, error: 'not-allowed' };
  const [, method, target] = match as unknown as [string, string, string];
  if (method === 'create') {
    if (target !== ROOM_NAME) return { code: 4400, error: 'not-allowed' };
    return services.failures.peek(address) > 0 ? limited : null;
  }
  if (method === 'reconnect') return null;
  // joinById: a code that names no stored room is a failure (and counts against the address).
  if (services.failures.peek(address) > 0) return limited;
  // A code, as every answer the server gives: the page words it (src/client/server-connector.ts).
  const notFound = { code: NO_SUCH_ROOM, error: 'no-such-room' };
  if (!isRoomCode(target) || !services.store.exists(target)) {
    services.failures.take(address);
    return notFound;
  }
  await ensureLive(target, services);
  return null;
}

/** Make sure a stored room is live on some process: restore it here if it is nowhere. */
export async function ensureLive(code: string, services: RoomServices): Promise<void> {
  if (await isLive(code)) return;
  const lock = `classroom:restore:${code}`;
  const presence = matchMaker.presence;
  const mine = (await presence.incr(lock)) === 1;
  await presence.expire(lock, 10);
  if (!mine) {
    // Another request (here or on another process) is restoring it: wait for it to appear.
    for (let i = 0; i < 30 && !(await isLive(code)); i++) await sleep(100);
    return;
  }
  try {
    if (!(await isLive(code))) {
      await matchMaker.createRoom(ROOM_NAME, { restore: code, nonce: services.restoreNonce });
    }
  } finally {
    await presence.del(lock);
  }
}

/** Whether a room is listed and its process answers (a dead process's rooms are cleaned up). */
async function isLive(code: string): Promise<boolean> {
  const [listing] = await matchMaker.query({ roomId: code });
  if (!listing) return false;
  if (listing.processId === matchMaker.processId) return true;
  return await matchMaker.healthCheckProcessId(listing.processId);
}

function answer(res: ServerResponse, refusal: Refusal): void {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*',
  });
  res.end(JSON.stringify(refusal));
}

/** Remove proxy headers a device could forge (when no trusted proxy sets them). */
function stripProxyHeaders(req: IncomingMessage): void {
  delete req.headers['x-forwarded-for'];
  delete req.headers['x-real-ip'];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the health route answers: the page asks it to know a classroom server is there. */
export const HEALTH = { ok: true, service: 'overflight-classroom', protocol: 1 } as const;

/**
 * The classroom's HTTP routes beside the game's files: `GET /classroom/health`, and
 * `GET /classroom/rooms/<code>/record` (the facilitator's key as a bearer token) for a room's
 * game record, which the game opens like a saved file. Returns whether it answered.
 */
export function classroomRoutes(services: RoomServices, address: (req: IncomingMessage) => string) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/classroom/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      json(res, 405, { error: 'method-not-allowed' });
      return true;
    }
    if (path === '/classroom/health') {
      json(res, 200, HEALTH);
      return true;
    }
    const match = /^\/classroom\/rooms\/([A-Z0-9]{5})\/record$/.exec(path);
    if (!match) {
      json(res, 404, { error: 'not-found' });
      return true;
    }
    const from = address(req);
    if (services.failures.peek(from) > 0) {
      json(res, 429, { error: 'rate-limited' });
      return true;
    }
    const code = match[1] as string;
    const key = /^Bearer (.{16,128})$/.exec(req.headers.authorization ?? '')?.[1];
    const stored = isRoomCode(code) ? services.store.load(code) : null;
    if (!stored || !key || !secretMatches(key, stored.meta.keyHash)) {
      services.failures.take(from);
      json(res, stored ? 403 : 404, { error: stored ? 'bad-key' : 'not-found' });
      return true;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="overflight-${code}.json"`,
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(stored.record, null, 2));
    return true;
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
