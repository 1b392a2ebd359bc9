import type { GameRecord } from '../model/record';
import type { IntentBody } from './intents';
import type { Ack } from './refusals';
import type { Seat } from './seat';
import type { SeatView } from './view';

/**
 * How a board (or any front end) talks to a game: it sees its seat's view and sends intents for
 * that seat, and is told whether each was applied. The local implementation runs the authority
 * in the page (src/client/local-game.ts); a networked one would run it in a server, behind the
 * same interface. Nothing else of the game reaches a front end.
 */
export interface GameClient {
  readonly seat: Seat;
  /** This seat's view of the game now. */
  view(): SeatView;
  /** Hear of every new view of this seat; returns the way to stop listening. */
  subscribe(listener: (view: SeatView) => void): () => void;
  /**
   * Send an intent as this seat. The promise tells whether it was applied (once, however often
   * it is resent) or refused, with a code.
   */
  send(intent: IntentBody): Promise<Ack>;
}

/**
 * What the place that holds a game (a page for solo and hotseat play, one day a server) offers
 * beside its clients: the record to save or share, the snapshot a save keeps, and stopping.
 */
export interface GameHost {
  client(seat: Seat): GameClient;
  record(): GameRecord;
  persisted(): unknown;
  stop(): void;
}
