// `npm run bench`: every budget of the issue "Performance: budgets measured side by side", in one
// run on this machine, each figure beside the floor it is compared with.
//
//   npm run bench                          # simulation, then load, frames and memory (~10 min)
//   npm run bench -- --only sim            # or any of sim,load,frames,memory (comma-separated)
//   npm run bench -- --games 10000 --repeats 5 --runs 3
//
// The simulation half is scripts/bench-sim.ts (run by tsx, pinned to one CPU with taskset where
// the machine has it); the browser half is scripts/bench/browser.mjs (needs Chromium: see the
// README). Prints one table and writes it, with every raw figure, to bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { optionReader } from './options.mjs';
import { browserRows, formatTable, networkRows, simRows, TARGET } from './table.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'bench-results', 'bench.json');
const { arg, has } = optionReader();
const ONLY = new Set(arg('only', 'sim,network,load,frames,memory').split(','));
const BROWSER_PARTS = ['load', 'frames', 'memory'].filter((part) => ONLY.has(part));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** The simulation half, on one core: its last stdout line is a JSON object. */
function simulation() {
  const games = arg('games', '10000');
  const repeats = arg('repeats', '5');
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const script = join(ROOT, 'scripts', 'bench-sim.ts');
  const pinned = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  const [command, args] = pinned
    ? ['taskset', ['-c', '0', tsx, script, games, repeats]]
    : [tsx, [script, games, repeats]];
  log(`simulation: ${games} games × ${repeats} repeats${pinned ? ', pinned to CPU 0' : ''}`);
  const run = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the simulation benchmark failed (exit ${run.status})`);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  return { ...JSON.parse(last), pinnedToOneCpu: pinned };
}

/** The network half: a classroom server and its loopback clients, each on its own CPU. */
function network() {
  const passOn = ['rooms', 'rounds']
    .filter((name) => has(name))
    .flatMap((name) => [`--${name}`, arg(name, '')]);
  log('network: 100 rooms × 6 devices against one classroom server');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'bench', 'network.mjs'), ...passOn],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`the network benchmark failed (exit ${run.status})`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '');
}

/** The browser half, in its own process; it writes bench-results/browser.json. */
function browser() {
  const passOn = ['runs', 'warmups']
    .filter((name) => has(name))
    .flatMap((name) => [`--${name}`, arg(name, '')]);
  const script = join(ROOT, 'scripts', 'bench', 'browser.mjs');
  const run = spawnSync(process.execPath, [script, '--only', BROWSER_PARTS.join(','), ...passOn], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the browser benchmark failed (exit ${run.status})`);
  const file = join(ROOT, 'bench-results', 'browser.json');
  if (!existsSync(file)) throw new Error(`the browser benchmark wrote no ${file}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const began = Date.now();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverageAtStart: loadavg(),
  },
  targets: TARGET,
};
if (ONLY.has('sim')) results.simulation = simulation();
if (ONLY.has('network')) results.network = network();
if (BROWSER_PARTS.length > 0) results.browser = browser();
results.machine.loadAverageAtEnd = loadavg();
results.elapsedSeconds = Math.round((Date.now() - began) / 1000);
const rows = [
  ...simRows(results.simulation),
  ...networkRows(results.network),
  ...(results.browser ? browserRows(results.browser) : []),
];
const text = formatTable(rows);
results.table = text.split('\n');
results.rows = rows.map(([figure, project, floor, ratio, target, verdict]) => ({
  figure,
  project,
  floor,
  ratio,
  target,
  verdict,
}));
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const b = results.browser;
const lines = [text, ''];
if (b?.load) {
  const c = b.load.conditions;
  lines.push(
    `Load: CPU ${c.cpuThrottlingRate}× slower, ${c.network.name}; viewport ${c.viewport.width}×${c.viewport.height}; ${b.runs} runs after ${b.warmups} warm-up, medians; floor: a bare Phaser 4 page built in the same run.`,
  );
}
if (b) lines.push(`Browser: Chromium ${b.chromium}, Vite ${b.vite}.`);
lines.push(
  `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, load average ${results.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')} at the start.`,
  `Results: ${RESULTS} (${results.elapsedSeconds} s)`,
);
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = rows.some((r) => r[5] === 'FAIL') ? 1 : 0;
