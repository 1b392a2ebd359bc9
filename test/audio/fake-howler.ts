// A stand-in for Howler's Howl, for tests in plain Node: it records what the sound board asks of
// it and loads only when the test says the file has arrived. Install it with
// `vi.mock('howler', async () => (await import('./fake-howler')).fakeHowlerModule)`.
import type { HowlOptions } from 'howler';
import type { SettingsStorage } from '../../src/audio/audio-settings';
import type { SoundName } from '../../src/audio/sound-names';

/** One play call: which sprite (undefined: the whole file) and whether it is still sounding. */
export interface FakePlay {
  id: number;
  sprite: string | undefined;
  playing: boolean;
}

let nextId = 1;

/** A Howl whose file arrives when `finishLoading()` or `failLoading()` is called. */
export class FakeHowl {
  /** Every Howl created since the last `reset()`, in order. */
  static created: FakeHowl[] = [];

  /** Forget every Howl created so far. */
  static reset(): void {
    FakeHowl.created = [];
  }

  /** The Howl of one sound, found by its file name. */
  static of(name: SoundName): FakeHowl {
    const howl = FakeHowl.created.find((h) => String(h.options.src).includes(`${name}.mp3`));
    if (!howl) throw new Error(`no Howl was created for ${name}`);
    return howl;
  }

  state: 'loading' | 'loaded' | 'unloaded' = 'loading';
  muted: boolean;
  level: number;
  readonly plays: FakePlay[] = [];
  readonly fades: Array<{ from: number; to: number; ms: number; id: number | undefined }> = [];

  constructor(readonly options: HowlOptions) {
    this.muted = options.mute === true;
    this.level = options.volume ?? 1;
    FakeHowl.created.push(this);
  }

  /** The file arrived and decoded. */
  finishLoading(): void {
    this.state = 'loaded';
    this.options.onload?.(0);
  }

  /** The file could not be fetched or decoded. */
  failLoading(message: string): void {
    this.options.onloaderror?.(0, message);
  }

  /** What is sounding now, muted or not. */
  sounding(): FakePlay[] {
    return this.plays.filter((play) => play.playing);
  }

  play(sprite?: string): number {
    const play = { id: nextId++, sprite, playing: true };
    this.plays.push(play);
    return play.id;
  }

  stop(id?: number): this {
    for (const play of this.plays) if (id === undefined || play.id === id) play.playing = false;
    return this;
  }

  fade(from: number, to: number, ms: number, id?: number): this {
    this.fades.push({ from, to, ms, id });
    return this;
  }

  mute(muted: boolean): this {
    this.muted = muted;
    return this;
  }

  volume(level: number): this {
    this.level = level;
    return this;
  }

  unload(): void {
    this.state = 'unloaded';
    this.stop();
  }
}

/** The module `vi.mock('howler', …)` should hand out. */
export const fakeHowlerModule = { Howl: FakeHowl, Howler: {} };

/** A Map-backed stand-in for localStorage. */
export function memoryStorage(): SettingsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}
