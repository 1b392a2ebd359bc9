import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, type Presence, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import { CLASSROOM_COOKIE, ROOM_NAME } from '../protocol/classroom';
import { ClassroomRoom } from './classroom-room';
import { classroomRoutes, matchmakeGate } from './http';
import { BucketTable, RATE_RULES } from './rate-limit';
import { defaultServices, type RoomServices, setRoomServices } from './room-services';
import { RoomStore } from './room-store';

/** The largest WebSocket frame a device may send: a larger one closes its socket (1009). */
export const MAX_FRAME_BYTES = 16 * 1024;

/** How a classroom server is started (main.ts reads these from the environment). */
export interface ClassroomServerOptions {
  port: number;
  host: string;
  /** Where the SQLite store lives. */
  dataDir: string;
  /** The built game to serve (dist/); nothing is served if it does not exist. */
  staticDir?: string;
  /** Several processes: a Redis URL for Colyseus's presence and driver. */
  redisUrl?: string;
  /** host:port devices reach this process at (required with Redis: one per process). */
  publicAddress?: string;
  /** Whether X-Forwarded-For / X-Real-IP name the remote address (behind a trusted proxy). */
  trustProxy?: boolean;
  log?: (message: string) => void;
  /** Replace parts of the room services (a test's clock). */
  services?: Partial<RoomServices>;
}

/** A running classroom server. */
export interface ClassroomServer {
  port: number;
  /** Stop: rooms close their devices with "restarting" (they are durable), then the process's parts. */
  close(): Promise<void>;
}

/** Start one classroom server: the game's files, the health and record routes, and the rooms. */
export async function startClassroomServer(
  options: ClassroomServerOptions,
): Promise<ClassroomServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const store = new RoomStore(options.dataDir);
  const services = { ...defaultServices(store, log), ...options.services };
  setRoomServices(services);
  const serveStatic =
    options.staticDir && existsSync(options.staticDir)
      ? sirv(options.staticDir, {
          etag: true,
          gzip: false,
          brotli: false,
          // Tells the page that a classroom server serves it (see CLASSROOM_COOKIE).
          setHeaders: (res) =>
            res.setHeader(
              'Set-Cookie',
              `${CLASSROOM_COOKIE}; Path=/; Max-Age=2592000; SameSite=Lax`,
            ),
        })
      : null;
  const routes = classroomRoutes(services, addressOf(options.trustProxy ?? false));
  const http = createServer((req, res) => {
    if (routes(req, res)) return;
    if (serveStatic) serveStatic(req, res, () => notFound(res));
    else notFound(res);
  });
  http.requestTimeout = 30_000;
  http.headersTimeout = 15_000;

  const presence: Presence | undefined = options.redisUrl
    ? new RedisPresence(options.redisUrl)
    : undefined;
  const driver = options.redisUrl ? new RedisDriver(options.redisUrl) : undefined;
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME_BYTES }),
    ...(presence ? { presence } : {}),
    ...(driver ? { driver } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    // A room is created (or restored) by the process the request reached: the one that checked
    // the store and holds the restore lock.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
    gracefullyShutdown: false,
    greet: false,
  });
  gameServer.define(ROOM_NAME, ClassroomRoom);
  matchmakeGate(http, {
    services,
    address: addressOf(options.trustProxy ?? false),
    requests: new BucketTable(RATE_RULES.requests),
    trustProxy: options.trustProxy ?? false,
  });
  await gameServer.listen(options.port, options.host);
  const port = (http.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    port,
    close() {
      closing ??= (async () => {
        await gameServer.gracefullyShutdown(false);
        http.closeAllConnections();
        store.close();
      })();
      return closing;
    },
  };
}

/** The remote address of a request: the socket's, or a trusted proxy's header. */
export function addressOf(trustProxy: boolean) {
  return (req: IncomingMessage): string => {
    if (trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
      if (first) return first;
    }
    return req.socket.remoteAddress ?? 'unknown';
  };
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

export type { HttpServer };
