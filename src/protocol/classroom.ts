import { z } from 'zod/mini';
import { CAPITALS, type CapitalId } from '../model/ids';
import type { GameLabels } from '../model/labels';
import type { GameClient } from './client';
import { type IntentBody, MAX_ID_LENGTH } from './intents';
import type { Ack } from './refusals';
import type { Seat } from './seat';
import type { GameSetup } from './setup';
import type { SeatView } from './view';

// The networked classroom's wire protocol: what a device and the classroom server say to each
// other inside a Colyseus room, beside the game's own intents, acks and views. Pure TypeScript
// and zod/mini, shared by the page and the server. docs/protocol.md describes it for anyone
// writing another client.

/** The Colyseus room type every classroom game is hosted in. */
export const ROOM_NAME = 'classroom';

/**
 * The cookie the classroom server sets on the game's files: a page that has it was served by a
 * classroom server and may ask for its health; a page from a plain web server or a USB stick has
 * none and asks nothing (no request outside its folder, no 404 in the console).
 */
export const CLASSROOM_COOKIE = 'overflight-classroom=1';

/** The letters a room code is made of: no 0/O, no 1/I, so a code read off a projector is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** How many characters a room code has. */
export const CODE_LENGTH = 5;
/** Shortest secret a device may make itself (a join id or a key): 128 bits in base64url. */
export const MIN_SECRET_LENGTH = 22;
/** Longest display name a student may give (longer is refused, not cut). */
export const MAX_NAME_LENGTH = 32;
/** Most rooms one facilitator's console runs at once (a class split into groups). */
export const MAX_ROOMS_PER_CONSOLE = 8;
/** Most members one room admits (a class of forty, the teacher and projectors, with room). */
export const MAX_MEMBERS = 64;

/** Whether a string is a well-formed room code (upper case, from the alphabet). */
export function isRoomCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** A code as a person typed it: upper-cased, spaces and dashes dropped. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Who may commit a team's decision in a room: any member, or only its captain. */
export type CommitRule = 'any' | 'captain';

/** How a device joins a room, given as Colyseus join options. */
export type JoinOptions =
  /** The teacher's console: the facilitator's key, kept in the teacher's browser only. */
  | { as: 'facilitator'; key: string }
  /**
   * A student: a display name, the seat token of an earlier visit to take that seat again, and
   * the device's join id (a secret the device made and kept before its first join): a join
   * again with it (its `welcome` lost to a drop, or sent twice) is the same member.
   */
  | { as: 'student'; name: string; token?: string; device?: string }
  /** A projector: sees the public view, sends nothing. */
  | { as: 'projector' };

/** How the teacher's console creates a room (Colyseus create options). */
export interface CreateOptions {
  as: 'facilitator';
  scenarioId: string;
  setup: GameSetup;
  /** Who may commit for a team (default: any member). */
  commitRule?: CommitRule;
  labels?: GameLabels;
  /** The facilitator's key, made by the creating device (else the server makes it). */
  key?: string;
}

/** One person (or screen) in a room, as others may see them. */
export interface MemberView {
  id: string;
  /** The display name as typed: every screen escapes it (it is never HTML). */
  name: string;
  role: 'student' | 'facilitator' | 'projector';
  /** The team a student is on, or null while unplaced. */
  capital: CapitalId | null;
  captain: boolean;
  connected: boolean;
}

/** A member's proposal for their team: which option, and why. */
export interface Proposal {
  capital: CapitalId;
  memberId: string;
  name: string;
  optionId: string;
  rationale: string;
}

/**
 * The room around the game, as one device sees it: who is in it, the team's proposals (a team
 * sees its own; the facilitator every team's; a projector none), and the facilitator's settings.
 */
export interface RoomView {
  code: string;
  scenarioId: string;
  locked: boolean;
  commitRule: CommitRule;
  /** This device: its member id and seat (null for a student not yet on a team). */
  you: { memberId: string; seat: Seat | null; name: string };
  members: MemberView[];
  proposals: Proposal[];
}

/** What the server sends a device once it has joined (only to that device). */
export interface Welcome {
  code: string;
  memberId: string;
  /** The seat token to come back to this seat with (students); never another member's. */
  token?: string;
  /** The facilitator's key, to the device that created the room only. */
  key?: string;
}

/** Why the room (not the game) refused a message: a code and its parameters, never a sentence. */
export type RoomRefusal =
  /** The message failed its schema; `reason` says where, for a developer's log. */
  | { code: 'malformed'; reason: string }
  | { code: 'unknown-message'; type: string }
  | { code: 'too-large'; limit: number }
  | { code: 'rate-limited'; retryMs: number }
  | { code: 'not-facilitator' }
  /** A student not yet on a team sent an intent. */
  | { code: 'no-seat' }
  | { code: 'room-locked' }
  | { code: 'no-such-member'; memberId: string }
  | { code: 'captain-only'; capital: CapitalId }
  | { code: 'team-full'; capital: CapitalId }
  | { code: 'played-by-ai'; capital: CapitalId };

/**
 * Every message a device may send a room, by type (the payload is `room.send(type, payload)`).
 * Room messages (all but `intent`) may carry a `ref` of up to 64 characters, echoed in the reply.
 */
export interface ClientMessages {
  /** An intent of the game as this device's seat; the server fills in the seat, never the client. */
  intent: { id: string; body: IntentBody };
  /** A student joins a team (refused while the room is locked). */
  'team.join': { capital: CapitalId };
  /** Facilitator: place a student on a team, or take them off (null). */
  'member.move': { memberId: string; capital: CapitalId | null };
  /** Facilitator: remove a student from the room (their token stops working). */
  'member.remove': { memberId: string };
  /** Facilitator: make a member their team's captain. */
  'member.captain': { memberId: string };
  /** Facilitator: lock the room (no new students, no team changes) or open it. */
  'room.lock': { locked: boolean };
  /** Facilitator: who may commit for a team. */
  'room.commitRule': { rule: CommitRule };
}

/** Every message the server sends a device. */
export interface ServerMessages {
  welcome: Welcome;
  /** This device's view of the game (sent whole after every change). */
  view: SeatView;
  /** This device's view of the room. */
  room: RoomView;
  /** The answer to an `intent`, by its id. */
  ack: Ack;
  /**
   * The answer to a room message (every type but `intent`): its `ref` as sent, and its refusal or
   * null once applied. A message the server cannot read at all is answered with ref ''.
   */
  reply: { ref: string; type: string; refusal: RoomRefusal | null };
}

const Capital = z.enum(CAPITALS);
const MemberId = z.string().check(z.minLength(1), z.maxLength(64));
const Ref = { ref: z.optional(z.string().check(z.maxLength(64))) };

/** The schema of each client message's payload, by type. */
export const CLIENT_MESSAGE_SCHEMAS = {
  intent: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
    // The body is checked by the game's own intent schema once the server adds the seat.
    body: z.looseObject({ type: z.string().check(z.maxLength(64)) }),
  }),
  'team.join': z.strictObject({ capital: Capital, ...Ref }),
  'member.move': z.strictObject({ memberId: MemberId, capital: z.nullable(Capital), ...Ref }),
  'member.remove': z.strictObject({ memberId: MemberId, ...Ref }),
  'member.captain': z.strictObject({ memberId: MemberId, ...Ref }),
  'room.lock': z.strictObject({ locked: z.boolean(), ...Ref }),
  'room.commitRule': z.strictObject({ rule: z.enum(['any', 'captain']), ...Ref }),
} as const;

/** A client message's type. */
export type ClientMessageType = keyof ClientMessages;

/** Every client message type, in one list. */
export const CLIENT_MESSAGE_TYPES = Object.keys(CLIENT_MESSAGE_SCHEMAS) as ClientMessageType[];

/** The schema of the join options a device gives. */
export const JoinOptionsSchema: z.ZodMiniType<JoinOptions> = z.discriminatedUnion('as', [
  z.strictObject({
    as: z.literal('facilitator'),
    key: z.string().check(z.minLength(16), z.maxLength(128)),
  }),
  z.strictObject({
    as: z.literal('student'),
    name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
    token: z.optional(z.string().check(z.minLength(16), z.maxLength(128))),
    device: z.optional(z.string().check(z.minLength(MIN_SECRET_LENGTH), z.maxLength(128))),
  }),
  z.strictObject({ as: z.literal('projector') }),
]) as never;

/** Where a device's connection to its room stands (shown on every networked screen). */
export type ConnectionStatus =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  /** The facilitator removed this device's member: it stops, and its token no longer works. */
  | 'removed';

/**
 * A device's seat in a networked room: the game client the board already speaks to (view,
 * subscribe, send), plus the room around it. The page's implementation talks to the server with
 * the Colyseus SDK (src/client/remote-game.ts); a test may give the board a fake one.
 */
export interface ClassroomClient extends GameClient {
  readonly code: string;
  /** This device's view of the room now. */
  room(): RoomView;
  /** Hear of every new view of the room; returns the way to stop listening. */
  subscribeRoom(listener: (room: RoomView) => void): () => void;
  /** The connection now. */
  status(): ConnectionStatus;
  /** Hear when the connection changes (lost, reconnecting, back). */
  subscribeStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Send a room message; resolves with its refusal, or null once the server has applied it. */
  sendRoom<T extends Exclude<ClientMessageType, 'intent'>>(
    type: T,
    payload: ClientMessages[T],
  ): Promise<RoomRefusal | null>;
  /** Leave the room for good (a student's token is forgotten by this device). */
  leave(): Promise<void>;
}
