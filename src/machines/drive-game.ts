import { type Actor, createActor } from 'xstate';
import type { Chooser } from '../model/game';
import { CAPITALS, type CapitalId } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { Controller, GameState, TurnOrder } from '../model/state';
import { visibleDecisions } from '../model/turn-order';
import type { IntentBody } from '../protocol/intents';
import type { Seat } from '../protocol/seat';
import { createGameMachine, type GameMachine, phaseOf } from './game-machine';

/** Settings of a game driven headlessly through the machines. */
export interface DriveSettings {
  seed: number;
  lens?: string;
  turnOrder?: TurnOrder;
  /** Decides for the capitals it answers for (they are set up as human); the AI plays the rest. */
  chooser?: Chooser;
  /** Capitals the chooser plays. */
  humans?: readonly CapitalId[];
}

/**
 * Play a whole game through the XState machines: the facilitator starts it and moves it on,
 * and each human capital's team sends `policy.select` and `policy.commit` from its own seat,
 * exactly as a board would. Returns the final game state.
 */
export function driveGame(scenario: Scenario, settings: DriveSettings): GameState {
  const humans = new Set(settings.humans ?? []);
  const controllers = Object.fromEntries(
    CAPITALS.map((c) => [c, humans.has(c) ? 'human' : 'ai'] as [CapitalId, Controller]),
  ) as Record<CapitalId, Controller>;
  const actor: Actor<GameMachine> = createActor(createGameMachine(scenario), {
    input: {
      seed: settings.seed,
      lens: settings.lens ?? 'balanced',
      turnOrder: settings.turnOrder ?? 'sealed',
      controllers,
    },
  });
  actor.start();
  // A headless game has no clock: every intent is stamped 0.
  const send = (seat: Seat, intent: IntentBody) => actor.send({ ...intent, seat, at: 0 });
  send('facilitator', { type: 'game.start' });
  // Each pass answers every open human turn; the machine moves on by itself once all commit.
  for (let guard = 0; guard < 10_000; guard++) {
    const snapshot = actor.getSnapshot();
    const phase = phaseOf(snapshot.value);
    if (phase === 'debrief') break;
    if (phase === 'report') {
      send('facilitator', { type: 'round.next' });
      continue;
    }
    const { context } = snapshot;
    const waiting = context.open.filter((c) => humans.has(c) && !context.committed.includes(c));
    if (waiting.length === 0)
      throw new Error(`driveGame: stuck in ${JSON.stringify(snapshot.value)}`);
    const visible = visibleDecisions(context.selections, context.locked);
    for (const capital of waiting) {
      const decision = settings.chooser?.(capital, context.game, visible);
      if (!decision) throw new Error(`driveGame: no choice for human capital ${capital}`);
      const rationale = typeof decision.rationale === 'string' ? decision.rationale : undefined;
      send(capital, {
        type: 'policy.select',
        capital,
        optionId: decision.optionId,
        ...(rationale ? { rationale } : {}),
      });
      send(capital, { type: 'policy.commit', capital });
    }
  }
  const game = actor.getSnapshot().context.game;
  actor.stop();
  return game;
}
