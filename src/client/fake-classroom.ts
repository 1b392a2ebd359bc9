import type { CapitalId } from '../model/ids';
import type { Scenario } from '../model/schema';
import {
  type ClassroomClient,
  type ClientMessages,
  type ClientMessageType,
  CODE_ALPHABET,
  type CommitRule,
  type ConnectionStatus,
  type CreateOptions,
  type JoinOptions,
  type MemberView,
  type Proposal,
  type RoomRefusal,
  type RoomView,
} from '../protocol/classroom';
import type { ClassroomConnector, Joined } from '../protocol/classroom-connector';
import type { IntentBody } from '../protocol/intents';
import type { Ack } from '../protocol/refusals';
import type { Seat } from '../protocol/seat';
import type { SeatView } from '../protocol/view';
import { LocalGame } from './local-game';

// A classroom server in the page, for tests and for building the screens without one: rooms
// of members around a LocalGame, with the room messages, proposals and commit rule of the real
// one (src/server/), and every device's client in the same page. Reached with ?classroom=fake.

type RoomMessage = Exclude<ClientMessageType, 'intent'>;

/** A member as the fake room holds it (the token stays here). */
interface Member extends MemberView {
  token: string;
}

/** One room: its game, its members, their proposals and the facilitator's settings. */
class FakeRoom {
  readonly members: Member[] = [];
  proposals: Proposal[] = [];
  locked = false;
  commitRule: CommitRule;
  private readonly roomListeners = new Set<() => void>();
  private turn = '';
  private ids = 0;

  constructor(
    readonly code: string,
    readonly key: string,
    readonly game: LocalGame,
    options: CreateOptions,
  ) {
    this.commitRule = options.commitRule ?? 'any';
    // A new round (or a rewind) starts with no proposals.
    game.client('observer').subscribe((view) => {
      const turn = `${view.phase}:${view.game.round}:${view.game.history.length}`;
      if (turn !== this.turn && this.proposals.length) {
        this.proposals = [];
        this.changed();
      }
      this.turn = turn;
    });
  }

  /** Add a member; returns it. */
  add(role: MemberView['role'], name: string): Member {
    const id = `m${++this.ids}`;
    const token = `${this.code}-${id}-token-0123456789`;
    const member: Member = {
      id,
      name,
      role,
      capital: null,
      captain: false,
      connected: true,
      token,
    };
    this.members.push(member);
    this.changed();
    return member;
  }

  seatOf(member: Member): Seat | null {
    if (member.role === 'facilitator') return 'facilitator';
    if (member.role === 'projector') return 'observer';
    return member.capital;
  }

  roomFor(member: Member): RoomView {
    const proposals =
      member.role === 'facilitator'
        ? this.proposals
        : this.proposals.filter((p) => member.capital !== null && p.capital === member.capital);
    return {
      code: this.code,
      scenarioId: this.game.scenario.id,
      locked: this.locked,
      commitRule: this.commitRule,
      you: { memberId: member.id, seat: this.seatOf(member), name: member.name },
      members: this.members.map(({ token: _token, ...m }) => m),
      proposals,
    };
  }

  /** Apply a room message from a member: its refusal, or null once applied. */
  apply<T extends RoomMessage>(
    member: Member,
    type: T,
    payload: ClientMessages[T],
  ): RoomRefusal | null {
    const p = payload as Record<string, unknown>;
    if (type === 'team.join') {
      const capital = p.capital as CapitalId;
      if (this.locked) return { code: 'room-locked' };
      if (this.game.view('observer').controllers[capital] !== 'human')
        return { code: 'played-by-ai', capital };
      this.place(member, capital);
      return null;
    }
    if (member.role !== 'facilitator') return { code: 'not-facilitator' };
    const target = this.members.find((m) => m.id === p.memberId);
    if (type === 'room.lock') this.locked = Boolean(p.locked);
    else if (type === 'room.commitRule') this.commitRule = p.rule as CommitRule;
    else if (!target) return { code: 'no-such-member', memberId: String(p.memberId) };
    else if (type === 'member.move') this.place(target, p.capital as CapitalId | null);
    else if (type === 'member.remove') this.members.splice(this.members.indexOf(target), 1);
    else if (type === 'member.captain')
      for (const m of this.members)
        if (m.capital === target.capital) m.captain = m.id === target.id;
    this.changed();
    return null;
  }

  private place(member: Member, capital: CapitalId | null): void {
    member.capital = capital;
    member.captain = false;
    this.proposals = this.proposals.filter((p) => p.memberId !== member.id);
    this.changed();
  }

  /** An intent from a member: a team member's selection is their proposal too. */
  send(member: Member, intent: IntentBody, id: string): Ack {
    const seat = this.seatOf(member);
    if (seat === null || seat === 'observer')
      return {
        id,
        ok: false,
        refusal: { code: 'seat-not-allowed', seat: seat ?? 'observer', intent: intent.type },
      };
    const leader = this.commitRule === 'any' || member.captain || seat === 'facilitator';
    if (intent.type === 'policy.commit' && !leader)
      return { id, ok: false, refusal: { code: 'seat-not-allowed', seat, intent: intent.type } };
    const ack = this.game.receive({ ...intent, seat, id });
    if (ack.ok && intent.type === 'policy.select' && seat !== 'facilitator') {
      this.proposals = this.proposals.filter((p) => p.memberId !== member.id);
      this.proposals.push({
        capital: intent.capital,
        memberId: member.id,
        name: member.name,
        optionId: intent.optionId,
        rationale: intent.rationale ?? '',
      });
      this.changed();
    }
    return ack;
  }

  listen(listener: () => void): () => void {
    this.roomListeners.add(listener);
    return () => this.roomListeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.roomListeners]) listener();
  }
}

/** An in-page classroom server: its rooms, and a client for every device that joins one. */
export class FakeClassroom implements ClassroomConnector {
  private readonly rooms = new Map<string, FakeRoom>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private connection: ConnectionStatus = 'connected';
  private sent = 0;

  constructor(private readonly scenarios: readonly Scenario[]) {}

  /** Whether a classroom server serves this page: this one always does. */
  available(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** Create a room; its creator is its facilitator. */
  async create(options: CreateOptions): Promise<Joined> {
    const scenario = this.scenarios.find((s) => s.id === options.scenarioId);
    if (!scenario) return { ok: false, problem: 'no-such-room' };
    let n = this.rooms.size;
    const letter = (i: number) => CODE_ALPHABET[i % CODE_ALPHABET.length];
    const code = `FAKE${letter(n++)}`;
    const key = `${code}-facilitator-key-0123456789`;
    const room = new FakeRoom(code, key, LocalGame.start(scenario, options.setup), options);
    this.rooms.set(code, room);
    return { ok: true, client: this.clientOf(room, room.add('facilitator', 'Teacher')), key };
  }

  /** Join a room by its code. */
  async join(code: string, options: JoinOptions): Promise<Joined> {
    const room = this.rooms.get(code);
    if (!room) return { ok: false, problem: 'no-such-room' };
    if (options.as === 'facilitator') {
      if (options.key !== room.key) return { ok: false, problem: 'not-facilitator' };
      return { ok: true, client: this.clientOf(room, room.add('facilitator', 'Teacher')) };
    }
    if (options.as === 'projector')
      return { ok: true, client: this.clientOf(room, room.add('projector', 'Projector')) };
    const back = room.members.find((m) => m.token === options.token);
    if (back) return { ok: true, client: this.clientOf(room, back) };
    if (room.locked) return { ok: false, problem: 'room-locked' };
    return { ok: true, client: this.clientOf(room, room.add('student', options.name)) };
  }

  /** Tests: every device's connection drops to this status, or comes back. */
  setStatus(status: ConnectionStatus): void {
    this.connection = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }

  private clientOf(room: FakeRoom, member: Member): ClassroomClient {
    const seat = () => room.seatOf(member) ?? 'observer';
    return {
      code: room.code,
      get seat() {
        return seat();
      },
      view: (): SeatView => room.game.view(seat()),
      subscribe: (listener) =>
        room.game.client('observer').subscribe(() => listener(room.game.view(seat()))),
      send: (intent) => Promise.resolve(room.send(member, intent, `fake-${++this.sent}`)),
      room: () => room.roomFor(member),
      subscribeRoom: (listener) => room.listen(() => listener(room.roomFor(member))),
      status: () => this.connection,
      subscribeStatus: (listener) => {
        this.statusListeners.add(listener);
        return () => this.statusListeners.delete(listener);
      },
      sendRoom: (type, payload) => Promise.resolve(room.apply(member, type, payload)),
      leave: async () => {
        const at = room.members.indexOf(member);
        if (at >= 0) room.members.splice(at, 1);
        room.changed();
      },
    };
  }
}
