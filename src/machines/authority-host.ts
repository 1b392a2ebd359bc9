import { type Actor, createActor } from 'xstate';
import type { GameRecord } from '../model/record';
import type { Scenario } from '../model/schema';
import { IntentSchema, type LoggedIntent, MAX_ID_LENGTH } from '../protocol/intents';
import type { Ack, Refusal } from '../protocol/refusals';
import type { Seat } from '../protocol/seat';
import { authorityRecord, type SeatView, viewFor } from '../protocol/view';
import type { AuthorityState, GameSetup } from './game-events';
import { createGameMachine, type GameMachine, phaseOf } from './game-machine';
import { eventProblem, sendEvent } from './intent-schema';
import { replayLog } from './replay-log';

/** How many recent intent ids a game remembers, so that a resend is applied once. */
export const REMEMBERED_ACKS = 512;

/** The host's clock and timers (a test passes its own). */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The system's clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What an applied intent was: as logged, and the id its sender gave it. */
export interface AppliedIntent {
  intent: LoggedIntent;
  id: string;
}

/**
 * The seat-independent host of one game machine, shared by the page (LocalGame) and the
 * classroom server: it parses each intent, stamps it with the time, applies a resent one once,
 * answers with an ack, keeps the round timer's clock, and computes each seat's view. Whoever
 * holds it decides which seat an intent comes from; this class trusts the seat it is given.
 */
export class AuthorityHost {
  /** The seat and id of each intent applied lately (oldest first). */
  private readonly applied = new Set<string>();
  private readonly changeListeners = new Set<() => void>();
  private readonly appliedListeners = new Set<(applied: AppliedIntent) => void>();
  private clockHandle: unknown = null;
  private views = new Map<Seat, SeatView>();
  private viewsOf: unknown = null;

  protected constructor(
    readonly scenario: Scenario,
    private readonly actor: Actor<GameMachine>,
    protected readonly clock: Clock,
    remembered: readonly string[] = [],
  ) {
    for (const key of remembered.slice(-REMEMBERED_ACKS)) this.applied.add(key);
    actor.subscribe(() => this.changed());
    this.schedule();
  }

  /** A new game's actor. */
  protected static newActor(scenario: Scenario, setup: GameSetup): Actor<GameMachine> {
    return createActor(createGameMachine(scenario), { input: setup }).start();
  }

  /** A new game. */
  static create(scenario: Scenario, setup: GameSetup, clock: Clock = systemClock): AuthorityHost {
    return new AuthorityHost(scenario, AuthorityHost.newActor(scenario, setup), clock);
  }

  /**
   * A game rebuilt from its record's log, remembering the intent ids applied lately (so that a
   * resend after a restart is still applied once).
   */
  static restore(
    scenario: Scenario,
    record: GameRecord,
    remembered: readonly string[] = [],
    clock: Clock = systemClock,
  ) {
    const replayed = replayLog(scenario, record);
    return replayed.ok
      ? {
          ok: true as const,
          host: new AuthorityHost(scenario, replayed.actor, clock, remembered),
        }
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

  /** The seat-and-id keys of the intents applied lately, oldest first (kept with a record). */
  remembered(): string[] {
    return [...this.applied];
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
   * Take an intent as it arrives (anything at all: it is parsed first). Applied once per seat
   * and id; refused with a code if malformed or not accepted.
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
    const intent = { ...body, at: this.clock.now() } as LoggedIntent;
    const ack = this.apply(intent, parsed.data.id);
    // Only an applied intent is remembered: a refused one may be sent again once it is legal.
    if (ack.ok) {
      this.applied.add(key);
      if (this.applied.size > REMEMBERED_ACKS)
        this.applied.delete(this.applied.values().next().value ?? '');
      for (const listener of [...this.appliedListeners]) listener({ intent, id: parsed.data.id });
    }
    return ack;
  }

  /** Hear of every change of the game's state; returns the way to stop listening. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Hear of every intent applied (a client's or the round timer's), before its ack is returned:
   * the place to make it durable. Returns the way to stop listening.
   */
  onApplied(listener: (applied: AppliedIntent) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  /** Stop the game and its clock. */
  stop(): void {
    if (this.clockHandle !== null) this.clock.clearTimeout(this.clockHandle);
    this.clockHandle = null;
    this.changeListeners.clear();
    this.appliedListeners.clear();
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
    for (const listener of [...this.changeListeners]) listener();
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
