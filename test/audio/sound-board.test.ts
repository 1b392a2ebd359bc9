import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSoundBoard } from '../../src/audio/howler-sound-board';
import { LATE_CUE_MS, type SoundBoard, type SoundCaption } from '../../src/audio/sound-board';
import { FakeHowl, memoryStorage } from './fake-howler';

// Howler is loaded with a dynamic import(); vi.mock intercepts that as it would a static one.
vi.mock('howler', async () => (await import('./fake-howler')).fakeHowlerModule);

/** Let the lazy import('howler') resolve and the board create its Howls. */
async function settle() {
  await vi.dynamicImportSettled();
  // setImmediate is left real below: one macrotask lets every promise after the import run.
  await new Promise((resolve) => setImmediate(resolve));
}

/** A board with storage the test can read, and the captions it has emitted. */
function board(storage = memoryStorage()) {
  const sound = createSoundBoard({ storage });
  const captions: SoundCaption[] = [];
  sound.onCaption((caption) => captions.push(caption));
  return { sound, captions, storage };
}

let current: SoundBoard | null = null;
beforeEach(() => {
  FakeHowl.reset();
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  current?.unload();
  current = null;
  vi.useRealTimers();
});

describe('loading the sound board', () => {
  it('downloads nothing and creates no Howl until preload()', async () => {
    const { sound } = board();
    current = sound;
    sound.setVolume(0.4);
    sound.setMuted(true);
    await settle();
    vi.advanceTimersByTime(10_000);
    expect(FakeHowl.created).toHaveLength(0);

    sound.preload();
    await settle();
    expect(FakeHowl.created.map((howl) => String(howl.options.src))).toEqual([
      expect.stringMatching(/launch\.mp3$/),
      expect.stringMatching(/siren\.mp3$/),
      expect.stringMatching(/chime\.mp3$/),
      expect.stringMatching(/bell\.mp3$/),
      expect.stringMatching(/ambient\.mp3$/),
    ]);
    // The Howls start at the choices made before they existed.
    expect(FakeHowl.of('chime')).toMatchObject({ muted: true, level: 0.4 });
    expect(FakeHowl.of('chime').options).toMatchObject({ format: ['mp3'], html5: false });

    sound.preload();
    await settle();
    expect(FakeHowl.created).toHaveLength(5);
  });

  it('loops exactly one cycle from inside the siren and ambient files', async () => {
    const { sound } = board();
    current = sound;
    sound.preload();
    await settle();
    for (const [name, cycleMs] of [
      ['siren', 3000],
      ['ambient', 8000],
    ] as const) {
      const [startMs, durationMs, loops] = FakeHowl.of(name).options.sprite?.loop ?? [];
      expect(durationMs).toBe(cycleMs);
      expect(startMs).toBeGreaterThan(50); // past the MP3 encoder's lead-in
      expect(loops).toBe(true);
    }
    expect(FakeHowl.of('chime').options.sprite).toBeUndefined();
  });

  it('starts loading on the first cue when preload() was never called', async () => {
    const { sound, captions } = board();
    current = sound;
    sound.play('bell');
    expect(captions).toEqual([{ cue: 'bell', text: '[Round bell]' }]);
    await settle();
    expect(FakeHowl.created).toHaveLength(5);
  });
});

describe('cues asked for before their sound has arrived', () => {
  it('shows the caption at once and plays a one-shot that arrives in time', async () => {
    const { sound, captions } = board();
    current = sound;
    sound.preload();
    sound.play('launch');
    expect(captions.map((c) => c.text)).toEqual(['[Missile launch]']);
    await settle();
    vi.advanceTimersByTime(LATE_CUE_MS - 50);
    FakeHowl.of('launch').finishLoading();
    expect(FakeHowl.of('launch').sounding()).toHaveLength(1);
    // Once loaded, a cue plays straight away.
    sound.play('launch');
    expect(FakeHowl.of('launch').sounding()).toHaveLength(2);
  });

  it('drops a one-shot whose sound arrives too late to match the board', async () => {
    const { sound, captions } = board();
    current = sound;
    sound.play('chime');
    await settle();
    vi.advanceTimersByTime(LATE_CUE_MS + 1);
    FakeHowl.of('chime').finishLoading();
    expect(FakeHowl.of('chime').plays).toHaveLength(0);
    expect(captions.map((c) => c.cue)).toEqual(['chime']);
  });

  it('starts the ambient bed when it arrives, fading in, once however often it was asked', async () => {
    const { sound, captions } = board();
    current = sound;
    sound.startAmbient();
    sound.startAmbient();
    await settle();
    vi.advanceTimersByTime(5_000);
    FakeHowl.of('ambient').finishLoading();
    const ambient = FakeHowl.of('ambient');
    expect(ambient.sounding().map((p) => p.sprite)).toEqual(['loop']);
    expect(ambient.fades[0]).toMatchObject({ from: 0, to: 0.7, ms: 1000 });
    expect(captions.map((c) => c.cue)).toEqual(['ambient']);
  });

  it('does not start the ambient bed if it was stopped before it arrived', async () => {
    const { sound } = board();
    current = sound;
    sound.startAmbient();
    sound.stopAmbient();
    await settle();
    FakeHowl.of('ambient').finishLoading();
    expect(FakeHowl.of('ambient').plays).toHaveLength(0);
  });

  it('sounds a siren that arrives while the alert still runs, and stops it on time', async () => {
    const { sound, captions } = board();
    current = sound;
    sound.loop('siren', 2_000);
    expect(captions.map((c) => c.cue)).toEqual(['siren']);
    await settle();
    vi.advanceTimersByTime(800);
    const siren = FakeHowl.of('siren');
    siren.finishLoading();
    expect(siren.sounding().map((p) => p.sprite)).toEqual(['loop']);
    vi.advanceTimersByTime(1_200); // the alert ends: the siren fades out, then stops
    expect(siren.fades.at(-1)).toMatchObject({ from: 0.7, to: 0 });
    vi.advanceTimersByTime(200);
    expect(siren.sounding()).toHaveLength(0);
  });

  it('never starts a siren whose alert ended before the sound arrived', async () => {
    const { sound } = board();
    current = sound;
    sound.loop('siren', 500);
    await settle();
    vi.advanceTimersByTime(600);
    FakeHowl.of('siren').finishLoading();
    expect(FakeHowl.of('siren').plays).toHaveLength(0);
  });
});

describe('mute, volume and failures', () => {
  it('remembers mute and volume for the next visit, and plays no muted one-shot', async () => {
    const first = board();
    first.sound.setMuted(true);
    first.sound.setVolume(0.25);
    first.sound.unload();

    const { sound, captions, storage } = board(first.storage);
    current = sound;
    expect(sound).toMatchObject({ muted: true, volume: 0.25 });
    sound.play('bell');
    await settle();
    const bell = FakeHowl.of('bell');
    expect(bell).toMatchObject({ muted: true, level: 0.25 });
    bell.finishLoading();
    sound.play('bell');
    expect(bell.plays).toHaveLength(0);
    expect(captions.map((c) => c.cue)).toEqual(['bell', 'bell']);

    sound.setMuted(false);
    expect(JSON.parse(storage.items.get('overflight.audio') ?? '')).toEqual({
      muted: false,
      volume: 0.25,
    });
    expect(bell.muted).toBe(false);
    sound.play('bell');
    expect(bell.sounding()).toHaveLength(1);
  });

  it('goes on silently with lastError set when a file fails to load', async () => {
    const { sound, captions } = board();
    current = sound;
    sound.preload();
    await settle();
    FakeHowl.of('launch').failLoading('404 Not Found');
    expect(sound.lastError).toBe('Could not load launch: 404 Not Found');
    expect(() => sound.play('launch')).not.toThrow();
    expect(captions.map((c) => c.text)).toEqual(['[Missile launch]']);
    expect(FakeHowl.of('launch').plays).toHaveLength(0);
    // The other sounds are unaffected.
    FakeHowl.of('bell').finishLoading();
    sound.play('bell');
    expect(FakeHowl.of('bell').sounding()).toHaveLength(1);
  });
});

describe('unloading while sounds are still loading', () => {
  it('creates no Howl when unloaded before Howler itself arrived', async () => {
    const { sound, captions } = board();
    sound.preload();
    sound.startAmbient();
    sound.unload();
    await settle();
    expect(FakeHowl.created).toHaveLength(0);
    sound.play('launch');
    sound.preload();
    await settle();
    expect(FakeHowl.created).toHaveLength(0);
    expect(captions.map((c) => c.cue)).toEqual(['ambient']);
  });

  it('leaves nothing playing when the files arrive after unload', async () => {
    const { sound } = board();
    sound.startAmbient();
    sound.loop('siren', 10_000);
    sound.play('launch');
    await settle();
    sound.unload();
    for (const howl of FakeHowl.created) {
      expect(howl.state).toBe('unloaded');
      howl.finishLoading();
    }
    expect(FakeHowl.created.flatMap((howl) => howl.plays)).toEqual([]);
  });
});
