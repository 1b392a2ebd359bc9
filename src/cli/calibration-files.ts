import { join } from 'node:path';
import type { RecordEvent } from '../history/record-schema';
import type { Scenario } from '../model/schema';
import { readText, SCENARIO_DIR } from '../scenario/files';
import { loadLaunchRecord as parseLaunchRecord, RECORD_FILES } from '../scenario/record';
import { formatError } from '../scenario/result';
import { STRATEGIES, type StrategyPolicies } from '../sim/calibrate/strategies';
import { loadPolicy } from './policy-file';

/** The policy file of a scenario's strategy: scenarios/policies/<scenario>.<strategy>.json. */
export function policyPath(scenarioId: string, strategy: string, dir = SCENARIO_DIR): string {
  return join(dir, 'policies', `${scenarioId}.${strategy}.json`);
}

/** Every strategy's policy for a scenario, each checked against the scenario's options. */
export function loadStrategies(scenario: Scenario, dir = SCENARIO_DIR): StrategyPolicies {
  const out = {} as StrategyPolicies;
  for (const strategy of STRATEGIES)
    out[strategy] = loadPolicy(policyPath(scenario.id, strategy, dir), scenario);
  return out;
}

/** The real launch record (scenarios/record/nk-launches.json), checked by its schema. */
export function loadLaunchRecord(dir = SCENARIO_DIR): RecordEvent[] {
  const file = join(dir, RECORD_FILES.launches);
  const text = readText(file);
  const loaded = text.ok ? parseLaunchRecord(text.value, file) : text;
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  return [...loaded.value.events];
}
