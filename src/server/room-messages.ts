import type { CapitalId } from '../model/ids';
import type { Controller } from '../model/state';
import type { ClientMessages, RoomRefusal } from '../protocol/classroom';
import {
  dropMember,
  MAX_TEAM_SIZE,
  makeCaptain,
  placeMember,
  type RoomMeta,
  type StoredMember,
  teamOf,
} from './room-state';

// The room's own messages (every type but `intent`), applied to its metadata: rights first, then
// the change. Pure, apart from changing `meta`: the room persists and broadcasts afterwards.

/** A room message's type. */
export type RoomMessageType = Exclude<keyof ClientMessages, 'intent'>;

/** What applying a room message did: its refusal (or null), and members to disconnect. */
export interface RoomMessageResult {
  refusal: RoomRefusal | null;
  removed?: StoredMember;
}

const refused = (refusal: RoomRefusal): RoomMessageResult => ({ refusal });
const done: RoomMessageResult = { refusal: null };

/** Apply one room message from a member. */
export function applyRoomMessage<T extends RoomMessageType>(
  meta: RoomMeta,
  controllers: Record<CapitalId, Controller>,
  sender: StoredMember,
  type: T,
  payload: ClientMessages[T],
): RoomMessageResult {
  if (type === 'team.join') {
    if (sender.role !== 'student') return refused({ code: 'no-seat' });
    const { capital } = payload as ClientMessages['team.join'];
    return placeChecked(meta, controllers, sender, capital, true);
  }
  if (sender.role !== 'facilitator') return refused({ code: 'not-facilitator' });
  switch (type) {
    case 'member.move': {
      const { memberId, capital } = payload as ClientMessages['member.move'];
      const member = studentById(meta, memberId);
      if (!member) return refused({ code: 'no-such-member', memberId });
      return placeChecked(meta, controllers, member, capital, false);
    }
    case 'member.remove': {
      const { memberId } = payload as ClientMessages['member.remove'];
      const member = meta.members.find((m) => m.id === memberId && m.role !== 'facilitator');
      if (!member) return refused({ code: 'no-such-member', memberId });
      dropMember(meta, member);
      return { refusal: null, removed: member };
    }
    case 'member.captain': {
      const { memberId } = payload as ClientMessages['member.captain'];
      const member = studentById(meta, memberId);
      if (!member?.capital) return refused({ code: 'no-such-member', memberId });
      makeCaptain(meta, member);
      return done;
    }
    case 'room.lock':
      meta.locked = (payload as ClientMessages['room.lock']).locked;
      return done;
    case 'room.commitRule':
      meta.commitRule = (payload as ClientMessages['room.commitRule']).rule;
      return done;
  }
  return refused({ code: 'unknown-message', type });
}

function studentById(meta: RoomMeta, memberId: string): StoredMember | undefined {
  return meta.members.find((m) => m.id === memberId && m.role === 'student');
}

/** Put a student on a team, with the checks a student's own request meets (lock, AI, size). */
function placeChecked(
  meta: RoomMeta,
  controllers: Record<CapitalId, Controller>,
  member: StoredMember,
  capital: CapitalId | null,
  bySelf: boolean,
): RoomMessageResult {
  if (bySelf && meta.locked) return refused({ code: 'room-locked' });
  if (capital) {
    if (controllers[capital] === 'ai') return refused({ code: 'played-by-ai', capital });
    if (member.capital !== capital && teamOf(meta, capital).length >= MAX_TEAM_SIZE)
      return refused({ code: 'team-full', capital });
  }
  placeMember(meta, member, capital);
  return done;
}
