import { join } from 'node:path';
import { type Client, matchMaker } from '@colyseus/core';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/client/remote-connection';
import type { RemoteGame } from '../../src/client/remote-game';
import type { ClassroomRoom } from '../../src/server/classroom-room';
import { device, rawDevice, startServer, TWO_TEAMS, until } from './harness';

// A device is one member of a room however its join goes: a socket that closes right after the
// server accepted the join (before the device had its `welcome`), or a join sent twice because
// the first was answered slowly, brings the device back to the same member, never a second one.

let server: Awaited<ReturnType<typeof startServer>>;
let teacher: RemoteGame;
beforeAll(async () => {
  server = await startServer();
  teacher = await device(server.url, { create: TWO_TEAMS });
});
afterAll(async () => {
  await teacher.leave();
  await server.stop();
});

const students = (name: string) =>
  teacher.room().members.filter((m) => m.role === 'student' && m.name === name);
const ana = (name: string) => ({ code: teacher.code, join: { as: 'student', name } as const });

/** Run `after` on the next device to join, once the server has made it a member (once only). */
function afterNextJoin(after: (client: Client) => void): void {
  const room = matchMaker.getLocalRoomById(teacher.code) as ClassroomRoom;
  const onJoin = room.onJoin.bind(room);
  room.onJoin = (client: Client, options: unknown, auth: never) => {
    onJoin(client as never, options, auth);
    room.onJoin = onJoin;
    after(client);
  };
}

/** Close the socket of the next student to join right after the server has accepted them. */
function dropNextStudentAfterJoin(): void {
  // The member exists and its welcome is queued: the socket goes before the device has it.
  afterNextJoin((client) => (client.ref as unknown as { terminate(): void }).terminate());
}

/** Let the next student's join through, then close its socket as its welcome is sent. */
function dropNextStudentAtWelcome(): void {
  afterNextJoin((client) => {
    const ws = client as unknown as { raw(...args: unknown[]): void; ref: { terminate(): void } };
    const raw = ws.raw.bind(ws);
    let sent = 0;
    // The join's confirmation goes; the queued welcome (and the views) do not.
    ws.raw = (...args: unknown[]) => (++sent === 1 ? raw(...args) : ws.ref.terminate());
  });
}

describe('joining once', () => {
  it('brings a device whose join was cut off back to its own member when it tries again', async () => {
    const storage = memoryStorage();
    dropNextStudentAfterJoin();
    await expect(device(server.url, ana('Ana'), storage)).rejects.toBeTruthy();
    await until(() => students('Ana').length === 1, 5000, 'the accepted member');
    // The student presses Join again on the same device.
    const again = await device(server.url, ana('Ana'), storage);
    await until(() => students('Ana')[0]?.connected === true, 5000, 'Ana back');
    expect(students('Ana')).toHaveLength(1);
    expect(again.room().you.memberId).toBe(students('Ana')[0]?.id);
    await again.leave();
  });

  it('keeps a seat whose welcome was lost: the device gets it back, after a reload too', async () => {
    const storage = memoryStorage();
    dropNextStudentAtWelcome();
    // The device reconnects by itself (to its session, or by its join id) and gets its views.
    const lost = await device(server.url, ana('Eli'), storage);
    expect(students('Eli')).toHaveLength(1);
    // The page is reloaded: a new client with the same storage comes back to the same seat.
    const reloaded = await device(server.url, ana('Eli'), storage);
    expect(reloaded.room().you.memberId).toBe(lost.room().you.memberId);
    await until(() => teacher.room().members.some((m) => m.name === 'Eli' && m.connected));
    expect(students('Eli')).toHaveLength(1);
    await Promise.all([lost.leave(), reloaded.leave()]);
  });

  it('makes one member of a join sent twice at once by one device', async () => {
    const storage = memoryStorage();
    const [a, b] = await Promise.all([
      device(server.url, ana('Bo'), storage),
      device(server.url, ana('Bo'), storage),
    ]);
    expect(a.room().you.memberId).toBe(b.room().you.memberId);
    await until(() => students('Bo').length === 1 && teacher.room().members.length > 1);
    expect(students('Bo')).toHaveLength(1);
    await Promise.all([a.leave(), b.leave()]);
  });

  it('never lets another device (or a forged id) take a seat, and keeps only hashes', async () => {
    const storage = memoryStorage();
    const cy = await device(server.url, ana('Cy'), storage);
    const other = await device(server.url, ana('Cy'));
    expect(other.room().you.memberId).not.toBe(cy.room().you.memberId);
    const forged = await rawDevice(server.url, teacher.code, {
      as: 'student',
      name: 'Cy',
      device: 'A'.repeat(32),
    });
    await forged.next('welcome');
    expect(forged.last<{ memberId: string }>('welcome')?.memberId).not.toBe(cy.room().you.memberId);
    const stored = JSON.stringify(storage.getItem(`overflight.classroom.${teacher.code}`));
    const secret = /"device\\":\\"([^"\\]+)/.exec(stored)?.[1] ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(22);
    const db = new Database(join(server.dataDir, 'classroom.sqlite'), { readonly: true });
    const meta = db.prepare('SELECT meta FROM rooms').all() as { meta: string }[];
    db.close();
    expect(meta.some((row) => row.meta.includes(secret))).toBe(false);
    await forged.room.leave();
    await Promise.all([cy.leave(), other.leave()]);
  });
});
