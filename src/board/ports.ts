import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import type { SoundBoard } from '../audio/sound-board';
import type { FacilitatorIntent, GameIntent, GameSetup } from '../machines/game-events';
import { createGameMachine, type GameMachine } from '../machines/game-machine';
import { sendIntent } from '../machines/intent-schema';
import type { Scenario } from '../model/schema';

/** Sound cues the board asks for. */
export type { SoundCue } from '../audio/sound-board';

/** What the board needs from the sound module (Howler lives behind it). */
export type SoundPort = Pick<
  SoundBoard,
  | 'play'
  | 'loop'
  | 'stop'
  | 'startAmbient'
  | 'stopAmbient'
  | 'muted'
  | 'volume'
  | 'setMuted'
  | 'setVolume'
  | 'onCaption'
>;

/** A game snapshot as the board sees it. */
export type GameSnapshot = SnapshotFrom<GameMachine>;

/**
 * One game in progress: the scenario and the running game actor. Scenes read snapshots from
 * it and send intents to it; they hold no game state of their own.
 */
export class Session {
  readonly actor: Actor<GameMachine>;

  constructor(
    readonly scenario: Scenario,
    readonly setup: GameSetup,
    /** A persisted snapshot to resume from (a saved game). */
    snapshot?: unknown,
    /** The id under which this game autosaves. */
    readonly saveId: string = newSaveId(),
  ) {
    this.actor = snapshot
      ? createActor(createGameMachine(scenario), { snapshot: snapshot as never, input: setup })
      : createActorFor(scenario, setup);
    this.actor.start();
  }

  /** The current snapshot. */
  snapshot(): GameSnapshot {
    return this.actor.getSnapshot();
  }

  /** Send a player's intent; the machines decide whether it is legal. */
  send(intent: GameIntent | FacilitatorIntent): void {
    sendIntent(this.actor, intent);
  }

  /** Listen to every new snapshot; returns the way to stop listening. */
  subscribe(listener: (snapshot: GameSnapshot) => void): () => void {
    const subscription = this.actor.subscribe(listener);
    return () => subscription.unsubscribe();
  }

  /** Stop the actor and its children. */
  stop(): void {
    this.actor.stop();
  }
}

/** A fresh id for a saved game. */
export function newSaveId(): string {
  return `g-${Date.now().toString(36)}-${Math.floor(performance.now() * 1000).toString(36)}`;
}

function createActorFor(scenario: Scenario, setup: GameSetup): Actor<GameMachine> {
  return createActor(createGameMachine(scenario), { input: setup });
}
