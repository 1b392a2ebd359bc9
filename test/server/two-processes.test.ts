import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteGame } from '../../src/client/remote-game';
import { childServer, freePort } from './child-server';
import { applied, device, TWO_TEAMS, tempDir, until } from './harness';

// Two server processes share Redis (Colyseus's presence and driver) and the store. One is killed
// (kill -9) with a room on it: the room comes back on the other, with no acknowledged decision
// lost, and every device finds it by itself.

const redisBinary = process.env.REDIS_SERVER ?? 'redis-server';
const hasRedis = spawnSync(redisBinary, ['--version']).status === 0;
if (!hasRedis)
  console.warn(
    `Skipping the two-process classroom test: ${redisBinary} is not installed ` +
      '(apt-get install -y --no-install-recommends redis-server; CI installs it).',
  );

const dataDir = tempDir();
let redis: ChildProcess | null = null;
let redisUrl = '';
const servers: Awaited<ReturnType<typeof childServer>>[] = [];
const devices: RemoteGame[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  const port = await freePort();
  redis = spawn(
    redisBinary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  redisUrl = `redis://127.0.0.1:${port}`;
  await new Promise((resolve) => setTimeout(resolve, 300));
});
afterAll(async () => {
  await Promise.all(devices.map((d) => d.leave()));
  await Promise.all(servers.map((s) => s.kill()));
  redis?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!hasRedis)('two processes with Redis', () => {
  it('brings a killed process’s room back on the other with nothing acknowledged lost', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const start = (port: number) =>
      childServer({
        PORT: String(port),
        DATA_DIR: dataDir,
        REDIS_URL: redisUrl,
        PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      });
    const [a, b] = [await start(portA), await start(portB)];
    servers.push(a, b);
    const [urlA, urlB] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];

    // The room is created on B (a room is created where the request lands); students come in
    // through A, and reach the room on B through its public address.
    const teacher = await device([urlB, urlA], { create: TWO_TEAMS });
    const ana = await device(urlA, { code: teacher.code, join: { as: 'student', name: 'Ana' } });
    const min = await device(urlA, { code: teacher.code, join: { as: 'student', name: 'Min' } });
    devices.push(teacher, ana, min);
    expect(await ana.sendRoom('team.join', { capital: 'us' })).toBeNull();
    expect(await min.sendRoom('team.join', { capital: 'southKorea' })).toBeNull();
    applied(await teacher.send({ type: 'game.start' }));
    applied(await ana.send({ type: 'policy.select', capital: 'us', optionId: 'us.press-china' }));
    applied(await ana.send({ type: 'policy.commit', capital: 'us' }));
    applied(
      await min.send({ type: 'policy.select', capital: 'southKorea', optionId: 'sk.outreach' }),
    );
    const before = structuredClone(teacher.view().secrets);

    await b.kill();
    await until(() => [teacher, ana, min].every((d) => d.status() === 'reconnecting'));
    await until(
      () => [teacher, ana, min].every((d) => d.status() === 'connected'),
      30_000,
      'all back',
    );
    expect(a.output()).toContain(`room ${teacher.code} restored`);

    expect(teacher.view().secrets?.record.log).toEqual(before?.record.log);
    expect(teacher.view().secrets?.selections).toEqual(before?.selections);
    expect(min.view().own?.selection?.optionId).toBe('sk.outreach');
    applied(await min.send({ type: 'policy.commit', capital: 'southKorea' }));
    await until(() => teacher.view().phase === 'report');
  }, 60_000);
});
