import { type Actor, createActor } from 'xstate';
import type { AuthorityState, GameSetup } from '../machines/game-events';
import { createGameMachine, type GameMachine, phaseOf } from '../machines/game-machine';
import { eventProblem, sendEvent } from '../machines/intent-schema';
import { replayLog } from '../machines/replay-log';
import type { GameRecord } from '../model/record';
import type { Scenario } from '../model/schema';
import type { GameClient } from '../protocol/client';
import {
  type IntentBody,
  IntentSchema,
  type LoggedIntent,
  MAX_ID_LENGTH,
} from '../protocol/intents';
import type { Ack, Refusal } from '../protocol/refusals';
import { SEATS, type Seat } from '../protocol/seat';
import { authorityRecord, type SeatView, viewFor } from '../protocol/view';

/** How many recent intent ids a game remembers, so that a resend is applied once. */
const REMEMBERED_ACKS = 512;

/** The host's clock and timers (a test passes its own). */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A game whose authority runs in this page: the host of the game machine for solo play and for
 * hotseat, where the board holds every seat and switches between them at each hand-over. It
 * parses each intent, stamps it with the time, applies a resent one once, answers with an ack,
 * keeps the round timer's clock, and hands each seat its own view. A server would do the same.
 */
export class LocalGame {
  /** The seat and id of each intent applied lately (oldest first). */
  private readonly applied = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private clockHandle: unknown = null;
  private nextId = 0;
  private views = new Map<Seat, SeatView>();
  private viewsOf: unknown = null;

  private constructor(
    readonly scenario: Scenario,
    private readonly actor: Actor<GameMachine>,
    private readonly clock: Clock,
  ) {
    actor.subscribe(() => this.changed());
    this.schedule();
  }

  /** A new game. */
  static start(scenario: Scenario, setup: GameSetup, clock: Clock = systemClock): LocalGame {
    const actor = createActor(createGameMachine(scenario), { input: setup }).start();
    return new LocalGame(scenario, actor, clock);
  }

  /** A game rebuilt from its record's log (a save, a link, a file): it goes on from there. */
  static fromRecord(scenario: Scenario, record: GameRecord, clock: Clock = systemClock) {
    const replayed = replayLog(scenario, record);
    return replayed.ok
      ? { ok: true as const, game: new LocalGame(scenario, replayed.actor, clock) }
      : replayed;
  }

  /** The authority's state now (what views are computed from). */
  state(): AuthorityState {
    const snapshot = this.actor.getSnapshot();
    return { phase: phaseOf(snapshot.value), context: snapshot.context };
  }

  /** The game's record: setup, round summary and the log of every accepted intent. */
  record(): GameRecord {
    return structuredClone(authorityRecord(this.state()));
  }

  /** The machine's persisted snapshot (kept in a save, checked against the record's replay). */
  persisted(): unknown {
    return this.actor.getPersistedSnapshot();
  }

  /** A seat's view now (computed once per state and seat). */
  view(seat: Seat): SeatView {
    const snapshot = this.actor.getSnapshot();
    if (this.viewsOf !== snapshot) {
      this.views = new Map();
      this.viewsOf = snapshot;
    }
    let view = this.views.get(seat);
    if (!view) {
      view = viewFor(this.state(), seat);
      this.views.set(seat, view);
    }
    return view;
  }

  /**
   * Take an intent as it arrives from any client (anything at all: it is parsed first). Applied
   * once per seat and id; refused with a code if malformed or not accepted.
   */
  receive(raw: unknown): Ack {
    const parsed = IntentSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId.slice(0, MAX_ID_LENGTH) : '';
    if (!parsed.success)
      return {
        id,
        ok: false,
        refusal: { code: 'malformed', reason: eventProblem(IntentSchema, raw) ?? '' },
      };
    const { id: _id, ...body } = parsed.data;
    const key = `${body.seat}\u0000${parsed.data.id}`;
    if (this.applied.has(key)) return { id: parsed.data.id, ok: true, duplicate: true };
    const ack = this.apply({ ...body, at: this.clock.now() } as LoggedIntent, parsed.data.id);
    // Only an applied intent is remembered: a refused one may be sent again once it is legal.
    if (ack.ok) this.applied.add(key);
    if (this.applied.size > REMEMBERED_ACKS)
      this.applied.delete(this.applied.values().next().value ?? '');
    return ack;
  }

  /** A client for a seat. */
  client(seat: Seat): GameClient {
    if (!SEATS.includes(seat)) throw new Error(`No such seat: ${String(seat)}`);
    return {
      seat,
      view: () => this.view(seat),
      subscribe: (listener) => {
        const notify = () => listener(this.view(seat));
        this.listeners.add(notify);
        return () => this.listeners.delete(notify);
      },
      send: (intent: IntentBody) =>
        Promise.resolve(this.receive({ ...intent, seat, id: `${seat}-${++this.nextId}` })),
    };
  }

  /** Stop the game and its clock. */
  stop(): void {
    if (this.clockHandle !== null) this.clock.clearTimeout(this.clockHandle);
    this.clockHandle = null;
    this.listeners.clear();
    this.actor.stop();
  }

  private apply(intent: LoggedIntent, id: string): Ack {
    const before = this.actor.getSnapshot().context.log.length;
    let refusal: Refusal | null = null;
    const listening = this.actor.on('refused', (event) => {
      refusal = event.refusal;
    });
    sendEvent(this.actor, intent);
    listening.unsubscribe();
    if (this.actor.getSnapshot().context.log.length > before) return { id, ok: true };
    return { id, ok: false, refusal: refusal ?? { code: 'malformed', reason: 'not applied' } };
  }

  private changed(): void {
    this.schedule();
    for (const listener of [...this.listeners]) listener();
  }

  /** The round timer: when its deadline comes, the host tells the game that time is up. */
  private schedule(): void {
    if (this.clockHandle !== null) this.clock.clearTimeout(this.clockHandle);
    this.clockHandle = null;
    const { phase, context } = this.state();
    const deadline = context.timer?.deadline ?? null;
    if (phase !== 'decisions' || deadline === null) return;
    this.clockHandle = this.clock.setTimeout(
      () => {
        this.clockHandle = null;
        const ack = this.receive({
          type: 'facilitator.timeUp',
          seat: 'facilitator',
          id: `clock-${deadline}`,
        });
        // A timer that fired a moment early is set again (the game said: not time yet).
        if (!ack.ok) this.schedule();
      },
      Math.max(0, deadline - this.clock.now()),
    );
  }
}
