// The game's sounds, played through Howler, with a caption for every cue. Captions go out even
// when muted: deaf and hard-of-hearing players and silent classrooms rely on them. Nothing here
// throws on a sound failure (no audio device, autoplay blocked, a missing file): the game goes on
// in silence and the latest failure is kept in `lastError` for tests and diagnostics.
import { Howl } from 'howler';
import ambientUrl from '../../assets/audio/ambient.wav?url';
import bellUrl from '../../assets/audio/bell.wav?url';
import chimeUrl from '../../assets/audio/chime.wav?url';
import launchUrl from '../../assets/audio/launch.wav?url';
import sirenUrl from '../../assets/audio/siren.wav?url';
import {
  type AudioSettings,
  clampVolume,
  readAudioSettings,
  type SettingsStorage,
  writeAudioSettings,
} from './audio-settings';

/** A sound the game plays for an event on the board. */
export type SoundCue = 'launch' | 'siren' | 'chime' | 'bell';

/** Every sound the board holds: the cues and the ambient bed. */
export type SoundName = SoundCue | 'ambient';

/** A caption shown in place of (or alongside) a sound. */
export interface SoundCaption {
  cue: SoundName;
  text: string;
}

/** Caption text for each sound, in the bracketed style of film subtitles. */
export const SOUND_CAPTIONS: Readonly<Record<SoundName, string>> = {
  launch: '[Missile launch]',
  siren: '[Air-raid siren: missile over Japan]',
  chime: '[Diplomatic chime]',
  bell: '[Round bell]',
  ambient: '[Ambient sound]',
};

/** The sound files shipped with the game, as URLs Vite resolved at build time. */
export const DEFAULT_SOUND_URLS: Readonly<Record<SoundName, string>> = {
  launch: launchUrl,
  siren: sirenUrl,
  chime: chimeUrl,
  bell: bellUrl,
  ambient: ambientUrl,
};

/** Where settings are remembered (null: nowhere) and which files to play instead of the defaults. */
export interface SoundBoardOptions {
  storage?: SettingsStorage | null;
  urls?: Partial<Record<SoundName, string>>;
}

/** The game's audio: cues, the siren alert loop, the ambient bed, mute, volume and captions. */
export interface SoundBoard {
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

/** Length of the fade when a loop stops, short enough to feel immediate, long enough not to click. */
const STOP_FADE_MS = 150;
/** The ambient bed eases in rather than appearing abruptly under the game. */
const AMBIENT_FADE_IN_MS = 1000;
const SOUND_NAMES: readonly SoundName[] = ['launch', 'siren', 'chime', 'bell', 'ambient'];

/** Build the sound board; files start loading at once, in the background. */
export function createSoundBoard(options: SoundBoardOptions = {}): SoundBoard {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  let settings: AudioSettings = readAudioSettings(storage);
  let lastError: string | null = null;
  let unloaded = false;
  const listeners = new Set<(caption: SoundCaption) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const looping = new Map<SoundName, number>(); // sound name -> Howler id of its running loop
  const sirenTimer: { handle: ReturnType<typeof setTimeout> | null } = { handle: null };

  const fail = (what: string, error: unknown) => {
    lastError = `${what}: ${error instanceof Error ? error.message : String(error)}`;
  };
  // Howler may throw synchronously in odd environments (no AudioContext); never let it escape.
  const guard = (what: string, action: () => void) => {
    try {
      action();
    } catch (error) {
      fail(what, error);
    }
  };
  const later = (ms: number, action: () => void) => {
    const handle = setTimeout(() => {
      timers.delete(handle);
      action();
    }, ms);
    timers.add(handle);
    return handle;
  };

  const howls = new Map<SoundName, Howl>();
  for (const name of SOUND_NAMES) {
    const src = options.urls?.[name] ?? DEFAULT_SOUND_URLS[name];
    guard(`Could not create ${name}`, () => {
      const howl = new Howl({
        src: [src],
        // A hashed or inlined URL may hide the extension Howler uses to pick a codec.
        format: ['wav'],
        preload: true,
        html5: false,
        volume: settings.volume,
        mute: settings.muted,
        loop: name === 'ambient',
        onloaderror: (_id, error) => fail(`Could not load ${name}`, error),
        onplayerror: (_id, error) => fail(`Could not play ${name}`, error),
      });
      howls.set(name, howl);
    });
  }

  const caption = (cue: SoundName) => {
    const event = { cue, text: SOUND_CAPTIONS[cue] };
    for (const listener of [...listeners]) {
      // One broken listener must not silence the captions of the others.
      guard('Caption listener failed', () => listener(event));
    }
  };

  const stopLoop = (name: SoundName) => {
    const howl = howls.get(name);
    const id = looping.get(name);
    looping.delete(name);
    if (!howl || id === undefined) return;
    guard(`Could not stop ${name}`, () => {
      howl.fade(settings.volume, 0, STOP_FADE_MS, id);
      later(STOP_FADE_MS, () => guard(`Could not stop ${name}`, () => howl.stop(id)));
    });
  };

  const board: SoundBoard = {
    play(cue) {
      if (unloaded) return;
      caption(cue);
      const howl = howls.get(cue);
      // Skipping muted one-shots keeps them from piling up while the browser blocks autoplay.
      if (!howl || settings.muted) return;
      guard(`Could not play ${cue}`, () => howl.play());
    },
    loop(cue, ms) {
      if (unloaded) return;
      caption(cue);
      if (sirenTimer.handle !== null) clearTimeout(sirenTimer.handle);
      const howl = howls.get(cue);
      if (howl && !looping.has(cue)) {
        // Loops play even when muted, so unmuting mid-alert brings the siren in where it is.
        guard(`Could not play ${cue}`, () => {
          const id = howl.play();
          howl.loop(true, id);
          looping.set(cue, id);
        });
      }
      sirenTimer.handle = later(Math.max(0, ms), () => {
        sirenTimer.handle = null;
        stopLoop(cue);
      });
    },
    stop(cue) {
      if (unloaded) return;
      if (cue === 'siren' && sirenTimer.handle !== null) {
        clearTimeout(sirenTimer.handle);
        timers.delete(sirenTimer.handle);
        sirenTimer.handle = null;
      }
      if (looping.has(cue)) {
        stopLoop(cue);
        return;
      }
      const howl = howls.get(cue);
      if (howl) guard(`Could not stop ${cue}`, () => howl.stop());
    },
    startAmbient() {
      if (unloaded || looping.has('ambient')) return;
      caption('ambient');
      const howl = howls.get('ambient');
      if (!howl) return;
      guard('Could not play ambient', () => {
        const id = howl.play();
        howl.fade(0, settings.volume, AMBIENT_FADE_IN_MS, id);
        looping.set('ambient', id);
      });
    },
    stopAmbient() {
      if (!unloaded) stopLoop('ambient');
    },
    get muted() {
      return settings.muted;
    },
    get volume() {
      return settings.volume;
    },
    get lastError() {
      return lastError;
    },
    setMuted(muted) {
      if (unloaded) return;
      settings = writeAudioSettings(storage, { ...settings, muted });
      for (const howl of howls.values()) guard('Could not mute', () => howl.mute(settings.muted));
    },
    setVolume(volume) {
      if (unloaded) return;
      settings = writeAudioSettings(storage, {
        ...settings,
        volume: clampVolume(volume, settings.volume),
      });
      for (const howl of howls.values()) {
        guard('Could not set volume', () => howl.volume(settings.volume));
      }
    },
    onCaption(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    unload() {
      if (unloaded) return;
      unloaded = true;
      for (const handle of timers) clearTimeout(handle);
      timers.clear();
      sirenTimer.handle = null;
      looping.clear();
      listeners.clear();
      for (const [name, howl] of howls) {
        guard(`Could not unload ${name}`, () => {
          howl.stop();
          howl.unload();
        });
      }
      howls.clear();
    },
  };
  return board;
}

/** The page's localStorage, or null where it is missing or blocked (reading it can throw). */
function browserStorage(): SettingsStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
