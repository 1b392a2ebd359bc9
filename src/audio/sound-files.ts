// The shipped sound files and how Howler opens each one. Howler itself is imported lazily, so it
// and the files stay out of the start-up download until the sound board is asked to load.
import type { Howl, HowlOptions } from 'howler';
import ambientUrl from '../../assets/audio/ambient.mp3?url';
import bellUrl from '../../assets/audio/bell.mp3?url';
import chimeUrl from '../../assets/audio/chime.mp3?url';
import launchUrl from '../../assets/audio/launch.mp3?url';
import loops from '../../assets/audio/loops.json';
import sirenUrl from '../../assets/audio/siren.mp3?url';
import type { SoundName } from './sound-names';

/** The sound files shipped with the game (MP3, made by `npm run make-sounds`), as Vite's URLs. */
export const DEFAULT_SOUND_URLS: Readonly<Record<SoundName, string>> = {
  launch: launchUrl,
  siren: sirenUrl,
  chime: chimeUrl,
  bell: bellUrl,
  ambient: ambientUrl,
};

/** Where a looping sound's seamless cycle lies inside its file, in milliseconds. */
export interface LoopRegion {
  startMs: number;
  durationMs: number;
}

/**
 * The loop region of each looping sound, written by `npm run make-sounds`. An MP3 starts with the
 * encoder's lead-in and ends padded, so looping the whole file would leave a gap at the seam; the
 * file holds a little more than one cycle and Howler loops exactly one cycle from inside it.
 */
export const LOOP_REGIONS: Readonly<Partial<Record<SoundName, LoopRegion>>> = loops;

/** Name of the sprite that loops the cycle, in the Howls of looping sounds. */
export const LOOP_SPRITE = 'loop';
/** Name of the sprite that plays the cycle once, in the Howls of looping sounds. */
const CYCLE_SPRITE = 'cycle';

/**
 * The sprite that plays a sound once: its cycle if it loops (the margins around it are not meant
 * to be heard), else the whole file (Howler's default when this is undefined).
 */
export function oneShotSprite(name: SoundName): string | undefined {
  return LOOP_REGIONS[name] ? CYCLE_SPRITE : undefined;
}

/** What a Howl reports back as it loads and plays. */
export interface HowlEvents {
  onload: () => void;
  onloaderror: (error: unknown) => void;
  onplayerror: (error: unknown) => void;
}

/** Howler's options for one sound file, starting at the player's current mute and volume. */
export function howlOptions(
  name: SoundName,
  src: string,
  settings: { muted: boolean; volume: number },
  events: HowlEvents,
): HowlOptions {
  const region = LOOP_REGIONS[name];
  return {
    src: [src],
    // A hashed or inlined URL may hide the extension Howler uses to pick a codec.
    format: ['mp3'],
    preload: true,
    // Web Audio loops a sprite sample-accurately; HTML5 audio would restart it with a gap.
    html5: false,
    volume: settings.volume,
    mute: settings.muted,
    ...(region && {
      sprite: {
        [LOOP_SPRITE]: [region.startMs, region.durationMs, true],
        [CYCLE_SPRITE]: [region.startMs, region.durationMs],
      },
    }),
    onload: () => events.onload(),
    onloaderror: (_id, error) => events.onloaderror(error),
    onplayerror: (_id, error) => events.onplayerror(error),
  };
}

/** Howler's Howl class, from its own chunk: fetched on the first call only. */
export async function importHowl(): Promise<typeof Howl> {
  const howler = await import('howler');
  // Howler is CommonJS; depending on the bundler's interop the class is a named or a default export.
  const HowlClass = howler.Howl ?? (howler as { default?: { Howl?: typeof Howl } }).default?.Howl;
  if (typeof HowlClass !== 'function') throw new Error('howler has no Howl export');
  return HowlClass;
}
