import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Controller } from '../../model/state';
import {
  type ConnectionStatus,
  isRoomCode,
  MAX_NAME_LENGTH,
  type MemberView,
  normaliseCode,
  type Proposal,
  type RoomRefusal,
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
  if (code.length === 0) return { ok: false, message: t('menus.join.codeEmpty') };
  if (code.length !== 5) return { ok: false, message: t('menus.join.codeLength') };
  return { ok: false, message: t('menus.join.codeCharacters') };
}

/** A display name as typed, trimmed, or why it cannot be one (refused, never cut). */
export function nameFromTyped(
  typed: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, message: t('menus.join.nameEmpty') };
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, message: t('menus.join.nameTooLong', { max: MAX_NAME_LENGTH }) };
  return { ok: true, name };
}

/** Why joining failed, in the page's words. */
export function joinProblemText(problem: JoinProblem): string {
  switch (problem) {
    case 'no-such-room':
      return t('menus.join.problem.noSuchRoom');
    case 'room-locked':
      return t('menus.join.problem.roomLocked');
    case 'room-full':
      return t('menus.join.problem.roomFull');
    case 'bad-name':
      return t('menus.join.problem.badName');
    case 'not-facilitator':
      return t('menus.join.problem.notFacilitator');
    case 'unreachable':
      return t('menus.join.problem.unreachable');
  }
}

/** The connection as a screen says it. */
export function connectionText(status: ConnectionStatus): string {
  switch (status) {
    case 'connected':
      return t('menus.connection.connected');
    case 'connecting':
      return t('menus.connection.connecting');
    case 'reconnecting':
      return t('menus.connection.reconnecting');
    case 'offline':
      return t('menus.connection.offline');
    case 'removed':
      return t('menus.connection.removed');
  }
}

/** A room message's refusal (the server sends only its code), as a student or the teacher is told. */
export function roomRefusalText(refusal: RoomRefusal): string {
  switch (refusal.code) {
    case 'malformed':
      return t('menus.refusal.malformed');
    case 'unknown-message':
      return t('menus.refusal.unknownMessage');
    case 'too-large':
      return t('menus.refusal.tooLarge');
    case 'rate-limited':
      return t('menus.refusal.rateLimited');
    case 'not-facilitator':
      return t('menus.refusal.notFacilitator');
    case 'no-seat':
      return t('menus.refusal.noSeat');
    case 'room-locked':
      return t('menus.refusal.roomLocked');
    case 'no-such-member':
      return t('menus.refusal.noSuchMember');
    case 'captain-only':
      return t('menus.refusal.captainOnly', { capital: capitalName(refusal.capital) });
    case 'team-full':
      return t('menus.refusal.teamFull');
    case 'played-by-ai':
      return t('menus.refusal.playedByAi');
  }
}

/** Names as one line ("Ana, Ben"): typed by people, joined the page's way. */
export function nameList(names: readonly string[]): string {
  return names.join(t('menus.nameSeparator'));
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
    ? t('menus.team.captainCommits', { name: captain.name })
    : t('menus.team.noCaptain');
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

/** A room at a glance: its round, phase, commitments, and who is there. */
export function roomSummary(view: SeatView, room: RoomView, rounds: number): string {
  const teams = CAPITALS.filter((c) => view.controllers[c] === 'human');
  const done = teams.filter((c) => view.capitals[c] !== 'deciding').length;
  const students = room.members.filter((m) => m.role === 'student');
  const away = students.filter((m) => !m.connected).length;
  const round =
    view.phase === 'briefing'
      ? t('menus.summary.notStarted')
      : t('menus.summary.round', { round: view.game.round, rounds });
  const phase = t(`menus.summary.phase.${view.phase}`);
  return [
    round,
    view.paused ? t('menus.summary.paused', { phase }) : phase,
    view.phase === 'decisions' ? t('menus.summary.committed', { done, teams: teams.length }) : null,
    away
      ? t('menus.summary.studentsAway', { count: students.length, away })
      : t('menus.summary.students', { count: students.length }),
    room.locked ? t('menus.summary.locked') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A capital's status as a short phrase for the console and the projector. */
export function statusWords(controller: Controller, status: CapitalStatus): string {
  if (controller === 'ai')
    return status === 'deciding' ? t('menus.status.aiDeciding') : t('menus.status.ai');
  if (status === 'deciding') return t('menus.status.deciding');
  if (status === 'committed') return t('menus.status.committed');
  if (status === 'locked') return t('menus.status.locked');
  return t('menus.status.waiting');
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
  if (seat === null) return t('menus.seat.none');
  if (seat === 'facilitator') return t('menus.seat.facilitator');
  if (seat === 'observer') return t('menus.seat.observer');
  return capitalName(seat);
}
