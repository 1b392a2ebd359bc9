import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { type KeyStorage, memoryStorage } from '../../src/client/remote-connection';
import { type ConnectTarget, RemoteGame } from '../../src/client/remote-game';
import type { CreateOptions } from '../../src/protocol/classroom';
import type { Ack } from '../../src/protocol/refusals';
import { type ClassroomServer, startClassroomServer } from '../../src/server/classroom-server';
import type { RoomServices } from '../../src/server/room-services';

/** A fresh data folder under the system's temp folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'overflight-classroom-'));
}

/** Start a classroom server in this process on 127.0.0.1 and an ephemeral port. */
export async function startServer(dataDir = tempDir(), services?: Partial<RoomServices>) {
  const logs: string[] = [];
  const server: ClassroomServer = await startClassroomServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    log: (message) => logs.push(message),
    ...(services ? { services } : {}),
  });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    server,
    url,
    logs,
    dataDir,
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The room a test creates: Washington and Seoul played by teams, sealed, seed 7. */
export const TWO_TEAMS: Omit<CreateOptions, 'as'> = {
  scenarioId: 'aug-2017-overflight',
  setup: {
    seed: 7,
    turnOrder: 'sealed',
    controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'human' },
  },
};

/** Connect a device (each with its own storage unless given one). */
export function device(
  url: string | string[],
  target: ConnectTarget,
  storage: KeyStorage = memoryStorage(),
) {
  return RemoteGame.connect(target, { endpoints: Array.isArray(url) ? url : [url], storage });
}

/** Wait until a condition holds (polling), or fail after a while. */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Expect an ack to be applied. */
export function applied(ack: Ack): void {
  if (!ack.ok) throw new Error(`Refused: ${JSON.stringify(ack.refusal)}`);
}

/** A device speaking the wire protocol by hand (to forge what a real client never sends). */
export async function rawDevice(url: string, code: string, join: Record<string, unknown>) {
  const client = new Client(url);
  const room = await client.joinById(code, join);
  const messages: [string, unknown][] = [];
  room.onMessage('*', (type, message) => messages.push([String(type), message]));
  let closed: number | null = null;
  room.onLeave((code) => {
    closed = code;
  });
  const last = <T>(type: string): T | undefined =>
    messages.findLast(([t]) => t === type)?.[1] as T | undefined;
  return {
    room,
    messages,
    last,
    closed: () => closed,
    /** Wait for a message of a type that passes a check (among those from index `from` on). */
    async next<T>(type: string, check: (m: T) => boolean = () => true, from = 0): Promise<T> {
      let found: T | undefined;
      await until(
        () => {
          found = messages.slice(from).find(([t, m]) => t === type && check(m as T))?.[1] as T;
          return found !== undefined;
        },
        5000,
        `a ${type} message`,
      );
      return found as T;
    },
  };
}
