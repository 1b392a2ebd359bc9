import { LocalGame } from '../../src/client/local-game';
import type { IntentBody } from '../../src/protocol/intents';
import type { Seat } from '../../src/protocol/seat';
import type { GameSetup } from '../../src/protocol/setup';
import { scenario } from '../helpers';
import { fakeClock } from './fake-clock';

/**
 * A game hosted as the page hosts it, on a clock the test moves, and a way to send an intent as
 * any seat (each with a fresh id).
 */
export function hosted(setup: GameSetup, clock = fakeClock()) {
  const game = LocalGame.start(scenario(), setup, clock);
  let n = 0;
  const as = (seat: Seat, intent: IntentBody) => game.receive({ ...intent, seat, id: `i${++n}` });
  return { game, as, clock };
}

/** A sealed game with Washington and Seoul played by teams, in its first decisions. */
export function twoTeamsDeciding() {
  const g = hosted({
    seed: 3,
    turnOrder: 'sealed',
    controllers: { northKorea: 'ai', us: 'human', japan: 'ai', southKorea: 'human' },
  });
  g.as('facilitator', { type: 'game.start' });
  return g;
}
