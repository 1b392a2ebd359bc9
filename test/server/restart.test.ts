import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import type { ServerMessages } from '../../src/protocol/classroom';
import type { Ack } from '../../src/protocol/refusals';
import { childServer, freePort } from './child-server';
import { applied, device, rawDevice, TWO_TEAMS, tempDir, until } from './harness';

// The server is killed (kill -9) mid-round after some acknowledged decisions; started again on
// the same data, every device reconnects by itself and the game goes on from exactly the
// acknowledged state. A graceful stop (SIGTERM) is not taken for students leaving either.

const dataDir = tempDir();
let server: Awaited<ReturnType<typeof childServer>> | null = null;
const devices: RemoteGame[] = [];
afterAll(async () => {
  await Promise.all(devices.map((d) => d.leave()));
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a server restart', () => {
  it('loses nothing acknowledged, and every device comes back by itself', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir };
    const url = `http://127.0.0.1:${port}`;
    server = await childServer(env);
    const teacher = await device(url, { create: TWO_TEAMS });
    const ana = await device(url, { code: teacher.code, join: { as: 'student', name: 'Ana' } });
    devices.push(teacher, ana);
    expect(await ana.sendRoom('team.join', { capital: 'us' })).toBeNull();
    // Seoul speaks the protocol by hand, to resend an intent id after the restart.
    const seoul = await rawDevice(url, teacher.code, { as: 'student', name: 'Min' });
    const token = (await seoul.next<ServerMessages['welcome']>('welcome')).token as string;
    seoul.room.send('team.join', { capital: 'southKorea', ref: 'j' });
    await seoul.next<ServerMessages['reply']>('reply', (r) => r.ref === 'j');
    applied(await teacher.send({ type: 'game.start' }));
    applied(
      await teacher.send({ type: 'facilitator.timer', seconds: 600, atTimeUp: 'round-waits' }),
    );
    applied(
      await ana.send({
        type: 'policy.select',
        capital: 'us',
        optionId: 'us.press-china',
        rationale: 'kept',
      }),
    );
    applied(await ana.send({ type: 'policy.commit', capital: 'us' }));
    const select = { type: 'policy.select', capital: 'southKorea', optionId: 'sk.outreach' };
    seoul.room.send('intent', { id: 'sk-1', body: select });
    expect((await seoul.next<Ack>('ack', (a) => a.id === 'sk-1')).ok).toBe(true);
    const before = structuredClone(teacher.view());

    await server.kill();
    await until(() => teacher.status() === 'reconnecting' && ana.status() === 'reconnecting');
    // Sent while the server is down: applied once it is back.
    const waiting = teacher.send({ type: 'facilitator.revealAi', on: true });
    server = await childServer(env);
    await until(() => teacher.status() === 'connected' && ana.status() === 'connected', 20_000);
    applied(await waiting);

    const after = teacher.view();
    const log = after.secrets?.record.log ?? [];
    expect(log.slice(0, -1)).toEqual(before.secrets?.record.log);
    expect(log.at(-1)?.type).toBe('facilitator.revealAi');
    expect(after.secrets?.selections).toEqual(before.secrets?.selections);
    expect(after.timer).toEqual(before.timer);
    expect(ana.view().seat).toBe('us');
    expect(ana.view().own).toMatchObject({
      committed: true,
      selection: { optionId: 'us.press-china' },
    });
    expect(ana.room().proposals.map((p) => p.optionId)).toEqual(['us.press-china']);

    // The intent Seoul sent before the kill, sent again by id: applied once, not twice.
    const back = await rawDevice(url, teacher.code, { as: 'student', name: 'Min', token });
    back.room.send('intent', { id: 'sk-1', body: select });
    expect(await back.next<Ack>('ack', (a) => a.id === 'sk-1')).toEqual({
      id: 'sk-1',
      ok: true,
      duplicate: true,
    });
    back.room.send('intent', {
      id: 'sk-2',
      body: { type: 'policy.commit', capital: 'southKorea' },
    });
    expect((await back.next<Ack>('ack', (a) => a.id === 'sk-2')).ok).toBe(true);
    await until(() => teacher.view().phase === 'report');
    await back.room.leave();
  }, 60_000);

  it('stops gracefully on SIGTERM without devices taking it for leaving', async () => {
    const [teacher, ana] = devices as [RemoteGame, RemoteGame];
    const members = teacher.room().members.length;
    expect(await (server as NonNullable<typeof server>).terminate()).toBe(0);
    await until(() => ana.status() === 'reconnecting');
    expect(ana.status()).not.toBe('offline');
    server = await childServer({
      PORT: new URL(`http://x:${portOf(teacher)}`).port,
      DATA_DIR: dataDir,
    });
    await until(() => teacher.status() === 'connected' && ana.status() === 'connected', 20_000);
    expect(teacher.room().members.length).toBe(members);
    expect(ana.view().seat).toBe('us');
  }, 60_000);
});

function portOf(game: RemoteGame): string {
  const endpoints = (
    game as unknown as { endpoints: { current(): { settings: { port: number } } } }
  ).endpoints;
  return String(endpoints.current().settings.port);
}
