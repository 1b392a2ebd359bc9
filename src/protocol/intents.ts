import { z } from 'zod/mini';
import { CAPITALS, type CapitalId } from '../model/ids';
import type { Seat } from './seat';

// The intents every side speaks: a team, the facilitator and (one day) a server all send these,
// parsed by one schema before anything acts on them. Pure TypeScript and zod/mini, so the board,
// the machines and a server share them.

/** Longest id (option, event card, lens, intent) an intent may carry. */
export const MAX_ID_LENGTH = 120;
/** Longest rationale a team may send: what the decision dock and the record hold. */
export const MAX_RATIONALE_LENGTH = 280;
/** The shortest and longest round timer a facilitator may set, in seconds. */
export const TIMER_SECONDS = { min: 10, max: 2 * 60 * 60 } as const;
/** The last round number an intent may name (scenarios run a dozen rounds or so). */
export const MAX_ROUND = 1000;
/** Latest time an intent may be stamped with (ms since 1970; the year 2286). */
const MAX_TIME = 10_000_000_000_000;

/** What a facilitator's round timer does when time is up. */
export type TimeUpRule =
  /** The AI decides for every team that has not committed. */
  | 'ai-decides'
  /** A team's current selection is committed; the AI decides for a team with none. */
  | 'selection-stands'
  /** Nothing is forced: the round waits, and everyone sees that time is up. */
  | 'round-waits';
export const TIME_UP_RULES = ['ai-decides', 'selection-stands', 'round-waits'] as const;

/** What an intent asks for, whoever sends it. */
export type IntentBody =
  | { type: 'game.start' }
  | { type: 'policy.select'; capital: CapitalId; optionId: string; rationale?: string }
  | { type: 'policy.commit'; capital: CapitalId; rationale?: string }
  | { type: 'policy.revise'; capital: CapitalId }
  | { type: 'round.next' }
  | { type: 'facilitator.pause' }
  | { type: 'facilitator.resume' }
  | { type: 'facilitator.inject'; eventId: string }
  | { type: 'facilitator.lens'; lens: string }
  | { type: 'facilitator.timer'; seconds: number | null; atTimeUp: TimeUpRule }
  | { type: 'facilitator.timeUp' }
  | { type: 'facilitator.revealAi'; on: boolean }
  | { type: 'facilitator.rewind'; round: number }
  | { type: 'facilitator.end' };

/** An intent's kind. */
export type IntentType = IntentBody['type'];

/** An intent as a client sends it: who sends it, and an id so that a resend is applied once. */
export type Intent = IntentBody & { id: string; seat: Seat };

/**
 * An intent as the authority applies and records it: its seat, and the time its host received
 * it (the only clock the game knows; it sets the round timer's deadline, so a replay of the
 * record sets the same one).
 */
export type LoggedIntent = IntentBody & { seat: Seat; at: number };

const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const Capital = z.enum(CAPITALS, { error: 'No such capital' });
const Rationale = z.string().check(z.maxLength(MAX_RATIONALE_LENGTH));
const SeatSchema = z.enum([...CAPITALS, 'facilitator', 'observer'], { error: 'No such seat' });
const Round = z.int().check(z.minimum(1), z.maximum(MAX_ROUND));

/** The payload of each intent, by type (extended with the sender's fields below). */
const bodies = {
  'game.start': {},
  'policy.select': { capital: Capital, optionId: Id, rationale: z.optional(Rationale) },
  'policy.commit': { capital: Capital, rationale: z.optional(Rationale) },
  'policy.revise': { capital: Capital },
  'round.next': {},
  'facilitator.pause': {},
  'facilitator.resume': {},
  'facilitator.inject': { eventId: Id },
  'facilitator.lens': { lens: Id },
  'facilitator.timer': {
    seconds: z.nullable(z.int().check(z.minimum(TIMER_SECONDS.min), z.maximum(TIMER_SECONDS.max))),
    atTimeUp: z.enum(TIME_UP_RULES),
  },
  'facilitator.timeUp': {},
  'facilitator.revealAi': { on: z.boolean() },
  'facilitator.rewind': { round: Round },
  'facilitator.end': {},
} as const;

// The payload table and the hand-written union must list the same intents: adding one to either
// and not the other fails the typecheck here.
const typesAgree: [keyof typeof bodies] extends [IntentType]
  ? [IntentType] extends [keyof typeof bodies]
    ? true
    : false
  : false = true;
void typesAgree;

/** Every intent type, in one list. */
export const INTENT_TYPES = Object.keys(bodies) as IntentType[];

// Built from the table, so its static type is loose: the exports below carry the hand-written
// types, which the table is checked against above.
function unionOf<S extends z.core.$ZodLooseShape>(sender: S) {
  const members = Object.entries(bodies).map(([type, shape]) =>
    z.strictObject({ type: z.literal(type), ...shape, ...sender }),
  );
  return z.discriminatedUnion('type', members as unknown as [z.ZodMiniObject, z.ZodMiniObject]);
}

/** An intent from a client: parsed before the host stamps and forwards it. */
export const IntentSchema: z.ZodMiniType<Intent> = unionOf({ id: Id, seat: SeatSchema }) as never;

/** An intent as the record holds it, and as the game machine receives it. */
export const LoggedIntentSchema: z.ZodMiniType<LoggedIntent> = unionOf({
  seat: SeatSchema,
  at: z.int().check(z.minimum(0), z.maximum(MAX_TIME)),
}) as never;
