import { describe, expect, it, vi } from 'vitest';
import { createSoundBoard } from '../../src/audio/howler-sound-board';
import type { SoundCaption } from '../../src/audio/sound-board';

// The network dropped while the game ran: the chunk holding Howler cannot be fetched.
vi.mock('howler', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a sound board whose sound engine cannot be loaded', () => {
  it('keeps the game silent, with captions and settings working and lastError set', async () => {
    const sound = createSoundBoard({ storage: null });
    const captions: SoundCaption[] = [];
    sound.onCaption((caption) => captions.push(caption));
    expect(() => {
      sound.preload();
      sound.startAmbient();
      sound.loop('siren', 1_000);
    }).not.toThrow();
    await vi.waitFor(() => expect(sound.lastError).toMatch(/^Could not load the sound engine: /));
    sound.play('launch');
    sound.setMuted(true);
    expect(sound.muted).toBe(true);
    expect(captions.map((c) => c.cue)).toEqual(['ambient', 'siren', 'launch']);
    sound.unload();
  });
});
