import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRoomCode } from '../protocol/classroom';
import type { RoomServices } from './room-services';
import { secretMatches } from './secrets';

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
