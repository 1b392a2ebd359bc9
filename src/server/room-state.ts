import { z } from 'zod/mini';
import { CAPITALS, type CapitalId } from '../model/ids';
import { GameLabelsSchema } from '../model/labels';
import { MAX_SEED } from '../model/rng';
import {
  type CommitRule,
  type CreateOptions,
  MAX_NAME_LENGTH,
  type MemberView,
  MIN_SECRET_LENGTH,
  type Proposal,
  type RoomView,
} from '../protocol/classroom';
import type { Seat } from '../protocol/seat';

// What a classroom room keeps beside its game: its members (with the hashes of their tokens),
// the teams' proposals, the lock and the commit rule. Plain JSON, stored with the game's record;
// the functions here are pure, so the room's handlers stay thin.

/** The most students on one team. */
export const MAX_TEAM_SIZE = 12;

/** A member as the server keeps them (a student's token only as its SHA-256). */
export interface StoredMember {
  id: string;
  name: string;
  role: MemberView['role'];
  capital: CapitalId | null;
  captain: boolean;
  tokenHash: string | null;
  /** The SHA-256 of the join id the student's device made (absent in rooms from before it). */
  deviceHash?: string | null;
}

/** A proposal, with the round it was made in (proposals are forgotten when the round changes). */
export interface StoredProposal extends Proposal {
  round: number;
}

/** A room's metadata, stored beside its game record. */
export interface RoomMeta {
  format: 'overflight-classroom-room';
  version: 1;
  code: string;
  scenarioId: string;
  keyHash: string;
  createdAt: number;
  locked: boolean;
  commitRule: CommitRule;
  members: StoredMember[];
  proposals: StoredProposal[];
  /** The seat-and-id keys of intents applied lately: a resend after a restart is applied once. */
  remembered: string[];
}

/** A new room's metadata: its facilitator, no one else yet. */
export function newRoomMeta(
  code: string,
  scenarioId: string,
  keyHash: string,
  commitRule: CommitRule,
  facilitatorId: string,
): RoomMeta {
  const facilitator: StoredMember = {
    id: facilitatorId,
    name: '',
    role: 'facilitator',
    capital: null,
    captain: false,
    tokenHash: null,
  };
  return {
    format: 'overflight-classroom-room',
    version: 1,
    code,
    scenarioId,
    keyHash,
    createdAt: Date.now(),
    locked: false,
    commitRule,
    members: [facilitator],
    proposals: [],
    remembered: [],
  };
}

/** The seat a member's intents are sent as: null for a student on no team and a projector. */
export function seatOf(member: StoredMember): Seat | null {
  if (member.role === 'facilitator') return 'facilitator';
  if (member.role === 'student') return member.capital;
  return null;
}

/** The seat whose view a member receives (a student on no team sees what a projector sees). */
export function viewSeatOf(member: StoredMember): Seat {
  return seatOf(member) ?? 'observer';
}

/** Whether a display name is acceptable: 1–32 characters, no control characters. */
export function nameProblem(name: string): string | null {
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) return 'length';
  // Control characters (C0, DEL, C1) and line or paragraph separators cannot be shown safely.
  if (/[\p{Cc}\u2028\u2029]/u.test(name)) return 'control-character';
  if (name.trim().length === 0) return 'blank';
  return null;
}

/** One room member's view of the room. */
export function roomViewFor(
  meta: RoomMeta,
  memberId: string,
  connected: ReadonlySet<string>,
): RoomView {
  const me = meta.members.find((m) => m.id === memberId);
  const members: MemberView[] = meta.members.map((m) => ({
    id: m.id,
    name: m.name,
    role: m.role,
    capital: m.capital,
    captain: m.captain,
    connected: connected.has(m.id),
  }));
  let proposals: Proposal[] = [];
  if (me?.role === 'facilitator') proposals = meta.proposals.map(publicProposal);
  else if (me?.role === 'student' && me.capital)
    proposals = meta.proposals.filter((p) => p.capital === me.capital).map(publicProposal);
  return {
    code: meta.code,
    scenarioId: meta.scenarioId,
    locked: meta.locked,
    commitRule: meta.commitRule,
    you: { memberId, seat: me ? seatOf(me) : null, name: me?.name ?? '' },
    members,
    proposals,
  };
}

const publicProposal = ({ round: _round, ...p }: StoredProposal): Proposal => p;

/** A team's members. */
export function teamOf(meta: RoomMeta, capital: CapitalId): StoredMember[] {
  return meta.members.filter((m) => m.role === 'student' && m.capital === capital);
}

/**
 * Put a student on a team (or on none): they lose their proposals and their captaincy; the first
 * member of a team becomes its captain.
 */
export function placeMember(meta: RoomMeta, member: StoredMember, capital: CapitalId | null) {
  if (member.capital === capital) return;
  const leaving = member.capital;
  member.capital = capital;
  member.captain = false;
  meta.proposals = meta.proposals.filter((p) => p.memberId !== member.id);
  if (capital && !teamOf(meta, capital).some((m) => m.captain && m !== member))
    member.captain = true;
  if (leaving) ensureCaptain(meta, leaving);
}

/** Take a member out of the room: their proposals go, their team gets another captain. */
export function dropMember(meta: RoomMeta, member: StoredMember) {
  meta.members = meta.members.filter((m) => m !== member);
  meta.proposals = meta.proposals.filter((p) => p.memberId !== member.id);
  if (member.capital) ensureCaptain(meta, member.capital);
}

/** Make a member their team's one captain. */
export function makeCaptain(meta: RoomMeta, member: StoredMember) {
  for (const m of teamOf(meta, member.capital as CapitalId)) m.captain = m === member;
}

function ensureCaptain(meta: RoomMeta, capital: CapitalId) {
  const team = teamOf(meta, capital);
  const first = team[0];
  if (first && !team.some((m) => m.captain)) first.captain = true;
}

/** Record a member's proposal for their team: their latest replaces their earlier one. */
export function propose(meta: RoomMeta, proposal: StoredProposal) {
  meta.proposals = meta.proposals.filter(
    (p) => !(p.memberId === proposal.memberId && p.capital === proposal.capital),
  );
  meta.proposals.push(proposal);
}

const Capital = z.enum(CAPITALS);

/** The schema of the options the teacher's console creates a room with. */
export const CreateOptionsSchema: z.ZodMiniType<CreateOptions> = z.strictObject({
  as: z.literal('facilitator'),
  scenarioId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)),
  setup: z.strictObject({
    seed: z.int().check(z.minimum(0), z.maximum(MAX_SEED)),
    lens: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
    turnOrder: z.enum(['sealed', 'sequential']),
    controllers: z.strictObject(
      Object.fromEntries(CAPITALS.map((c) => [c, z.enum(['human', 'ai'])])) as Record<
        CapitalId,
        z.ZodMiniEnum<{ human: 'human'; ai: 'ai' }>
      >,
    ),
    guided: z.optional(z.boolean()),
    labels: z.optional(GameLabelsSchema),
  }),
  commitRule: z.optional(z.enum(['any', 'captain'])),
  labels: z.optional(GameLabelsSchema),
  key: z.optional(z.string().check(z.minLength(MIN_SECRET_LENGTH), z.maxLength(128))),
}) as never;

/** Whether a capital is a capital id. */
export const isCapital = (value: unknown): value is CapitalId => Capital.safeParse(value).success;
