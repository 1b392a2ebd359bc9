// The network half of `npm run bench`: one classroom server process on CPU 0, the loopback
// clients (scripts/bench/network-load.mjs) in another process on CPU 1, 100 rooms × 6 devices.
//
//   node scripts/bench/network.mjs [--rooms 100] [--rounds 3]
//
// Measures, and writes to bench-results/network.json:
// - paced play (each team proposes 1–6 s after the round opens and commits 1–4 s later):
//   p50/p95/p99 of intent → acknowledgement, and of a commit → every device in its room shows it;
// - a burst where every team of every room commits at the same moment (p99 reported);
// - the server's memory per room (RSS with the rooms, less RSS before them, over the rooms);
// - the server's CPU per room at that pace, and per acknowledged intent;
// - a restart: the server is killed (SIGKILL) with every room live and mid-round, started again,
//   and the time until every room is back (acknowledged proposals intact) and accepting intents.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionReader } from './options.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const { arg } = optionReader();
const ROOMS = Number(arg('rooms', '100'));
const ROUNDS = Number(arg('rounds', '3'));
const log = (message) => process.stderr.write(`[bench:network] ${message}\n`);
const pinned = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
const onCpu = (cpu, command, args) =>
  pinned ? ['taskset', ['-c', String(cpu), command, ...args]] : [command, args];
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process, in bytes (Linux /proc). */
function rss(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) * 1024 : 0;
}

/** CPU time a process has used, in ms (user + system). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

/** Build the classroom server as `npm run classroom` runs it (dist-server/main.mjs). */
function buildServer() {
  const built = spawnSync('npm', ['run', '--silent', 'build:server'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('npm run build:server failed');
}

/** Start the classroom server on CPU 0 (one Node process); resolves once it answers its health check. */
async function startServer(port, dataDir) {
  const [command, args] = onCpu(0, process.execPath, [join(ROOT, 'dist-server', 'main.mjs')]);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // Each room's devices come from their own school address (X-Forwarded-For), as classes do.
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const spawnedAt = Date.now();
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/classroom/health`);
      // taskset execs node in its own place: the child's pid is the server's.
      if (response.ok) return { child, spawnedAt, serverPid: child.pid };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the classroom server did not start');
}

/** Kill the server and everything under it at once (as a power cut would). */
function killHard(pid) {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
  for (const child of children) killHard(Number(child));
  try {
    process.kill(pid, 'SIGKILL');
  } catch {}
}

/** The load process on CPU 1, and a way to send it a command and await its answer. */
function startLoad() {
  const [command, args] = onCpu(1, process.execPath, [
    join(ROOT, 'scripts', 'bench', 'network-load.mjs'),
  ]);
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (message) =>
    new Promise((resolve, reject) => {
      child.once('message', (answer) =>
        answer.ok ? resolve(answer.result) : reject(new Error(answer.error)),
      );
      child.send(message);
    });
  return { child, ask };
}

/** Percentiles of a list of milliseconds. */
function percentiles(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (p) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
  const round = (x) => (x == null ? null : Math.round(x * 10) / 10);
  return {
    count: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1)),
  };
}

buildServer();
const dataDir = mkdtempSync(join(tmpdir(), 'overflight-bench-'));
const port = await freePort();
const url = `ws://127.0.0.1:${port}`;
let server = await startServer(port, dataDir);
const load = startLoad();
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rssBefore = rss(server.serverPid);
  log(`${ROOMS} rooms × 6 devices${pinned ? ' (server on CPU 0, clients on CPU 1)' : ''}`);
  await load.ask({ type: 'setup', url, rooms: ROOMS });
  const rssWithRooms = rss(server.serverPid);

  log(`paced play, ${ROUNDS} rounds`);
  const cpuBefore = cpuMs(server.serverPid);
  const paced = await load.ask({
    type: 'paced',
    rounds: ROUNDS,
    selectMs: [1000, 6000],
    commitMs: [1000, 4000],
  });
  const pacedCpuMs = cpuMs(server.serverPid) - cpuBefore;
  const rssAfterPlay = rss(server.serverPid);

  log('burst: every team commits at once');
  const burst = await load.ask({ type: 'burst' });

  log('restart: SIGKILL with every room live, then start again');
  const kept = await load.ask({ type: 'before-restart' });
  killHard(server.child.pid);
  server = await startServer(port, dataDir).then((s) => s);
  const restart = await load.ask({ type: 'after-restart', kept, spawnedAt: server.spawnedAt });

  const intents = paced.ack.length;
  const results = {
    rooms: ROOMS,
    devices: ROOMS * 6,
    pinned,
    paced: {
      seconds: Math.round(paced.seconds * 10) / 10,
      intents,
      refused: paced.refused,
      ack: percentiles(paced.ack),
      everyView: percentiles(paced.fanout),
      serverCpuMs: Math.round(pacedCpuMs),
      cpuShareOfOneCore: pacedCpuMs / (paced.seconds * 1000),
      cpuPerRoomPercent: (100 * pacedCpuMs) / (paced.seconds * 1000) / ROOMS,
      cpuMsPerIntent: pacedCpuMs / intents,
      intentsPerRoomPerMinute: (intents / ROOMS / paced.seconds) * 60,
    },
    burst: {
      seconds: Math.round(burst.seconds * 100) / 100,
      commits: burst.ack.length,
      refused: burst.refused,
      ack: percentiles(burst.ack),
      everyView: percentiles(burst.fanout),
    },
    memory: {
      rssBeforeRooms: rssBefore,
      rssWithRooms,
      rssAfterPlay,
      perRoomBytes: Math.round((rssAfterPlay - rssBefore) / ROOMS),
    },
    restart,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results', 'network.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  load.child.kill();
  killHard(server.child.pid);
  rmSync(dataDir, { recursive: true, force: true });
}
