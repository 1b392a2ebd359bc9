import { AuthorityHost, type Clock, systemClock } from '../machines/authority-host';
import type { GameSetup } from '../machines/game-events';
import { replayLog } from '../machines/replay-log';
import type { GameRecord } from '../model/record';
import type { Scenario } from '../model/schema';
import type { GameClient } from '../protocol/client';
import type { IntentBody } from '../protocol/intents';
import { SEATS, type Seat } from '../protocol/seat';

export type { Clock };

/**
 * A game whose authority runs in this page: the host of the game machine for solo play and for
 * hotseat, where the board holds every seat and switches between them at each hand-over. The
 * host's core (parse, apply once, stamp the time, the round timer, views) is AuthorityHost, which
 * the classroom server runs too; this adds a client per seat, all in the page.
 */
export class LocalGame extends AuthorityHost {
  private nextId = 0;

  /** A new game. */
  static start(scenario: Scenario, setup: GameSetup, clock: Clock = systemClock): LocalGame {
    return new LocalGame(scenario, AuthorityHost.newActor(scenario, setup), clock);
  }

  /** A game rebuilt from its record's log (a save, a link, a file): it goes on from there. */
  static fromRecord(scenario: Scenario, record: GameRecord, clock: Clock = systemClock) {
    const replayed = replayLog(scenario, record);
    return replayed.ok
      ? { ok: true as const, game: new LocalGame(scenario, replayed.actor, clock) }
      : replayed;
  }

  /** A client for a seat. */
  client(seat: Seat): GameClient {
    if (!SEATS.includes(seat)) throw new Error(`No such seat: ${String(seat)}`);
    return {
      seat,
      view: () => this.view(seat),
      subscribe: (listener) => this.onChange(() => listener(this.view(seat))),
      send: (intent: IntentBody) =>
        Promise.resolve(this.receive({ ...intent, seat, id: `${seat}-${++this.nextId}` })),
    };
  }
}
