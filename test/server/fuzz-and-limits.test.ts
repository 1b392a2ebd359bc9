import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import type { ServerMessages } from '../../src/protocol/classroom';
import type { Ack } from '../../src/protocol/refusals';
import { applied, device, rawDevice, startServer, TWO_TEAMS, until } from './harness';

// Garbage of every kind from one device is refused with a code or drops that device; the room,
// the server and every other device go on as if nothing happened.

let server: Awaited<ReturnType<typeof startServer>>;
let teacher: RemoteGame;
let seoul: RemoteGame;
type Reply = ServerMessages['reply'];

beforeAll(async () => {
  server = await startServer();
  teacher = await device(server.url, { create: TWO_TEAMS });
  seoul = await device(server.url, { code: teacher.code, join: { as: 'student', name: 'Min' } });
  await seoul.sendRoom('team.join', { capital: 'southKorea' });
  applied(await teacher.send({ type: 'game.start' }));
});
afterAll(async () => {
  await Promise.all([teacher.leave(), seoul.leave()]);
  await server.stop();
});

/** The room still plays: a team's intent is applied and everyone sees it. */
async function stillPlays() {
  const options = ['sk.outreach', 'sk.hold', 'sk.deterrence'];
  const current = seoul.view().own?.selection?.optionId;
  const ack = await seoul.send({
    type: 'policy.select',
    capital: 'southKorea',
    optionId: options.find((o) => o !== current && o) ?? 'sk.outreach',
  });
  expect(ack.id).toBeTruthy();
  const health = await fetch(`${server.url}/classroom/health`);
  expect(health.status).toBe(200);
  expect(teacher.status()).toBe('connected');
  expect(seoul.status()).toBe('connected');
}

describe('validation', () => {
  it.each([
    ['an unknown type', 'nope', {}, 'unknown-message'],
    ['__proto__', '__proto__', {}, 'unknown-message'],
    ['constructor', 'constructor', { ref: 'k' }, 'unknown-message'],
    ['a team that does not exist', 'team.join', { capital: 'mars', ref: 'k' }, 'malformed'],
    ['a lock that is not a boolean', 'room.lock', { locked: 'yes', ref: 'k' }, 'malformed'],
    ['extra fields', 'team.join', { capital: 'us', ref: 'k', admin: true }, 'malformed'],
    ['a string payload', 'member.move', 'hello', 'malformed'],
    ['an array payload', 'room.commitRule', [1, 2, 3], 'malformed'],
    ['no payload', 'member.remove', undefined, 'malformed'],
    ['a huge value', 'team.join', { capital: 'us', ref: 'k', pad: 'x'.repeat(6000) }, 'too-large'],
  ])('refuses %s with a code', async (_what, type, payload, code) => {
    const d = await rawDevice(server.url, teacher.code, { as: 'student', name: 'Fuzz' });
    const from = d.messages.length;
    d.room.send(type, payload);
    const reply = await d.next<Reply>('reply', () => true, from);
    expect(reply.refusal?.code).toBe(code);
    await d.room.leave();
  });

  it.each([
    ['no body', { id: 'm1' }],
    ['a body without a type', { id: 'm2', body: {} }],
    ['an unknown intent', { id: 'm3', body: { type: 'policy.win', capital: 'southKorea' } }],
    [
      'a rationale over the limit',
      {
        id: 'm4',
        body: {
          type: 'policy.select',
          capital: 'southKorea',
          optionId: 'sk.outreach',
          rationale: 'r'.repeat(281),
        },
      },
    ],
    ['a huge round', { id: 'm5', body: { type: 'facilitator.rewind', round: 1e300 } }],
    [
      'a nested payload',
      { id: 'm6', body: { type: 'round.next', x: { y: { z: [1, [2, [3]]] } } } },
    ],
  ])('refuses an intent with %s as malformed', async (_what, message) => {
    const d = await rawDevice(server.url, teacher.code, {
      as: 'facilitator',
      key: 'k'.repeat(16),
    }).catch(() => null);
    expect(d).toBeNull(); // (a wrong key cannot join: sent from the team's device instead)
    const team = await rawDevice(server.url, teacher.code, { as: 'student', name: 'Fuzz' });
    team.room.send('team.join', { capital: 'southKorea', ref: 't' });
    await team.next<Reply>('reply', (r) => r.ref === 't');
    team.room.send('intent', message);
    const ack = await team.next<Ack>('ack', (a) => a.id === message.id);
    expect(ack).toMatchObject({ ok: false, refusal: { code: 'malformed' } });
    await team.room.leave();
  });

  it.each([
    ['random bytes', () => randomBytes(64), 'ignored or dropped'],
    [
      'a room message with unreadable msgpack',
      () => Buffer.from([13, 4, 0x6e, 0x6f, 0x70, 0x65, 0xc1]),
      'dropped',
    ],
    ['a frame over the limit', () => randomBytes(40_000), 'dropped'],
  ] as const)('survives %s from a device (%s); the room goes on', async (_what, bytes, fate) => {
    const before = server.logs.length;
    const d = await rawDevice(server.url, teacher.code, { as: 'projector' });
    const ws = (d.room.connection as unknown as { transport: { ws: { send(b: Buffer): void } } })
      .transport.ws;
    ws.send(bytes());
    d.room.send('room.lock', { locked: true, ref: 'after' });
    await until(
      () =>
        d.closed() !== null ||
        d.messages.some(([t, m]) => t === 'reply' && (m as Reply).ref === 'after'),
      5000,
      'the device to be dropped or answered',
    );
    if (fate === 'dropped') expect(d.closed()).not.toBeNull();
    await stillPlays();
    expect(server.logs.slice(before).join('\n')).not.toMatch(/threw/);
    if (d.closed() === null) await d.room.leave();
  });
});

describe('rate limits', () => {
  it('refuses a flood with rate-limited, then drops the device; others are unaffected', async () => {
    const d = await rawDevice(server.url, teacher.code, { as: 'student', name: 'Flood' });
    for (let i = 0; i < 150; i++) d.room.send('team.join', { capital: 'us', ref: `f${i}` });
    await until(() => d.closed() !== null, 5000, 'the flooder to be dropped');
    expect(d.closed()).toBe(4102);
    const limited = d.messages.filter(
      ([t, m]) => t === 'reply' && (m as Reply).refusal?.code === 'rate-limited',
    );
    expect(limited.length).toBeGreaterThan(20);
    const served = d.messages.filter(([t, m]) => t === 'reply' && (m as Reply).refusal === null);
    expect(served.length).toBeGreaterThanOrEqual(15);
    expect(served.length).toBeLessThanOrEqual(25);
    await stillPlays();
  });

  it('a client that paces itself by retryMs gets every message through', async () => {
    const d = await device(server.url, {
      code: teacher.code,
      join: { as: 'student', name: 'Eager' },
    });
    // The remote client resends a rate-limited message after the time the server names.
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        d.sendRoom('team.join', { capital: i % 2 ? 'us' : 'southKorea' }),
      ),
    );
    expect(replies.every((r) => r === null)).toBe(true);
    await d.leave();
  });
});
