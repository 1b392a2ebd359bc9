import { z } from 'zod/mini';
import { CAPITALS, type CapitalId } from './ids';

/** Longest class name ("10B History"). */
export const MAX_CLASS_LENGTH = 40;
/** Longest team name ("Team Washington: Aiko, Ben"). */
export const MAX_TEAM_LENGTH = 80;

/**
 * The characters a label may hold: letters (any script), digits, spaces and everyday
 * punctuation. No control or formatting characters (a right-to-left override could disguise a
 * file name), no markup, no line breaks (a label sits on one line of a table or a file name).
 */
const LABEL_CHARACTERS = /^[\p{L}\p{M}\p{N} .,:;'’()&/+#!?–-]*$/u;

function labelText(what: string, max: number) {
  return z.string().check(
    z.minLength(1, { error: `${what} must not be empty (leave it out instead)` }),
    z.maxLength(max, { error: `${what} must be at most ${max} characters` }),
    z.regex(LABEL_CHARACTERS, {
      error: `${what} may hold only letters, digits, spaces and . , : ; ' ( ) & / + # ! ? -`,
    }),
    z.refine((text) => text.trim() === text && !text.includes('  '), {
      error: `${what} must not start or end with a space, nor hold two in a row`,
    }),
  );
}

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const LabelDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'the date must be written YYYY-MM-DD' }),
  z.refine(
    (text) => {
      const day = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
    },
    { error: 'the date must be a day of the calendar' },
  ),
);

const TeamName = labelText('a team name', MAX_TEAM_LENGTH);

/**
 * What a teacher files a game under: the class, the day it was played, and a name per human
 * team. All optional; bounded here, where a record is read, so no screen or file name has to
 * guard against a label again.
 */
export const GameLabelsSchema = z.strictObject({
  className: z.optional(labelText('the class', MAX_CLASS_LENGTH)),
  date: z.optional(LabelDateSchema),
  teams: z.optional(
    z.strictObject(
      Object.fromEntries(CAPITALS.map((c) => [c, z.optional(TeamName)])) as Record<
        CapitalId,
        z.ZodMiniOptional<typeof TeamName>
      >,
    ),
  ),
});
/** A game's labels: class, date, team names. */
export type GameLabels = z.infer<typeof GameLabelsSchema>;

/** Labels as a form gives them: blanks left out; null when nothing is left. */
export function labelsOf(input: {
  className?: string;
  date?: string;
  teams?: Partial<Record<CapitalId, string>>;
}): GameLabels | null {
  const clean = (text: string | undefined) => text?.trim().replace(/\s+/g, ' ') || undefined;
  const teams: Partial<Record<CapitalId, string>> = {};
  for (const c of CAPITALS) {
    const name = clean(input.teams?.[c]);
    if (name) teams[c] = name;
  }
  const className = clean(input.className);
  const date = clean(input.date);
  const labels: GameLabels = {
    ...(className ? { className } : {}),
    ...(date ? { date } : {}),
    ...(Object.keys(teams).length > 0 ? { teams } : {}),
  };
  return Object.keys(labels).length > 0 ? labels : null;
}
