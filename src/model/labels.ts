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

/** Which label a problem is with. */
export type LabelField = 'class' | 'team';

/**
 * What is wrong with a game's labels, as a code a page words in its own language (the schema's
 * English messages are for files and the command line).
 */
export type LabelProblem =
  | { problem: 'empty' | 'characters' | 'spaces'; field: LabelField }
  | { problem: 'too-long'; field: LabelField; max: number }
  | { problem: 'date-format' | 'date-day' }
  /** A record names a team for a capital the AI plays. */
  | { problem: 'ai-team' }
  /** Not labels this version reads (a wrong type, an unknown key). */
  | { problem: 'other' };

/** What is wrong with a class name or a team name (the schema's checks, in its order), or null. */
function labelTextProblem(text: string, field: LabelField): LabelProblem | null {
  const max = field === 'class' ? MAX_CLASS_LENGTH : MAX_TEAM_LENGTH;
  if (text.length === 0) return { problem: 'empty', field };
  if (text.length > max) return { problem: 'too-long', field, max };
  if (!LABEL_CHARACTERS.test(text)) return { problem: 'characters', field };
  if (text.trim() !== text || text.includes('  ')) return { problem: 'spaces', field };
  return null;
}

/**
 * The problem a schema issue about labels stands for: `path` is the issue's path inside the
 * labels (['className'], ['teams', 'us'], …), `code` its Zod code. Worked out from the value,
 * with the schema's own checks, so the page says exactly what the schema refused.
 */
export function labelProblemOf(
  labels: unknown,
  issue: { path: readonly PropertyKey[]; code?: string },
): LabelProblem {
  const [where, capital] = issue.path;
  const object = (value: unknown) =>
    value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>) : {};
  const value =
    where === 'teams' && capital !== undefined
      ? object(object(labels).teams)[capital]
      : where !== undefined
        ? object(labels)[where]
        : undefined;
  if (where === 'date' && typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? { problem: 'date-day' } : { problem: 'date-format' };
  if (where === 'className' && typeof value === 'string')
    return labelTextProblem(value, 'class') ?? { problem: 'other' };
  if (where === 'teams' && capital !== undefined && typeof value === 'string')
    return labelTextProblem(value, 'team') ?? { problem: 'other' };
  if (where === 'teams' && capital === undefined && issue.code === 'custom')
    return { problem: 'ai-team' };
  return { problem: 'other' };
}
