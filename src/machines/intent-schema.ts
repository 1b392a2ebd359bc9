import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { z } from 'zod/mini';
import { CAPITALS } from '../model/ids';
import { LoggedIntentSchema, MAX_ID_LENGTH, MAX_RATIONALE_LENGTH } from '../protocol/intents';
import type { Seat } from '../protocol/seat';
import { SEATS } from '../protocol/seat';

// The schema every event to the game and to a capital's turn must pass before any guard or
// action reads it: the protocol's intents (as the host stamps them) and the turn actors' reports.

const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const Capital = z.enum(CAPITALS, { error: 'No such capital' });
// A decision as a turn actor holds it: a team's (its rationale a line of text), or the AI's when
// it decides for a team whose time ran out (its rationale its reasons, bounded all the same).
const Text = z.string().check(z.maxLength(4000));
const DecisionSchema = z.strictObject({
  optionId: Id,
  by: z.enum(['human', 'ai']),
  rationale: z.optional(
    z.union([
      z.string().check(z.maxLength(MAX_RATIONALE_LENGTH)),
      z.strictObject({
        considerations: z.array(Text).check(z.maxLength(100)),
        claims: z.array(Id).check(z.maxLength(100)),
        unpressed: z.optional(z.literal(true)),
        text: z.optional(Text),
      }),
    ]),
  ),
});
const only = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });

/** The reports a capital's turn actor sends its game. */
const TurnReportSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('turn.selected'),
    capital: Capital,
    decision: z.nullable(DecisionSchema),
  }),
  z.strictObject({
    type: z.literal('turn.committed'),
    capital: Capital,
    decision: z.nullable(DecisionSchema),
  }),
  z.strictObject({ type: z.literal('turn.revised'), capital: Capital }),
]);

/** Every event the game machine accepts, parsed before the machine reads it. */
export const GameEventSchema = z.union([LoggedIntentSchema, TurnReportSchema]);

/** Every event a capital's turn accepts, parsed before the turn reads it. */
export const CapitalTurnEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('turn.open'),
    round: z.int().check(z.minimum(0), z.maximum(1000)),
  }),
  z.strictObject({ type: z.literal('policy.select'), decision: DecisionSchema }),
  only('policy.commit'),
  only('policy.revise'),
  only('round.lock'),
]);

/** The event a malformed intent becomes inside the game: it is refused and changes nothing. */
export interface MalformedIntent {
  type: 'intent.malformed';
  reason: string;
  /** The seat it claimed, when that much of it was readable (its refusal goes there). */
  seat: Seat | null;
}

/** Why an event does not fit a schema, in a line (never echoing a long value); null if it fits. */
export function eventProblem(schema: z.ZodMiniType, event: unknown): string | null {
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    return 'not an object with a type';
  const type: unknown = (event as { type?: unknown }).type;
  if (typeof type !== 'string') return 'its type is not a string';
  const result = schema.safeParse(event);
  if (result.success) return null;
  const name = type.length > 40 ? `${type.slice(0, 40)}…` : type;
  // A union reports "no member matched"; the member of the event's own type says where.
  const issue = result.error.issues[0];
  const inner = (issue as { errors?: { path: PropertyKey[]; message: string }[][] } | undefined)
    ?.errors;
  // (A member that does not know the type fails at `type`: the one that knows it says where.)
  const own = inner?.find((errors) => errors[0] && errors[0].path[0] !== 'type');
  const detail = own?.[0] ?? inner?.flat()[0] ?? issue;
  if (!detail) return `unknown intent "${name}"`;
  const where = detail.path.map(String).join('.') || 'intent';
  return `"${name}": ${where}: ${detail.message}`;
}

/** The seat a malformed event claimed, if it names one. */
export function claimedSeat(event: unknown): Seat | null {
  const seat = (event as { seat?: unknown } | null)?.seat;
  return typeof seat === 'string' && (SEATS as readonly string[]).includes(seat)
    ? (seat as Seat)
    : null;
}

/**
 * Put a schema in front of a machine: every event that reaches its `transition` (which is the
 * only way into an actor made from it, whoever made the actor: a host, drive-game, a test, a
 * server) is parsed first. A well-formed event goes on unchanged (the very same object: a turn
 * report is recognised by the identity of its decision); a malformed one is replaced by what
 * `onMalformed` makes of it, or, if that is null, dropped with the snapshot unchanged.
 * `xstate.stop` is XState's own, how `actor.stop()` reaches the machine; every other `xstate.*`
 * event is refused, so a forged error report cannot take the game down.
 */
export function gateEvents<TMachine extends AnyStateMachine>(
  machine: TMachine,
  schema: z.ZodMiniType,
  onMalformed: (reason: string, event: unknown) => MalformedIntent | null,
): TMachine {
  const transition = machine.transition.bind(machine);
  machine.transition = (snapshot, event, scope) => {
    if ((event as { type?: unknown } | null)?.type === 'xstate.stop')
      return transition(snapshot, event, scope);
    const reason = eventProblem(schema, event);
    if (reason === null) return transition(snapshot, event, scope);
    const replacement = onMalformed(reason, event);
    return replacement ? transition(snapshot, replacement as never, scope) : snapshot;
  };
  return machine;
}

/**
 * Send anything at all to an actor, as a host does with what arrives from a client. The gate
 * inside the machine refuses whatever is malformed, but XState itself cannot take a non-object:
 * it reads `.type` of null after the transition and wedges the actor's mailbox for good. So a
 * non-object goes to the gate as an empty array, which it refuses as not an object.
 */
export function sendEvent(actor: AnyActorRef, event: unknown): void {
  const object = typeof event === 'object' && event !== null;
  // An actor stops itself after any event typed 'xstate.stop', whatever its machine made of it:
  // a forged one goes to the gate under another type, so it is refused like any unknown intent.
  const forgedStop = object && (event as { type?: unknown }).type === 'xstate.stop';
  actor.send(
    (forgedStop ? { ...event, type: '(forged) xstate.stop' } : object ? event : []) as never,
  );
}
