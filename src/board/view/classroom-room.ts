import { CAPITAL_NAMES, CAPITALS, type CapitalId } from '../../model/ids';
import type { Controller } from '../../model/state';
import {
  type ConnectionStatus,
  isRoomCode,
  MAX_NAME_LENGTH,
  type MemberView,
  normaliseCode,
  type Proposal,
  type RoomView,
} from '../../protocol/classroom';
import type { JoinProblem } from '../../protocol/classroom-connector';
import type { Seat } from '../../protocol/seat';
import type { CapitalStatus, SeatView } from '../../protocol/view';

// What the networked classroom's screens show, worked out from a seat's view and its room's
// view: plain functions, no DOM, so the screens stay thin and these are tested in Node.

/** A room code as a person typed it, or why it is not one. */
export function codeFromTyped(
  typed: string,
): { ok: true; code: string } | { ok: false; message: string } {
  const code = normaliseCode(typed);
  if (isRoomCode(code)) return { ok: true, code };
  if (code.length === 0) return { ok: false, message: 'Type the code on the board.' };
  if (code.length !== 5) return { ok: false, message: 'A room code has five characters.' };
  return {
    ok: false,
    message: 'A room code has letters and the digits 2–9 only (no O, I, 0 or 1).',
  };
}

/** A display name as typed, trimmed, or why it cannot be one (refused, never cut). */
export function nameFromTyped(
  typed: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, message: 'Type the name your team will see.' };
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, message: `A name has at most ${MAX_NAME_LENGTH} characters.` };
  return { ok: true, name };
}

/** Why joining failed, in the page's words. */
export function joinProblemText(problem: JoinProblem): string {
  switch (problem) {
    case 'no-such-room':
      return 'No room has that code. Check it on the board.';
    case 'room-locked':
      return 'The teacher has locked this room. Ask them to open it.';
    case 'room-full':
      return 'This room is full.';
    case 'bad-name':
      return 'That name cannot be used. Try another.';
    case 'not-facilitator':
      return 'This browser is not the teacher’s for that room.';
    case 'unreachable':
      return 'The classroom server cannot be reached. Check the Wi-Fi and try again.';
  }
}

/** The connection as a screen says it. */
export function connectionText(status: ConnectionStatus): string {
  switch (status) {
    case 'connected':
      return 'Connected';
    case 'connecting':
      return 'Connecting…';
    case 'reconnecting':
      return 'Reconnecting…';
    case 'offline':
      return 'Offline — trying again';
    case 'removed':
      return 'The teacher removed you from this room.';
  }
}

/** The names who proposed each option for a team, in the order they joined the room. */
export function proposalsByOption(room: RoomView, capital: CapitalId): Map<string, string[]> {
  const order = new Map(room.members.map((m, i) => [m.id, i]));
  const mine = room.proposals
    .filter((p) => p.capital === capital)
    .sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0));
  const byOption = new Map<string, string[]>();
  for (const p of mine) byOption.set(p.optionId, [...(byOption.get(p.optionId) ?? []), p.name]);
  return byOption;
}

/** The students on a team (or, with null, those not yet placed), in the order they joined. */
export function teamMembers(room: RoomView, capital: CapitalId | null): MemberView[] {
  return room.members.filter((m) => m.role === 'student' && m.capital === capital);
}

/** Why this device may not commit for its team now (null: it may). */
export function commitGate(room: RoomView, capital: CapitalId): string | null {
  if (room.commitRule !== 'captain') return null;
  const me = room.members.find((m) => m.id === room.you.memberId);
  if (me?.captain) return null;
  const captain = teamMembers(room, capital).find((m) => m.captain);
  return captain
    ? `Only your captain, ${captain.name}, commits for the team. Propose an option instead.`
    : 'Only a captain commits for the team; the teacher has not named one yet.';
}

/** One team's line on the teacher's console. */
export interface TeamRow {
  capital: CapitalId;
  controller: Controller;
  status: CapitalStatus;
  members: MemberView[];
  /** The team's proposals (the facilitator's view holds every team's). */
  proposals: Proposal[];
  /** The team's current choice, as only the facilitator sees it (null: none yet). */
  choice: string | null;
}

/** Every capital's line on the console: who is on the team, what they propose and chose. */
export function teamRows(view: SeatView, room: RoomView): TeamRow[] {
  return CAPITALS.map((capital) => ({
    capital,
    controller: view.controllers[capital],
    status: view.capitals[capital],
    members: teamMembers(room, capital),
    proposals: room.proposals.filter((p) => p.capital === capital),
    choice: view.secrets?.selections[capital]?.optionId ?? null,
  }));
}

const PHASE_WORDS: Record<SeatView['phase'], string> = {
  briefing: 'briefing',
  decisions: 'teams deciding',
  report: 'round revealed',
  debrief: 'game over',
};

/** A room at a glance: its round, phase, commitments, and who is there. */
export function roomSummary(view: SeatView, room: RoomView, rounds: number): string {
  const teams = CAPITALS.filter((c) => view.controllers[c] === 'human');
  const done = teams.filter((c) => view.capitals[c] !== 'deciding').length;
  const students = room.members.filter((m) => m.role === 'student');
  const away = students.filter((m) => !m.connected).length;
  const round = view.phase === 'briefing' ? 'Not started' : `Round ${view.game.round} of ${rounds}`;
  return [
    round,
    PHASE_WORDS[view.phase] + (view.paused ? ', paused' : ''),
    view.phase === 'decisions' ? `${done} of ${teams.length} teams committed` : null,
    `${students.length} student${students.length === 1 ? '' : 's'}${away ? ` (${away} away)` : ''}`,
    room.locked ? 'locked' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A capital's status as a short phrase for the console and the projector. */
export function statusWords(controller: Controller, status: CapitalStatus): string {
  if (controller === 'ai') return status === 'deciding' ? 'AI deciding' : 'AI';
  if (status === 'deciding') return 'deciding…';
  if (status === 'committed') return 'committed';
  if (status === 'locked') return 'committed (locked)';
  return 'waiting';
}

/** The join address for a room (what the QR code holds): this page with `?join=CODE`. */
export function joinUrl(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.search = `?join=${code}`;
  url.hash = '';
  return url.toString();
}

/**
 * This device's seat in its room: its team, 'facilitator', 'observer' for a projector (which
 * the server may not list as a member), or null for a student not yet on a team.
 */
export function deviceSeat(room: RoomView): Seat | null {
  if (room.you.seat) return room.you.seat;
  const me = room.members.find((m) => m.id === room.you.memberId);
  return me?.role === 'student' ? null : 'observer';
}

/** A team's name for a seat on screen ("Washington", "Projector", "Teacher"). */
export function seatName(seat: RoomView['you']['seat']): string {
  if (seat === null) return 'Not on a team yet';
  if (seat === 'facilitator') return 'Teacher';
  if (seat === 'observer') return 'Projector';
  return CAPITAL_NAMES[seat];
}
