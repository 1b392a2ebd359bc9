import { z } from 'zod';
import { CAPITALS, INDICATORS } from './ids';

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
  | { lens: string[] };

/** Zod schema of Condition (recursive). */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({
      indicator: z.enum(INDICATORS),
      atLeast: z.number().min(0).max(100).optional(),
      atMost: z.number().min(0).max(100).optional(),
    }),
    z.strictObject({ chose: ChoiceMatchSchema }),
    z.strictObject({
      recent: ChoiceMatchSchema.extend({
        within: z.number().int().min(1).max(99),
        atLeast: z.number().int().min(1).optional(),
      }),
    }),
    z.strictObject({ round: BoundsSchema }),
    z.strictObject({
      eventRecent: z.strictObject({ event: z.string(), within: z.number().int().min(0).max(99) }),
    }),
    z.strictObject({ lens: z.array(z.string()).min(1) }),
  ]),
);
