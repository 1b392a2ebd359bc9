import { type AuthContext, type Client, Room, ServerError } from '@colyseus/core';
import { type AppliedIntent, AuthorityHost } from '../machines/authority-host';
import type { Welcome } from '../protocol/classroom';
import { RATE_RULES, TokenBucket } from './rate-limit';
import {
  CLOSE,
  hashSecret,
  memberByDevice,
  newMember,
  newMemberId,
  newRoomCode,
  newSecret,
  type Plan,
  plan,
  REFUSED_JOIN,
} from './room-access';
import { onRoomMessage } from './room-dispatch';
import { type RoomServices, roomServices } from './room-services';
import {
  CreateOptionsSchema,
  newRoomMeta,
  propose,
  type RoomMeta,
  roomViewFor,
  type StoredMember,
  viewSeatOf,
} from './room-state';

/** How long a dropped device keeps its Colyseus session (it may then still join by token). */
export const RECONNECT_SECONDS = 30;

/** What the room keeps about each connected device. */
export interface Device {
  memberId: string;
  bucket: TokenBucket;
  refusedInARow: number;
  /** Set when the room closes this device on purpose: it may not reconnect to the session. */
  closed?: true;
}

/**
 * One classroom game: a Colyseus room whose id is the room's code. It holds the game's
 * authority (the same host as the page's), the members and their teams, answers every message
 * with an ack or a reply, makes each accepted change durable before answering, and sends each
 * device its own view. Its handlers are thin: the rules are in the game machine and room-state.
 */
export class ClassroomRoom extends Room<object, unknown, Device, Plan> {
  override maxClients = 128;
  services!: RoomServices;
  host!: AuthorityHost;
  meta!: RoomMeta;
  private rev = 0;
  /** The creator's key, until the creator's device has joined and been given it. */
  private creatorKey: string | null = null;
  /** The member whose intent is being applied (so a team's selection becomes their proposal). */
  private applying: StoredMember | null = null;
  /** Set when a change could not be made durable: nothing more is acknowledged. */
  broken = false;
  private shuttingDown = false;

  override onCreate(options: unknown): void {
    this.services = roomServices();
    const restore = options as { restore?: unknown; nonce?: unknown };
    if (typeof restore.restore === 'string') {
      if (restore.nonce !== this.services.restoreNonce) throw new ServerError(4400, 'malformed');
      this.restore(restore.restore);
    } else this.createNew(options);
    this.roomId = this.meta.code;
    // Only a code finds a room: never Colyseus's join-any-room matchmaking.
    this.listing.private = true;
    this.host.onApplied((applied) => this.applied(applied));
    this.onMessage('*', (client, type, message) => onRoomMessage(this, client, type, message));
  }

  private createNew(options: unknown): void {
    const parsed = CreateOptionsSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(4400, 'malformed');
    const { scenarioId, setup, commitRule, labels } = parsed.data;
    const scenario = this.services.scenario(scenarioId);
    if (!scenario) throw new ServerError(4404, 'no-such-scenario');
    if (setup.lens !== undefined && !scenario.lenses.some((l) => l.id === setup.lens))
      throw new ServerError(4400, 'unknown-lens');
    const gameLabels = labels ?? setup.labels;
    this.host = AuthorityHost.create(
      scenario,
      { ...setup, ...(gameLabels ? { labels: gameLabels } : {}) },
      this.services.clock,
    );
    this.creatorKey = parsed.data.key ?? newSecret();
    const record = this.host.record();
    const keyHash = hashSecret(this.creatorKey);
    for (let attempt = 0; ; attempt++) {
      this.meta = newRoomMeta(
        newRoomCode(),
        scenarioId,
        keyHash,
        commitRule ?? 'any',
        newMemberId(),
      );
      if (this.services.store.insert(this.meta.code, record, this.meta)) break;
      if (attempt > 50) throw new ServerError(4503, 'no-free-code');
    }
    this.rev = 1;
  }

  private restore(code: string): void {
    const stored = this.services.store.load(code);
    if (!stored) throw new ServerError(4404, 'no-such-room');
    const scenario = this.services.scenario(stored.meta.scenarioId);
    if (!scenario) throw new ServerError(4404, 'no-such-scenario');
    const restored = AuthorityHost.restore(
      scenario,
      stored.record,
      stored.meta.remembered,
      this.services.clock,
    );
    if (!restored.ok) throw new ServerError(4500, `record-does-not-replay:${restored.error.code}`);
    this.host = restored.host;
    // Projectors have no token: those of before the restart come back as new members.
    this.meta = {
      ...stored.meta,
      members: stored.meta.members.filter((m) => m.role !== 'projector'),
    };
    this.rev = stored.rev;
    this.services.log(`room ${code} restored at ${stored.record.log?.length ?? 0} intents`);
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): Plan {
    const decided = plan(this.meta, options, this.creatorKey !== null);
    if ('refused' in decided) {
      if (decided.refused !== 'malformed')
        // The socket's address: proxy headers are dropped unless TRUST_PROXY (see http.ts).
        this.services.failures.take(String(context.ip ?? 'unknown'));
      throw new ServerError(REFUSED_JOIN[decided.refused], decided.refused);
    }
    return decided;
  }

  override onJoin(client: Client<Device, Plan>, _options: unknown, auth: Plan): void {
    const welcome: Omit<Welcome, 'memberId'> = { code: this.meta.code };
    let member: StoredMember;
    if (auth.kind === 'creator' || auth.kind === 'facilitator') {
      member = this.meta.members.find((m) => m.role === 'facilitator') as StoredMember;
      if (auth.kind === 'creator' && this.creatorKey) {
        welcome.key = this.creatorKey;
        this.creatorKey = null;
      }
    } else if (auth.kind === 'returning') {
      member = this.meta.members.find((m) => m.id === auth.memberId) as StoredMember;
      if (!member) throw new ServerError(REFUSED_JOIN['bad-token'], 'bad-token');
    } else if (auth.kind === 'student' && memberByDevice(this.meta, auth.deviceHash)) {
      // The same device's other join was accepted since this one was planned: that member.
      member = memberByDevice(this.meta, auth.deviceHash) as StoredMember;
    } else {
      const made = newMember(auth);
      member = made.member;
      if (made.token) welcome.token = made.token;
      this.meta.members.push(member);
      if (!this.persist()) throw new ServerError(4503, 'not-durable');
    }
    client.userData = {
      memberId: member.id,
      bucket: new TokenBucket(RATE_RULES.messages),
      refusedInARow: 0,
    };
    client.send('welcome', { ...welcome, memberId: member.id } satisfies Welcome);
    this.broadcastAll();
  }

  override async onLeave(client: Client<Device, Plan>, consented: boolean): Promise<void> {
    if (this.shuttingDown) return;
    this.broadcastRooms();
    const device = client.userData;
    if (!consented && device && !device.closed) {
      try {
        await this.allowReconnection(client, RECONNECT_SECONDS);
        this.broadcastAll();
        return;
      } catch {
        // The device did not come back in time: it may still join again by code.
      }
    }
    const member = this.memberOf(client);
    // A projector has no token: one that has gone is forgotten.
    if (member?.role === 'projector' && !this.connected().has(member.id)) {
      this.meta.members = this.meta.members.filter((m) => m !== member);
      this.persist();
      this.broadcastRooms();
    }
  }

  override onBeforeShutdown(): void {
    // A shutdown is not every student leaving: devices are told the server is restarting (they
    // reconnect), and the room is already durable, so nothing is written or forgotten.
    this.shuttingDown = true;
    this.disconnect(CLOSE.restarting);
  }

  override onUncaughtException(error: Error, methodName: string): void {
    this.services?.log(`room ${this.roomId}: ${methodName} threw: ${error?.stack ?? error}`);
  }

  override onDispose(): void {
    this.host?.stop();
  }

  /** The member a device belongs to (null once removed). */
  memberOf(client: Client<Device, Plan>): StoredMember | null {
    const id = client.userData?.memberId;
    return this.meta.members.find((m) => m.id === id) ?? null;
  }

  /** Apply an intent as a member's seat; the ack is durable when this returns (unless broken). */
  receiveAs(member: StoredMember, raw: Record<string, unknown>) {
    this.applying = member;
    try {
      return this.host.receive(raw);
    } finally {
      this.applying = null;
    }
  }

  /** Make the room's state durable; false (and the room stops answering) if it could not be. */
  persist(): boolean {
    if (this.broken) return false;
    try {
      const finished = this.host.state().phase === 'debrief';
      const rev = this.services.store.save(
        this.meta.code,
        this.rev,
        this.host.record(),
        this.meta,
        finished,
      );
      if (rev !== null) {
        this.rev = rev;
        return true;
      }
      this.services.log(`room ${this.meta.code}: saved elsewhere meanwhile; this copy stops`);
    } catch (error) {
      this.services.log(`room ${this.meta.code}: could not save: ${error}`);
    }
    // Not durable: acknowledge nothing more; devices reconnect to the last durable state.
    this.broken = true;
    this.clock.setTimeout(() => this.disconnect(CLOSE.restarting), 0);
    return false;
  }

  private applied({ intent }: AppliedIntent): void {
    const round = this.host.state().context.game.round;
    const member = this.applying;
    if (intent.type === 'facilitator.rewind') this.meta.proposals = [];
    this.meta.proposals = this.meta.proposals.filter((p) => p.round === round);
    if (intent.type === 'policy.select' && member?.role === 'student' && member.capital)
      propose(this.meta, {
        capital: member.capital,
        memberId: member.id,
        name: member.name,
        optionId: intent.optionId,
        rationale: intent.rationale ?? '',
        round,
      });
    this.meta.remembered = this.host.remembered();
    if (this.persist()) this.broadcastAll();
  }

  /** The member ids with a device connected now. */
  connected(): Set<string> {
    return new Set(this.clients.map((c) => c.userData?.memberId ?? ''));
  }

  /** Send every device its view of the game and of the room. */
  broadcastAll(): void {
    const connected = this.connected();
    for (const client of this.clients) {
      const member = this.memberOf(client);
      if (!member) continue;
      client.send('view', this.host.view(viewSeatOf(member)));
      client.send('room', roomViewFor(this.meta, member.id, connected));
    }
  }

  /** Send every device its view of the room. */
  broadcastRooms(): void {
    const connected = this.connected();
    for (const client of this.clients) {
      const member = this.memberOf(client);
      if (member) client.send('room', roomViewFor(this.meta, member.id, connected));
    }
  }

  /** Close a device on purpose (removed, flooding): it is not offered its session back. */
  close(client: Client<Device, Plan>, code: number): void {
    if (client.userData) client.userData.closed = true;
    client.leave(code);
  }
}
