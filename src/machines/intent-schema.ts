import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { z } from 'zod/mini';
import { CAPITALS } from '../model/ids';
import type { CapitalTurnEvent } from './capital-turn-machine';
import type { GameEvent } from './game-events';

// The schemas every event to the game and to a capital's turn must pass before any guard or
// action reads it. zod/mini, as the record uses, so the board's bundle stays small.

/** Longest id (option, event card, lens) an intent may carry. */
export const MAX_ID_LENGTH = 120;
/** Longest rationale a team may send: what the decision dock and the record hold. */
export const MAX_RATIONALE_LENGTH = 280;
/** The most options a turn can be offered (a scenario has a few dozen at most). */
export const MAX_LEGAL_OPTIONS = 500;
/** The last round a turn can open in (scenarios run a dozen rounds or so). */
export const MAX_ROUND = 1000;

const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const Capital = z.enum(CAPITALS, { error: 'No such capital' });
const Rationale = z.string().check(z.maxLength(MAX_RATIONALE_LENGTH));
// A decision as a turn actor holds it: only a team's, so its rationale is a line of text.
const DecisionSchema = z.strictObject({
  optionId: Id,
  by: z.enum(['human', 'ai']),
  rationale: z.optional(Rationale),
});
const only = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });

/** Every event the game machine accepts, parsed before the machine reads it. */
export const GameEventSchema = z.discriminatedUnion('type', [
  only('game.start'),
  z.strictObject({
    type: z.literal('policy.select'),
    capital: Capital,
    optionId: Id,
    rationale: z.optional(Rationale),
  }),
  z.strictObject({ type: z.literal('policy.commit'), capital: Capital }),
  z.strictObject({ type: z.literal('policy.revise'), capital: Capital }),
  only('round.next'),
  only('facilitator.pause'),
  only('facilitator.resume'),
  z.strictObject({ type: z.literal('facilitator.inject'), eventId: Id }),
  z.strictObject({ type: z.literal('facilitator.lens'), lens: Id }),
  only('facilitator.end'),
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

/** Every event a capital's turn accepts, parsed before the turn reads it. */
export const CapitalTurnEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('turn.open'),
    round: z.int().check(z.minimum(0), z.maximum(MAX_ROUND)),
    legalOptionIds: z.array(Id).check(z.maxLength(MAX_LEGAL_OPTIONS)),
  }),
  z.strictObject({ type: z.literal('policy.select'), decision: DecisionSchema }),
  only('policy.commit'),
  only('policy.revise'),
  only('round.lock'),
]);

// The schemas and the hand-written unions must list the same events, and whatever a schema
// lets through must be a valid event: adding an event or a required field to one and not the
// other fails the typecheck here.
type SameTypes<A extends { type: string }, B extends { type: string }> = [A['type']] extends [
  B['type'],
]
  ? [B['type']] extends [A['type']]
    ? true
    : false
  : false;
const gameEventsAgree: SameTypes<z.infer<typeof GameEventSchema>, GameEvent> = true;
const turnEventsAgree: SameTypes<z.infer<typeof CapitalTurnEventSchema>, CapitalTurnEvent> = true;
const gameEventsFit: GameEvent = {} as z.infer<typeof GameEventSchema>;
const turnEventsFit: CapitalTurnEvent = {} as z.infer<typeof CapitalTurnEventSchema>;
void [gameEventsAgree, turnEventsAgree, gameEventsFit, turnEventsFit];

/** The event a malformed intent becomes inside the game: it only records the refusal. */
export interface MalformedIntent {
  type: 'intent.malformed';
  reason: string;
}

/** Why an event does not fit its schema, in plain words (never echoing a long value). */
export function malformedReason(
  schema: typeof GameEventSchema | typeof CapitalTurnEventSchema,
  event: unknown,
): string | null {
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    return 'Refused a malformed intent: it is not an object with a type.';
  const type: unknown = (event as { type?: unknown }).type;
  if (typeof type !== 'string') return 'Refused a malformed intent: its type is not a string.';
  const result = schema.safeParse(event);
  if (result.success) return null;
  const name = type.length > 40 ? `${type.slice(0, 40)}…` : type;
  const issue = result.error.issues[0];
  if (!issue || (issue.path.length === 1 && issue.path[0] === 'type'))
    return `Refused an unknown intent "${name}".`;
  const where = issue.path.map(String).join('.') || 'intent';
  const detail =
    issue.code === 'unrecognized_keys' ? `unexpected ${issue.keys.join(', ')}` : issue.message;
  return `Refused a malformed "${name}" intent: ${where}: ${detail}.`;
}

/**
 * Put a schema in front of a machine: every event that reaches its `transition` (which is the
 * only way into an actor made from it, whoever made the actor: the board, drive-game, a test, a
 * server) is parsed first. A well-formed event goes on unchanged (the very same object: a turn
 * report is recognised by the identity of its decision); a malformed one is replaced by what
 * `onMalformed` makes of the reason, or, if that is null, dropped with the snapshot unchanged.
 * `xstate.stop` is XState's own, how `actor.stop()` reaches the machine; every other `xstate.*`
 * event is refused, so a forged error report cannot take the game down.
 */
export function gateEvents<TMachine extends AnyStateMachine>(
  machine: TMachine,
  schema: typeof GameEventSchema | typeof CapitalTurnEventSchema,
  onMalformed: (reason: string) => MalformedIntent | null,
): TMachine {
  const transition = machine.transition.bind(machine);
  machine.transition = (snapshot, event, scope) => {
    if ((event as { type?: unknown } | null)?.type === 'xstate.stop')
      return transition(snapshot, event, scope);
    const reason = malformedReason(schema, event);
    if (reason === null) return transition(snapshot, event, scope);
    const replacement = onMalformed(reason);
    return replacement ? transition(snapshot, replacement as never, scope) : snapshot;
  };
  return machine;
}

/**
 * Send anything at all to a game actor, as the board does and a server would. The gate inside
 * the machine refuses whatever is malformed, but XState itself cannot take a non-object: it
 * reads `.type` of null after the transition and wedges the actor's mailbox for good (and the
 * development build throws on a string). So a non-object goes to the gate as an empty array,
 * which it refuses as not an object.
 */
export function sendIntent(actor: AnyActorRef, intent: unknown): void {
  actor.send((typeof intent === 'object' && intent !== null ? intent : []) as never);
}
