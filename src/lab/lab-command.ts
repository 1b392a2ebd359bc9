import { z } from 'zod/mini';
import { type PolicyEntry, policyEntryProblems } from '../model/policy';
import { MAX_SEED } from '../model/rng';
import { type LabCommand, MAX_GAMES } from './lab-run';

/** Longest id or lens name a request may carry: content ids are a few dozen characters. */
export const MAX_ID_LENGTH = 200;

const Id = z
  .string()
  .check(z.maxLength(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters` }));
// A capital's entry, as a policy file holds it, checked by the model's own rules (bounded).
const Entry = z.custom<PolicyEntry>().check(
  z.superRefine((value, ctx) => {
    for (const problem of policyEntryProblems(value))
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: value });
  }),
);
const StrategySchema = z.strictObject({
  fixed: z.strictObject({
    northKorea: z.optional(Entry),
    us: z.optional(Entry),
    japan: z.optional(Entry),
    southKorea: z.optional(Entry),
  }),
  lens: Id,
});

const RunId = z.int({ error: 'must be a whole number' }).check(z.minimum(0));

const LabRequestSchema = z
  .strictObject({
    scenarioId: Id,
    turnOrder: z.enum(['sealed', 'sequential'], { error: 'must be "sealed" or "sequential"' }),
    runs: z
      .int({ error: `must be a whole number from 1 to ${MAX_GAMES}` })
      .check(
        z.minimum(1, { error: `must be a whole number from 1 to ${MAX_GAMES}` }),
        z.maximum(MAX_GAMES, { error: `must be a whole number from 1 to ${MAX_GAMES}` }),
      ),
    seed: z
      .int({ error: `must be a whole number from 0 to ${MAX_SEED}` })
      .check(z.minimum(0, { error: `must be a whole number from 0 to ${MAX_SEED}` })),
    a: StrategySchema,
    b: z.optional(StrategySchema),
  })
  .check(
    // Every game's seed, seed … seed + runs − 1, must be one the generator tells apart.
    z.refine((request) => request.seed + request.runs - 1 <= MAX_SEED, {
      error: `is too large: the last game's seed (first seed + games − 1) must be at most ${MAX_SEED}`,
      path: ['seed'],
    }),
  );

/** Every message the lab worker takes: one schema, bounded in every number and length. */
export const LabCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('run'), runId: RunId, request: LabRequestSchema }),
  z.strictObject({ type: z.literal('cancel'), runId: RunId }),
]);

/** The runId of a message, if it has a usable one (so even a refusal reaches its run). */
function runIdOf(data: unknown): number | null {
  const runId = (data as { runId?: unknown } | null)?.runId;
  return Number.isSafeInteger(runId) && (runId as number) >= 0 ? (runId as number) : null;
}

const KINDS: Record<string, string> = {
  string: 'text',
  object: 'a set of settings',
  int: 'a whole number',
  number: 'a number',
};

/** Zod's wording for a few kinds of problem, put in plain words (a field's own words win). */
function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined) return 'is missing';
  if (issue.code === 'invalid_type') return `must be ${KINDS[issue.expected] ?? issue.expected}`;
  if (issue.code === 'unrecognized_keys')
    return `has settings the lab does not know (${issue.keys.join(', ')})`;
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value')
    return 'is not one the lab knows';
  return undefined;
}

/** A message to the worker read as a command, or why not in plain words (with its runId). */
export function parseCommand(
  data: unknown,
): { ok: true; command: LabCommand } | { ok: false; runId: number | null; message: string } {
  const parsed = LabCommandSchema.safeParse(data, { error: plainWords });
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the message';
  return {
    ok: false,
    runId: runIdOf(data),
    message: `The lab could not read its request: ${where} ${issue?.message ?? 'is wrong'}.`,
  };
}
