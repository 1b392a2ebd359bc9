// Simulation benchmark: all-AI twelve-round games through the model loop (what the lab and
// `npm run simulate` use) and through the XState machines, on the same seeds.
// Run through tsx (Node 20 cannot run .ts directly): tsx scripts/bench-sim.ts [games] [repeats]
// Human-readable progress goes to stderr; the last line on stdout is one JSON object.
import { cpus, loadavg } from 'node:os';
import { driveGame } from '../src/machines/drive-game';
import { playGame } from '../src/model/game';
import type { GameState } from '../src/model/state';
import { loadScenarioById } from '../src/scenario/files';
import { formatError } from '../src/scenario/result';

const SCENARIO = 'aug-2017-overflight';

function count(arg: string | undefined, fallback: number, name: string): number {
  const n = arg === undefined ? fallback : Number(arg);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`usage: tsx scripts/bench-sim.ts [games] [repeats]: ${name} "${arg}"\n`);
    process.exit(2);
  }
  return n;
}

const games = count(process.argv[2], 10_000, 'games');
const repeats = count(process.argv[3], 5, 'repeats');
const loaded = loadScenarioById(SCENARIO);
if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
const scenario = loaded.value;

type Play = (seed: number) => GameState;
const paths: Record<'model' | 'machines', Play> = {
  model: (seed) => playGame(scenario, { seed }),
  machines: (seed) => driveGame(scenario, { seed }),
};

// Both paths must do the same work: the same seed gives the same game, byte for byte.
for (let seed = 1; seed <= Math.min(games, 100); seed++) {
  if (JSON.stringify(paths.model(seed)) !== JSON.stringify(paths.machines(seed)))
    throw new Error(`bench-sim: model and machines differ on seed ${seed}`);
}

interface Run {
  wallMs: number;
  /** CPU time of the whole process (includes V8's background GC threads). */
  cpuMs: number;
}

// Every game's outcome is used (tallied, in the first timed run), so both paths can be compared.
function time(label: string, play: Play, n: number, tally?: Map<string, number>): Run {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let seed = 1; seed <= n; seed++) {
    const id = play(seed).outcome?.outcomeId ?? 'none';
    if (tally) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stderr.write(
    `${label}: ${n} games in ${wallMs.toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)\n`,
  );
  return { wallMs, cpuMs };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;
const loadBefore = loadavg().map(round1);

// Warm up both paths so the JIT has compiled the hot code before anything is timed.
time('warm-up model', paths.model, Math.min(games, 2000));
time('warm-up machines', paths.machines, Math.min(games, 500));

// Timed runs alternate between the paths, so a burst of load elsewhere hits both alike.
const runs = { model: [] as Run[], machines: [] as Run[] };
const tallies = { model: new Map<string, number>(), machines: new Map<string, number>() };
for (let i = 0; i < repeats; i++) {
  for (const path of ['model', 'machines'] as const)
    runs[path].push(
      time(`${path} ${i + 1}/${repeats}`, paths[path], games, i === 0 ? tallies[path] : undefined),
    );
}
const sameOutcomes =
  JSON.stringify([...tallies.model].sort()) === JSON.stringify([...tallies.machines].sort());
if (!sameOutcomes) throw new Error('bench-sim: the two paths ended their games differently');

const modelMs = median(runs.model.map((r) => r.wallMs));
const machinesMs = median(runs.machines.map((r) => r.wallMs));
const result = {
  benchmark: 'sim',
  scenario: SCENARIO,
  games,
  repeats,
  // Medians of the timed runs, wall-clock milliseconds for all the games of one run.
  modelMs: Math.round(modelMs),
  machinesMs: Math.round(machinesMs),
  ratio: round1(machinesMs / modelMs),
  modelUsPerGame: round1((modelMs / games) * 1000),
  machinesUsPerGame: round1((machinesMs / games) * 1000),
  modelCpuMs: Math.round(median(runs.model.map((r) => r.cpuMs))),
  machinesCpuMs: Math.round(median(runs.machines.map((r) => r.cpuMs))),
  modelRunsMs: runs.model.map((r) => Math.round(r.wallMs)),
  machinesRunsMs: runs.machines.map((r) => Math.round(r.wallMs)),
  outcomes: Object.fromEntries([...tallies.model].sort()),
  loadAverage: { before: loadBefore, after: loadavg().map(round1) },
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
};
process.stderr.write(
  `median: model ${result.modelMs} ms, machines ${result.machinesMs} ms, ratio ${result.ratio}\n`,
);
process.stdout.write(`${JSON.stringify(result)}\n`);
