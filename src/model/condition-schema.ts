import { z } from 'zod';
import { CAPITALS, INDICATORS } from './ids';
import { LAUNCH_KINDS, type LaunchKind } from './launches';

/** Which decisions a condition looks for: any of capital, option id and option tag. */
export const ChoiceMatchSchema = z.strictObject({
  capital: z.enum(CAPITALS).optional(),
  option: z.string().optional(),
  tag: z.string().optional(),
});
/** Which decisions a condition looks for. */
export type ChoiceMatch = z.infer<typeof ChoiceMatchSchema>;

const BoundsSchema = z.strictObject({
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
});

/**
 * A condition over the world state, this round's decisions and recent history.
 * Written as an object with exactly one key, e.g. `{ "indicator": ..., "atLeast": 60 }`
 * or `{ "all": [ ... ] }`.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { indicator: (typeof INDICATORS)[number]; atLeast?: number; atMost?: number }
  | { chose: ChoiceMatch }
  | { recent: ChoiceMatch & { within: number; atLeast?: number } }
  | { round: { atLeast?: number; atMost?: number } }
  | { eventRecent: { event: string; within: number } }
  | { launched: { kind: LaunchKind; within: number; atLeast?: number } }
  | { lens: string[] };

/** The schema of each kind of condition, by its one key. */
const BRANCHES: Record<string, () => z.ZodType> = {
  all: () => z.strictObject({ all: z.array(ConditionSchema).min(1) }),
  any: () => z.strictObject({ any: z.array(ConditionSchema).min(1) }),
  not: () => z.strictObject({ not: ConditionSchema }),
  indicator: () =>
    z.strictObject({
      indicator: z.enum(INDICATORS),
      atLeast: z.number().min(0).max(100).optional(),
      atMost: z.number().min(0).max(100).optional(),
    }),
  chose: () => z.strictObject({ chose: ChoiceMatchSchema }),
  recent: () =>
    z.strictObject({
      recent: ChoiceMatchSchema.extend({
        within: z.number().int().min(1).max(99),
        atLeast: z.number().int().min(1).optional(),
      }),
    }),
  round: () => z.strictObject({ round: BoundsSchema }),
  eventRecent: () =>
    z.strictObject({
      eventRecent: z.strictObject({ event: z.string(), within: z.number().int().min(0).max(99) }),
    }),
  lens: () => z.strictObject({ lens: z.array(z.string()).min(1) }),
  launched: () =>
    z.strictObject({
      launched: z.strictObject({
        kind: z.enum(LAUNCH_KINDS),
        within: z.number().int().min(1).max(99),
        atLeast: z.number().int().min(1).optional(),
      }),
    }),
};

/**
 * Zod schema of Condition (recursive). It dispatches on the condition's key, so an author
 * who mistypes one sees which kind of condition was meant and what is wrong inside it,
 * rather than a bare "invalid input".
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.custom<Condition>().superRefine((value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a condition is an object such as { "indicator": "regionalTension", "atLeast": 60 }',
      });
      return;
    }
    const keys = Object.keys(value);
    const key = keys.find((k) => k in BRANCHES);
    if (!key) {
      const got = keys.length ? keys.join(', ') : 'no keys';
      ctx.addIssue({
        code: 'custom',
        message: `not a condition: expected one of ${Object.keys(BRANCHES).join(', ')} (got ${got})`,
      });
      return;
    }
    const result = (BRANCHES[key] as () => z.ZodType)().safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  }),
);
