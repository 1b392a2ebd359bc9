import { type GameRecord, recordOf } from '../model/record';
import type { ClassroomClient } from '../protocol/classroom';
import type { GameClient, GameHost } from '../protocol/client';
import type { IntentBody } from '../protocol/intents';
import type { Ack } from '../protocol/refusals';
import type { Seat } from '../protocol/seat';
import type { SeatView } from '../protocol/view';
import { deviceSeat } from './view/classroom-room';

/**
 * A seat's view as the projector would see it: no own turn, no secrets. The same for a team's
 * view and the facilitator's, so a screen can draw its public parts from either.
 */
export function publicPart(view: SeatView): SeatView {
  return { ...view, seat: 'observer', own: null, secrets: null };
}

/**
 * A read-only client over another client's views: what it sends is refused here (an observer
 * may send nothing), before it could reach a server. Each view is projected once.
 */
export function readOnlyClient(source: GameClient, seat: Seat = 'observer'): GameClient {
  let from: SeatView | null = null;
  let projected: SeatView | null = null;
  const view = () => {
    const now = source.view();
    if (now !== from || !projected) {
      from = now;
      projected = { ...publicPart(now), seat };
    }
    return projected;
  };
  return {
    seat,
    view,
    subscribe: (listener) => source.subscribe(() => listener(view())),
    send: (intent: IntentBody): Promise<Ack> =>
      Promise.resolve({
        id: '',
        ok: false,
        refusal: { code: 'seat-not-allowed', seat, intent: intent.type },
      }),
  };
}

/**
 * The host of a networked seat, as a Session holds it: the device's own client for its seat,
 * a read-only public projection of it for every other seat the board asks about. The game and
 * its saves live on the classroom server, so nothing is persisted here.
 */
export class SeatHost implements GameHost {
  private readonly observer: GameClient;

  constructor(private readonly room: ClassroomClient) {
    this.observer = readOnlyClient(room);
  }

  /** The seat this device holds now (a student's can change when the teacher moves them). */
  seat(): Seat | null {
    return deviceSeat(this.room.room());
  }

  /** This device's client for its own seat; a read-only public view for any other. */
  client(seat: Seat): GameClient {
    if (seat === this.seat() && seat !== 'observer') return this.room;
    return seat === 'observer' ? this.observer : readOnlyClient(this.room, seat);
  }

  /**
   * The record: the facilitator's whole one (with its log); on another seat, once the game is
   * over, the rounds as played (enough to replay and share the debrief).
   */
  record(): GameRecord {
    const view = this.room.view();
    if (view.secrets) return view.secrets.record;
    if (view.ended) return recordOf(view.ended, view);
    throw new Error('Only the facilitator holds the record of a game in progress.');
  }

  /** Nothing: the classroom server keeps the game. */
  persisted(): unknown {
    return null;
  }

  /** Nothing to stop here: leaving the room is a separate, deliberate act (`room.leave()`). */
  stop(): void {}
}
