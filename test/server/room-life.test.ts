import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecord } from '../../src/client/open-record';
import { memoryStorage, storedCredentials } from '../../src/client/remote-connection';
import type { RemoteGame } from '../../src/client/remote-game';
import { GameRecordSchema } from '../../src/model/record';
import { scenario } from '../helpers';
import { applied, device, rawDevice, startServer, TWO_TEAMS, until } from './harness';

// A room's life as the class sees it: teams and captains, the facilitator's controls, a device
// that drops and comes back to its seat by itself, and the record the teacher downloads.

let server: Awaited<ReturnType<typeof startServer>>;
let teacher: RemoteGame;
const anaStorage = memoryStorage();
let ana: RemoteGame;
let ben: RemoteGame;

beforeAll(async () => {
  server = await startServer();
  teacher = await device(server.url, { create: { ...TWO_TEAMS, commitRule: 'captain' } });
  ana = await device(
    server.url,
    { code: teacher.code, join: { as: 'student', name: 'Ana' } },
    anaStorage,
  );
  ben = await device(server.url, {
    code: teacher.code,
    join: { as: 'student', name: 'Bén 🙂 <b>' },
  });
  expect(await ana.sendRoom('team.join', { capital: 'us' })).toBeNull();
  expect(await ben.sendRoom('team.join', { capital: 'us' })).toBeNull();
  applied(await teacher.send({ type: 'game.start' }));
});
afterAll(async () => {
  await Promise.all([teacher.leave(), ana.leave(), ben.leave()]);
  await server.stop();
});

const member = (game: RemoteGame, id: string) => game.room().members.find((m) => m.id === id);

describe('teams and the facilitator', () => {
  it('keeps names as typed, and refuses names with control characters', async () => {
    await until(() => teacher.room().members.length >= 3);
    expect(teacher.room().members.map((m) => m.name)).toContain('Bén 🙂 <b>');
    await expect(
      device(server.url, { code: teacher.code, join: { as: 'student', name: 'a\u0007b' } }),
    ).rejects.toMatchObject({ code: 4422 });
  });

  it('lets only the captain commit under the captain-only rule, and the facilitator change it', async () => {
    expect(member(ana, ana.room().you.memberId)?.captain).toBe(true);
    applied(await ben.send({ type: 'policy.select', capital: 'us', optionId: 'us.press-china' }));
    const refused = await ben.send({ type: 'policy.commit', capital: 'us' });
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'seat-not-allowed' } });
    expect(
      await teacher.sendRoom('member.captain', { memberId: ben.room().you.memberId }),
    ).toBeNull();
    await until(() => member(ben, ben.room().you.memberId)?.captain === true);
    expect(member(ana, ana.room().you.memberId)?.captain).toBe(false);
    applied(await ben.send({ type: 'policy.commit', capital: 'us' }));
    applied(await ben.send({ type: 'policy.revise', capital: 'us' }));
    expect(await teacher.sendRoom('room.commitRule', { rule: 'any' })).toBeNull();
    await until(() => ana.room().commitRule === 'any');
    applied(await ana.send({ type: 'policy.commit', capital: 'us' }));
    applied(await ana.send({ type: 'policy.revise', capital: 'us' }));
  });

  it('locks the room: no team changes by students, no new students; the facilitator still moves', async () => {
    expect(await teacher.sendRoom('room.lock', { locked: true })).toBeNull();
    expect(await ana.sendRoom('team.join', { capital: 'southKorea' })).toEqual({
      code: 'room-locked',
    });
    await expect(
      device(server.url, { code: teacher.code, join: { as: 'student', name: 'Late' } }),
    ).rejects.toMatchObject({ code: 4423 });
    const id = ana.room().you.memberId;
    expect(
      await teacher.sendRoom('member.move', { memberId: id, capital: 'southKorea' }),
    ).toBeNull();
    await until(() => ana.view().seat === 'southKorea');
    expect(await teacher.sendRoom('member.move', { memberId: id, capital: 'japan' })).toEqual({
      code: 'played-by-ai',
      capital: 'japan',
    });
    expect(await teacher.sendRoom('room.lock', { locked: false })).toBeNull();
  });

  it('removes a student: their socket closes, their token stops working', async () => {
    const storage = memoryStorage();
    const eve = await device(
      server.url,
      { code: teacher.code, join: { as: 'student', name: 'Eve' } },
      storage,
    );
    const token = (storedCredentials(storage, eve.code) as { token: string }).token;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(
      await teacher.sendRoom('member.remove', { memberId: eve.room().you.memberId }),
    ).toBeNull();
    await until(() => eve.status() === 'removed');
    expect(eve.lastError).toBe(4101);
    expect(storedCredentials(storage, eve.code)).toBeNull();
    await expect(
      rawDevice(server.url, teacher.code, { as: 'student', name: 'Eve', token }),
    ).rejects.toMatchObject({ code: 4403 });
  });
});

describe('reconnection', () => {
  it('comes back to the same seat by itself after the socket drops, and sends what waited', async () => {
    const id = ana.room().you.memberId;
    const statuses: string[] = [];
    ana.subscribeStatus((s) => statuses.push(s));
    ana.dropConnection();
    const pending = ana.send({
      type: 'policy.select',
      capital: 'southKorea',
      optionId: 'sk.outreach',
    });
    await until(() => statuses.includes('connected'), 10_000, 'the reconnection');
    expect(statuses[0]).toBe('reconnecting');
    expect(ana.room().you.memberId).toBe(id);
    expect(ana.view().seat).toBe('southKorea');
    applied(await pending);
  });

  it('takes the same seat again from a new page with the stored token', async () => {
    const again = await device(
      server.url,
      { code: teacher.code, join: { as: 'student', name: 'Ana' } },
      anaStorage,
    );
    expect(again.room().you.memberId).toBe(ana.room().you.memberId);
    expect(again.view().seat).toBe('southKorea');
    await again.leave();
  });
});

describe('the record', () => {
  it('is downloaded with the facilitator’s key, and opens offline like a save', async () => {
    const url = `${server.url}/classroom/rooms/${teacher.code}/record`;
    expect((await fetch(url)).status).toBe(403);
    const key = (teacher as unknown as { credentials: { key: string } }).credentials.key;
    const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    const record = GameRecordSchema.parse(await response.json());
    expect(record.log?.length).toBe(teacher.view().secrets?.record.log?.length);
    const opened = openRecord(scenario(), record);
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.game.view('facilitator').phase).toBe(teacher.view().phase);
      opened.game.stop();
    }
  });
});
