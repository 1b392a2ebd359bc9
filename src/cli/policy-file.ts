import { type Policy, PolicySchema, unknownPolicyOptions } from '../model/policy';
import type { Scenario } from '../model/schema';
import { readText } from '../scenario/files';
import { parseWith } from '../scenario/load';
import { formatError, parseJsonText } from '../scenario/result';
import { UsageError } from './args';

/**
 * Read a policy file for a scenario: JSON, the policy schema, and every option id one the
 * scenario has for that capital. Problems become one UsageError naming the file.
 */
export function loadPolicy(file: string, scenario: Scenario): Policy {
  const read = readText(file);
  if (!read.ok) throw new UsageError(read.errors.map(formatError).join('; '));
  const json = parseJsonText(read.value, file);
  const parsed = json.ok ? parseWith(PolicySchema, json.value, file) : json;
  if (!parsed.ok) throw new UsageError(parsed.errors.map(formatError).join('; '));
  const unknown = unknownPolicyOptions(scenario, parsed.value);
  if (unknown.length > 0) {
    throw new UsageError(`${file}: options not in ${scenario.id}: ${unknown.join(', ')}`);
  }
  return parsed.value;
}
