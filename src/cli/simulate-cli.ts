import '../i18n/english';
import { driveGame } from '../machines/drive-game';
import { playGame } from '../model/game';
import { DEFAULT_LENS } from '../model/lens';
import { policyChooser } from '../model/policy';
import { MAX_SEED } from '../model/rng';
import type { TurnOrder } from '../model/state';
import { loadScenarioRef } from '../scenario/files';
import { formatError } from '../scenario/result';
import { compareLenses, type PlayFn, playWithModel, runBatch } from '../sim/batch';
import { traceReport } from '../sim/trace-report';
import { intFlag, parseFlags, runCli, UsageError } from './args';
import { loadPolicy } from './policy-file';

/** More games than this would run for hours: a typo, not a study. */
const MAX_RUNS = 1_000_000;

const USAGE = `usage: npm run simulate -- --scenario <id or file> [--seed <n>] [--runs <k>] [--policy <file>]
         [--lens <id> | --compare-lenses] [--turn-order sealed|sequential] [--machines] [--trace]`;

const playWithMachines: PlayFn = (scenario, s) => driveGame(scenario, s);

runCli(USAGE, () => {
  const values = parseFlags(process.argv.slice(2), {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    policy: { type: 'string' },
    lens: { type: 'string' },
    'compare-lenses': { type: 'boolean' },
    'turn-order': { type: 'string' },
    machines: { type: 'boolean' },
    trace: { type: 'boolean' },
  });
  if (!values.scenario) throw new UsageError('--scenario is required');
  const runs = intFlag(values.runs as string | undefined, 'runs', 100, 1, MAX_RUNS);
  // Seeds run seed … seed + runs − 1: all of them must be seeds the generator tells apart.
  const seed = intFlag(values.seed as string | undefined, 'seed', 1, 0, MAX_SEED - runs + 1);
  const turnOrder = ((values['turn-order'] as string | undefined) ?? 'sealed') as TurnOrder;
  if (turnOrder !== 'sealed' && turnOrder !== 'sequential') {
    throw new UsageError('--turn-order must be sealed or sequential');
  }
  const loaded = loadScenarioRef(String(values.scenario));
  if (!loaded.ok) {
    for (const error of loaded.errors) process.stderr.write(`${formatError(error)}\n`);
    return 1;
  }
  const scenario = loaded.value;
  const lens = (values.lens as string | undefined) ?? DEFAULT_LENS;
  const known = scenario.lenses.map((l) => l.id);
  if (!known.includes(lens)) throw new UsageError(`--lens must be one of ${known.join(', ')}`);
  const policy = values.policy ? loadPolicy(values.policy as string, scenario) : {};
  if (values.trace) {
    const chooser = policyChooser(scenario, policy);
    const game = playGame(scenario, { seed, lens, turnOrder, chooser });
    process.stdout.write(`${JSON.stringify(traceReport(scenario, game), null, 2)}\n`);
    return 0;
  }
  const play = values.machines ? playWithMachines : playWithModel;
  const path = values.machines ? 'machines' : 'model';
  const started = performance.now();
  const settings = { seed, runs, lens, turnOrder, policy };
  const result = values['compare-lenses']
    ? compareLenses(scenario, settings, play)
    : runBatch(scenario, settings, play);
  const elapsedMs = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify({ ...result, path, elapsedMs }, null, 2)}\n`);
  return 0;
});
