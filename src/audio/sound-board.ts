// What the game can ask of its audio: cues with a caption for every one, the siren loop, the
// ambient bed, mute and volume. Captions go out at once, even when muted or before the sounds
// have loaded: deaf and hard-of-hearing players and silent classrooms rely on them. The board
// sees only this contract (through its ports); howler-sound-board.ts plays it through Howler.
import type { SettingsStorage } from './audio-settings';
import type { SoundCaption, SoundCue, SoundName } from './sound-names';

export { DEFAULT_SOUND_URLS } from './sound-files';
export type { SoundCaption, SoundCue, SoundName } from './sound-names';
export { soundCaption } from './sound-names';

/** Where settings are remembered (null: nowhere) and which files to play instead of the defaults. */
export interface SoundBoardOptions {
  storage?: SettingsStorage | null;
  urls?: Partial<Record<SoundName, string>>;
}

/** The game's audio: cues, the siren alert loop, the ambient bed, mute, volume and captions. */
export interface SoundBoard {
  /**
   * Start fetching Howler and the sound files in the background; later calls do nothing. The
   * first play, loop or startAmbient starts it too. Until a sound has loaded, its cue still shows
   * its caption; the ambient bed and a siren still due start when they arrive, a one-shot arriving
   * more than LATE_CUE_MS after its cue is dropped.
   */
  preload(): void;
  /** Play a cue once (silently if muted; its caption is emitted either way). */
  play(cue: SoundCue): void;
  /** Sound the siren on a loop for `ms` milliseconds, e.g. while a missile crosses Japan. */
  loop(cue: 'siren', ms: number): void;
  /** Stop a cue now (a looping siren fades out briefly rather than clicking off). */
  stop(cue: SoundCue): void;
  /** Start the looping ambient bed; calling it again while it plays does nothing. */
  startAmbient(): void;
  /** Fade out and stop the ambient bed. */
  stopAmbient(): void;
  /** Whether sound is muted. */
  readonly muted: boolean;
  /** Master volume, 0..1. */
  readonly volume: number;
  /** The latest load or playback failure, or null if none happened. */
  readonly lastError: string | null;
  /** Mute or unmute, and remember the choice. */
  setMuted(muted: boolean): void;
  /** Set the master volume (clamped to 0..1), and remember it. */
  setVolume(volume: number): void;
  /** Listen for captions; returns a function that stops listening. */
  onCaption(listener: (caption: SoundCaption) => void): () => void;
  /** Stop and unload every sound and drop all listeners; the board is inert afterwards. */
  unload(): void;
}

/**
 * How late a one-shot may still sound after its cue while its file was loading: past this it
 * would no longer match what the board shows (a launch sound after the missile has gone).
 */
export const LATE_CUE_MS = 300;
