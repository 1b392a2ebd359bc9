import '../i18n/english';
import { writeFileSync } from 'node:fs';
import type { Scenario } from '../model/schema';
import { loadAllScenarios } from '../scenario/files';
import { formatError } from '../scenario/result';
import { runCalibration } from '../sim/calibrate/run';
import { calibrationTables } from '../sim/calibrate/tables';
import { intFlag, parseFlags, runCli, UsageError } from './args';
import { loadLaunchRecord, loadStrategies } from './calibration-files';

const USAGE = `usage: npm run calibrate -- [--runs <k>] [--scenario <id>] [--json <file>]`;

runCli(USAGE, () => {
  const values = parseFlags(process.argv.slice(2), {
    runs: { type: 'string' },
    scenario: { type: 'string' },
    json: { type: 'string' },
  });
  const runs = intFlag(values.runs as string | undefined, 'runs', 1000, 10, 100_000);
  const loaded = loadAllScenarios();
  if (!loaded.ok) {
    for (const e of loaded.errors) process.stderr.write(`${formatError(e)}\n`);
    return 1;
  }
  let scenarios: Scenario[] = loaded.value;
  if (values.scenario) {
    scenarios = scenarios.filter((s) => s.id === values.scenario);
    if (scenarios.length === 0) throw new UsageError(`no scenario "${values.scenario}"`);
  }
  const policies = Object.fromEntries(scenarios.map((s) => [s.id, loadStrategies(s)]));
  const started = performance.now();
  const report = runCalibration({ scenarios, policies, record: loadLaunchRecord(), runs });
  process.stdout.write(calibrationTables(report));
  const failed = report.bands.filter((b) => !b.pass);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\n${report.bands.length - failed.length} of ${report.bands.length} bands held (${runs} games a batch, ${seconds} s)\n`,
  );
  if (values.json) writeFileSync(values.json as string, `${JSON.stringify(report, null, 2)}\n`);
  for (const b of failed)
    process.stderr.write(
      `missed: ${b.id} (${b.scenario}, ${b.lens}): ${b.value} not in ${b.lo} … ${b.hi}\n`,
    );
  return failed.length > 0 ? 1 : 0;
});
