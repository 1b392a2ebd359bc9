import type { Room } from 'colyseus.js';
import {
  type ClassroomClient,
  type ClientMessages,
  type ClientMessageType,
  type ConnectionStatus,
  type CreateOptions,
  type JoinOptions,
  normaliseCode,
  type RoomRefusal,
  type RoomView,
  type ServerMessages,
} from '../protocol/classroom';
import type { IntentBody } from '../protocol/intents';
import type { Ack } from '../protocol/refusals';
import type { Seat } from '../protocol/seat';
import type { SeatView } from '../protocol/view';
import {
  backoffMs,
  type Credentials,
  createRoom,
  Endpoints,
  FINAL_CLOSE_CODES,
  forgetCredentials,
  joinCredentials,
  joinErrorCode,
  joinRoom,
  type KeyStorage,
  memoryStorage,
  newDeviceSecret,
  PERMANENT_JOIN_ERRORS,
  randomId,
  rejoinRoom,
  storeCredentials,
} from './remote-connection';

/** Where and how a device connects to a classroom server. */
export interface RemoteOptions {
  /** The server's http(s) addresses (default: this page's origin). */
  endpoints?: readonly string[];
  /** Where seat tokens and keys are kept by room code (default: localStorage). */
  storage?: KeyStorage;
}

/** What a device connects as: the facilitator creating a room, or anyone joining by code. */
export type ConnectTarget =
  | { create: Omit<CreateOptions, 'as'> }
  | { code: string; join: JoinOptions };

type RoomMessage = Exclude<ClientMessageType, 'intent'>;
type Pending<T> = { resolve: (value: T) => void; send: () => void };

/**
 * A device's seat in a classroom room on a server (the ClassroomClient the screens use): it keeps
 * the last view and room view, answers `send` with the ack for the intent's id (resent after a
 * reconnection, applied once), and reconnects by itself with backoff after any drop, a server
 * restart included, until the device leaves or is removed.
 */
export class RemoteGame implements ClassroomClient {
  private socket: Room | null = null;
  private lastView: SeatView | null = null;
  private lastRoom: RoomView | null = null;
  private current: ConnectionStatus = 'connecting';
  private readonly viewListeners = new Set<(view: SeatView) => void>();
  private readonly roomListeners = new Set<(room: RoomView) => void>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly intents = new Map<string, Pending<Ack> & { body: IntentBody }>();
  private readonly roomMessages = new Map<string, Pending<RoomRefusal | null>>();
  private readonly prefix = randomId();
  private counter = 0;
  /** Settled by the first view and room view (or by giving up before them). */
  private readonly firstContact: Promise<void>;
  private ready: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  private finished = false;
  /** Why the device stopped trying (a join error code or a close code), once offline. */
  lastError: number | null = null;

  private constructor(
    readonly code: string,
    private readonly endpoints: Endpoints,
    private readonly storage: KeyStorage,
    private credentials: Credentials,
  ) {
    this.firstContact = new Promise<void>((resolve, reject) => {
      this.ready = { resolve, reject };
    });
  }

  /** Connect: resolves once the first view and room view have arrived. */
  static async connect(target: ConnectTarget, options: RemoteOptions = {}): Promise<RemoteGame> {
    const endpoints = new Endpoints(options.endpoints ?? [globalThis.location.origin]);
    const storage = options.storage ?? globalThis.localStorage ?? memoryStorage();
    let room: Room;
    let credentials: Credentials;
    if ('create' in target) {
      // The key is made here, not only sent in `welcome`: a drop before it cannot lose the room.
      const key = newDeviceSecret();
      room = await createRoom(endpoints, { ...target.create, key });
      credentials = { as: 'facilitator', key };
      storeCredentials(storage, room.roomId, credentials);
    } else {
      const code = normaliseCode(target.code);
      credentials = joinCredentials(storage, code, target.join);
      room = await joinRoom(endpoints, code, credentials);
    }
    const game = new RemoteGame(room.roomId, endpoints, storage, credentials);
    await game.attach(room);
    return game;
  }

  get seat(): Seat {
    return this.view().seat;
  }

  view(): SeatView {
    if (!this.lastView) throw new Error('No view yet');
    return this.lastView;
  }

  subscribe(listener: (view: SeatView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  room(): RoomView {
    if (!this.lastRoom) throw new Error('No room view yet');
    return this.lastRoom;
  }

  subscribeRoom(listener: (room: RoomView) => void): () => void {
    this.roomListeners.add(listener);
    return () => this.roomListeners.delete(listener);
  }

  status(): ConnectionStatus {
    return this.current;
  }

  subscribeStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  send(intent: IntentBody): Promise<Ack> {
    const id = `${this.prefix}-${++this.counter}`;
    return new Promise<Ack>((resolve) => {
      const send = () => this.socket?.send('intent', { id, body: intent });
      this.intents.set(id, { resolve, send, body: intent });
      if (this.current === 'connected') send();
    });
  }

  sendRoom<T extends RoomMessage>(
    type: T,
    payload: ClientMessages[T],
  ): Promise<RoomRefusal | null> {
    const ref = `${this.prefix}-r${++this.counter}`;
    return new Promise((resolve) => {
      const send = () => this.socket?.send(type, { ...payload, ref });
      this.roomMessages.set(ref, { resolve, send });
      if (this.current === 'connected') send();
    });
  }

  async leave(): Promise<void> {
    this.finished = true;
    if (this.credentials.as === 'student') forgetCredentials(this.storage, this.code);
    const room = this.socket;
    this.socket = null;
    this.setStatus('offline');
    await room?.leave(true).catch(() => undefined);
  }

  /** Drop the socket without leaving (a test's network failure): the device reconnects. */
  dropConnection(): void {
    (this.socket?.connection as { transport?: { ws?: { close(): void } } })?.transport?.ws?.close();
  }

  private attach(room: Room): Promise<void> {
    this.socket = room;
    room.onMessage('welcome', (welcome: ServerMessages['welcome']) => this.welcomed(welcome));
    room.onMessage('view', (view: SeatView) => {
      this.lastView = view;
      this.maybeReady();
      for (const listener of [...this.viewListeners]) listener(view);
    });
    room.onMessage('room', (view: RoomView) => {
      this.lastRoom = view;
      this.maybeReady();
      for (const listener of [...this.roomListeners]) listener(view);
    });
    room.onMessage('ack', (ack: Ack) => {
      this.intents.get(ack.id)?.resolve(ack);
      this.intents.delete(ack.id);
    });
    room.onMessage('reply', (reply: ServerMessages['reply']) => this.replied(reply));
    room.onLeave((code) => this.dropped(room, code));
    // A drop before the first views reconnects; connect() still waits for the first views.
    return this.firstContact;
  }

  private welcomed(welcome: ServerMessages['welcome']): void {
    if (welcome.key) this.credentials = { as: 'facilitator', key: welcome.key };
    if (welcome.token && this.credentials.as === 'student')
      this.credentials = { ...this.credentials, token: welcome.token };
    if (this.credentials.as !== 'projector')
      storeCredentials(this.storage, this.code, this.credentials);
  }

  private maybeReady(): void {
    if (!this.lastView || !this.lastRoom || this.current === 'connected') return;
    this.setStatus('connected');
    this.ready?.resolve();
    this.ready = null;
    // What was sent but not answered before a drop is sent again: intents by the same id.
    for (const pending of this.intents.values()) pending.send();
    for (const pending of this.roomMessages.values()) pending.send();
  }

  private replied({ ref, type, refusal }: ServerMessages['reply']): void {
    if (type === 'intent') {
      const pending = this.intents.get(ref);
      if (!pending || !refusal) return;
      if (refusal.code === 'rate-limited') {
        setTimeout(() => this.current === 'connected' && pending.send(), refusal.retryMs);
        return;
      }
      // The room refused it (no team yet, captain only): the game's code for a seat that may not.
      this.intents.delete(ref);
      const seat = this.lastView?.seat ?? 'observer';
      pending.resolve({
        id: ref,
        ok: false,
        refusal: { code: 'seat-not-allowed', seat, intent: pending.body.type },
      });
      return;
    }
    const pending = this.roomMessages.get(ref);
    if (!pending) return;
    if (refusal?.code === 'rate-limited') {
      setTimeout(() => this.current === 'connected' && pending.send(), refusal.retryMs);
      return;
    }
    this.roomMessages.delete(ref);
    pending.resolve(refusal);
  }

  private dropped(room: Room, code: number): void {
    if (this.socket !== room || this.finished) return;
    if (FINAL_CLOSE_CODES.has(code)) {
      if (code === 4101) forgetCredentials(this.storage, this.code);
      this.stop(code);
      return;
    }
    this.setStatus('reconnecting');
    void this.reconnect(room.reconnectionToken);
  }

  private async reconnect(token: string | null): Promise<void> {
    for (let attempt = 0; !this.finished; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, backoffMs(Math.min(attempt, 5))));
      if (this.finished) return;
      try {
        const room = await rejoinRoom(this.endpoints, this.code, token, this.credentials);
        token = null;
        if (this.finished) {
          await room.leave(true);
          return;
        }
        await this.attach(room);
        return;
      } catch (error) {
        const code = joinErrorCode(error);
        if (PERMANENT_JOIN_ERRORS.has(code)) {
          this.stop(code);
          return;
        }
        this.endpoints.rotate();
      }
    }
  }

  private stop(code: number): void {
    this.finished = true;
    this.ready?.reject(
      Object.assign(new Error(`classroom connection stopped (${code})`), { code }),
    );
    this.ready = null;
    this.lastError = code;
    this.socket = null;
    this.setStatus(code === 4101 ? 'removed' : 'offline');
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.current === status) return;
    this.current = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}
