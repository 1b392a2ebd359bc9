import { z } from 'zod/mini';
import { type PolicyEntry, policyEntryProblems } from '../model/policy';
import { MAX_SEED } from '../model/rng';
import { type CommandIssue, type LabCommand, MAX_GAMES } from './lab-run';

/** Longest id or lens name a request may carry: content ids are a few dozen characters. */
export const MAX_ID_LENGTH = 200;

// The schema's own refusals carry these ids as their messages; parseCommand turns them into a
// CommandIssue (data), which the page words in its language. No text leaves the worker.
const TOO_LONG = 'lab:tooLong';
const GAMES = 'lab:games';
const SEED = 'lab:seed';
const SEED_TOO_LARGE = 'lab:seedTooLarge';
const TURN_ORDER = 'lab:turnOrder';
const WHOLE = 'lab:int';
const MISSING = 'lab:missing';
const TYPE = 'lab:type';
const UNKNOWN_KEYS = 'lab:unknownKeys';
const UNKNOWN_VALUE = 'lab:unknownValue';

const Id = z.string().check(z.maxLength(MAX_ID_LENGTH, { error: TOO_LONG }));
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

const RunId = z.int({ error: WHOLE }).check(z.minimum(0));

const LabRequestSchema = z
  .strictObject({
    scenarioId: Id,
    turnOrder: z.enum(['sealed', 'sequential'], { error: TURN_ORDER }),
    runs: z
      .int({ error: GAMES })
      .check(z.minimum(1, { error: GAMES }), z.maximum(MAX_GAMES, { error: GAMES })),
    seed: z.int({ error: SEED }).check(z.minimum(0, { error: SEED })),
    a: StrategySchema,
    b: z.optional(StrategySchema),
  })
  .check(
    // Every game's seed, seed … seed + runs − 1, must be one the generator tells apart.
    z.refine((request) => request.seed + request.runs - 1 <= MAX_SEED, {
      error: SEED_TOO_LARGE,
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

/** A few kinds of problem Zod finds by itself, marked for parseCommand (a field's own id wins). */
function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined) return MISSING;
  if (issue.code === 'invalid_type') return TYPE;
  if (issue.code === 'unrecognized_keys') return UNKNOWN_KEYS;
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') return UNKNOWN_VALUE;
  return undefined;
}

/** A Zod issue as a CommandIssue: the id its message carries, with the numbers it needs. */
function issueOf(issue: z.core.$ZodIssue | undefined): CommandIssue {
  const where = issue?.path.length ? issue.path.join('.') : null;
  if (!issue) return { where, id: 'wrong' };
  switch (issue.message) {
    case MISSING:
      return { where, id: 'missing' };
    case TYPE:
      return { where, id: 'type', expected: 'expected' in issue ? String(issue.expected) : '' };
    case WHOLE:
      return { where, id: 'type', expected: 'int' };
    case UNKNOWN_KEYS:
      return { where, id: 'unknownKeys', keys: 'keys' in issue ? [...issue.keys] : [] };
    case UNKNOWN_VALUE:
      return { where, id: 'unknownValue' };
    case TOO_LONG:
      return { where, id: 'tooLong', max: MAX_ID_LENGTH };
    case GAMES:
      return { where, id: 'range', min: 1, max: MAX_GAMES };
    case SEED:
      return { where, id: 'range', min: 0, max: MAX_SEED };
    case SEED_TOO_LARGE:
      return { where, id: 'seedTooLarge', max: MAX_SEED };
    case TURN_ORDER:
      return { where, id: 'turnOrder' };
    default:
      // A policy entry's problem in the model's words, or Zod's own for a bound without an id.
      return issue.message
        ? { where, id: 'detail', detail: issue.message }
        : { where, id: 'wrong' };
  }
}

/** A message to the worker read as a command, or why not, as data (with its runId). */
export function parseCommand(
  data: unknown,
): { ok: true; command: LabCommand } | { ok: false; runId: number | null; issue: CommandIssue } {
  const parsed = LabCommandSchema.safeParse(data, { error: plainWords });
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, runId: runIdOf(data), issue: issueOf(parsed.error.issues[0]) };
}
