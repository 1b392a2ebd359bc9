// Simulation benchmark: all-AI twelve-round games through the model loop (what the lab and
// `npm run simulate` use) and through the XState machines, on the same seeds.
// Run through tsx (Node 20 cannot run .ts directly): tsx scripts/bench-sim.ts [games] [repeats]
import { driveGame } from '../src/machines/drive-game';
import { playGame } from '../src/model/game';
import { loadScenarioById } from '../src/scenario/files';
import { formatError } from '../src/scenario/result';

const games = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 5);
const loaded = loadScenarioById('aug-2017-overflight');
if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
const scenario = loaded.value;

function time(label: string, play: (seed: number) => unknown, n: number): number {
  const start = performance.now();
  for (let seed = 1; seed <= n; seed++) play(seed);
  const ms = performance.now() - start;
  process.stderr.write(`${label}: ${n} games in ${ms.toFixed(0)} ms\n`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// Warm up both paths so the JIT has compiled the hot code before anything is timed.
time('warm-up model', (seed) => playGame(scenario, { seed }), 1000);
time('warm-up machines', (seed) => driveGame(scenario, { seed }), 200);
const model = median(
  Array.from({ length: repeats }, () =>
    time('model', (seed) => playGame(scenario, { seed }), games),
  ),
);
// The machine path is slower; time it on the same seeds, fewer repeats.
const machines = median(
  Array.from({ length: Math.max(1, Math.ceil(repeats / 2)) }, () =>
    time('machines', (seed) => driveGame(scenario, { seed }), games),
  ),
);
process.stdout.write(
  `${JSON.stringify({ games, repeats, modelMs: Math.round(model), machinesMs: Math.round(machines), ratio: Math.round((machines / model) * 10) / 10 })}\n`,
);
