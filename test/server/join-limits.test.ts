import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import { CODE_ALPHABET } from '../../src/protocol/classroom';
import { device, startServer, TWO_TEAMS } from './harness';

// Room codes cannot be enumerated: failed joins from one address are limited (a wrong code, key
// or token), and Colyseus's join-any-room matchmaking is closed. A class behind one address
// joining a room it was given the code of is not limited by this.

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

const client = () => new Client(server.url);
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: number; message?: string }) => ({ code: error.code, message: error.message }),
  );

describe('joining by code', () => {
  it('never joins a room without its code', async () => {
    expect(await errorOf(client().join('classroom', { as: 'projector' }))).toMatchObject({
      code: 4400,
    });
    expect(await errorOf(client().joinOrCreate('classroom', { as: 'projector' }))).toMatchObject({
      code: 4400,
    });
  });

  it('lets a whole class join a room by its code from one address', async () => {
    const joined = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        client().joinById(teacher.code, { as: 'student', name: `S${i}` }),
      ),
    );
    expect(joined).toHaveLength(30);
    await Promise.all(joined.map((room) => room.leave()));
  });

  it('limits wrong codes from one address: after ten, even a right one waits', async () => {
    const codes = Array.from({ length: 14 }, (_, i) =>
      Array.from(
        { length: 5 },
        (_, j) => CODE_ALPHABET[(i * 7 + j * 3) % CODE_ALPHABET.length],
      ).join(''),
    ).filter((code) => code !== teacher.code);
    const errors = [];
    for (const code of codes)
      errors.push(await errorOf(client().joinById(code, { as: 'projector' })));
    expect(errors.slice(0, 10).every((e) => e?.code === 4212)).toBe(true);
    expect(errors.slice(10).every((e) => e?.code === 4429)).toBe(true);
    expect(await errorOf(client().joinById(teacher.code, { as: 'projector' }))).toMatchObject({
      code: 4429,
    });
    // The devices already in the room are not touched.
    expect(teacher.status()).toBe('connected');
  });
});
