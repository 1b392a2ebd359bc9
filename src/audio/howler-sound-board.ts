// The sound board played through Howler. Creating it downloads nothing: Howler and the sound
// files are fetched on `preload()` (or the first cue), so they never compete with the first board.
// Nothing here throws on a sound failure (no audio device, autoplay blocked, a missing file): the
// game goes on in silence and the latest failure is kept in `lastError` for tests and diagnostics.
import type { Howl } from 'howler';
import {
  type AudioSettings,
  browserStorage,
  clampVolume,
  readAudioSettings,
  writeAudioSettings,
} from './audio-settings';
import { LATE_CUE_MS, type SoundBoard, type SoundBoardOptions } from './sound-board';
import {
  DEFAULT_SOUND_URLS,
  howlOptions,
  importHowl,
  LOOP_SPRITE,
  oneShotSprite,
} from './sound-files';
import { type SoundCaption, type SoundCue, type SoundName, soundCaption } from './sound-names';

/** Length of the fade when a loop stops, short enough to feel immediate, long enough not to click. */
const STOP_FADE_MS = 150;
/** The ambient bed eases in rather than appearing abruptly under the game. */
const AMBIENT_FADE_IN_MS = 1000;
/** The siren comes in at once, but ramped so that starting mid-wave cannot click. */
const SIREN_FADE_IN_MS = 30;
const SOUND_NAMES: readonly SoundName[] = ['launch', 'siren', 'chime', 'bell', 'ambient'];
type LoopName = 'siren' | 'ambient';

/** Build the sound board; nothing is downloaded until `preload()` or the first cue. */
export function createSoundBoard(options: SoundBoardOptions = {}): SoundBoard {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  let settings: AudioSettings = readAudioSettings(storage);
  let lastError: string | null = null;
  let unloaded = false;
  let loadStarted = false;
  const listeners = new Set<(caption: SoundCaption) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const howls = new Map<SoundName, Howl>(); // created, maybe still loading
  const loaded = new Set<SoundName>();
  const looping = new Map<SoundName, number>(); // sound name -> Howler id of its running loop
  const wantedLoops = new Set<LoopName>(); // loops asked for whose file has not loaded yet
  const pendingShots = new Map<SoundCue, number>(); // one-shots waiting for their file -> asked at
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

  const startLoop = (name: LoopName, fadeInMs: number) => {
    wantedLoops.delete(name);
    const howl = howls.get(name);
    if (!howl || looping.has(name)) return;
    // Loops play even when muted, so unmuting mid-alert brings the siren in where it is.
    guard(`Could not play ${name}`, () => {
      const id = howl.play(LOOP_SPRITE);
      howl.fade(0, settings.volume, fadeInMs, id);
      looping.set(name, id);
    });
  };
  const fadeInFor = (name: LoopName) =>
    name === 'ambient' ? AMBIENT_FADE_IN_MS : SIREN_FADE_IN_MS;

  const soundLoaded = (name: SoundName) => {
    if (unloaded) return;
    loaded.add(name);
    if (name === 'siren' || name === 'ambient') {
      if (wantedLoops.has(name)) startLoop(name, fadeInFor(name));
      return;
    }
    const askedAt = pendingShots.get(name);
    pendingShots.delete(name);
    if (askedAt === undefined || settings.muted || Date.now() - askedAt > LATE_CUE_MS) return;
    const howl = howls.get(name);
    if (howl) guard(`Could not play ${name}`, () => howl.play(oneShotSprite(name)));
  };

  const createHowls = (HowlClass: typeof Howl) => {
    for (const name of SOUND_NAMES) {
      const src = options.urls?.[name] ?? DEFAULT_SOUND_URLS[name];
      guard(`Could not create ${name}`, () => {
        const howl = new HowlClass(
          howlOptions(name, src, settings, {
            onload: () => soundLoaded(name),
            onloaderror: (error) => fail(`Could not load ${name}`, error),
            onplayerror: (error) => fail(`Could not play ${name}`, error),
          }),
        );
        howls.set(name, howl);
      });
    }
  };

  const startLoading = () => {
    if (unloaded || loadStarted) return;
    loadStarted = true;
    importHowl().then(
      (HowlClass) => {
        if (!unloaded) createHowls(HowlClass);
      },
      (error) => fail('Could not load the sound engine', error),
    );
  };

  const caption = (cue: SoundName) => {
    const event = { cue, text: soundCaption(cue) };
    for (const listener of [...listeners]) {
      // One broken listener must not silence the captions of the others.
      guard('Caption listener failed', () => listener(event));
    }
  };

  const stopLoop = (name: SoundName) => {
    if (name === 'siren' || name === 'ambient') wantedLoops.delete(name);
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
    preload: startLoading,
    play(cue) {
      if (unloaded) return;
      caption(cue);
      startLoading();
      // Skipping muted one-shots keeps them from piling up while the browser blocks autoplay.
      if (settings.muted) return;
      const howl = howls.get(cue);
      if (howl && loaded.has(cue))
        guard(`Could not play ${cue}`, () => howl.play(oneShotSprite(cue)));
      else pendingShots.set(cue, Date.now());
    },
    loop(cue, ms) {
      if (unloaded) return;
      caption(cue);
      startLoading();
      if (sirenTimer.handle !== null) {
        clearTimeout(sirenTimer.handle);
        timers.delete(sirenTimer.handle);
      }
      if (loaded.has(cue)) startLoop(cue, SIREN_FADE_IN_MS);
      else wantedLoops.add(cue);
      sirenTimer.handle = later(Math.max(0, ms), () => {
        sirenTimer.handle = null;
        stopLoop(cue);
      });
    },
    stop(cue) {
      if (unloaded) return;
      pendingShots.delete(cue);
      if (cue === 'siren') {
        wantedLoops.delete(cue);
        if (sirenTimer.handle !== null) {
          clearTimeout(sirenTimer.handle);
          timers.delete(sirenTimer.handle);
          sirenTimer.handle = null;
        }
      }
      if (looping.has(cue)) {
        stopLoop(cue);
        return;
      }
      const howl = howls.get(cue);
      if (howl && loaded.has(cue)) guard(`Could not stop ${cue}`, () => howl.stop());
    },
    startAmbient() {
      if (unloaded || looping.has('ambient') || wantedLoops.has('ambient')) return;
      caption('ambient');
      startLoading();
      if (loaded.has('ambient')) startLoop('ambient', AMBIENT_FADE_IN_MS);
      else wantedLoops.add('ambient');
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
      wantedLoops.clear();
      pendingShots.clear();
      listeners.clear();
      // Howls still loading are unloaded too; their late load events find the board unloaded.
      for (const [name, howl] of howls) {
        guard(`Could not unload ${name}`, () => {
          howl.stop();
          howl.unload();
        });
      }
      howls.clear();
      loaded.clear();
    },
  };
  return board;
}
