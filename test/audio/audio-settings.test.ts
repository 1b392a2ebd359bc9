import { describe, expect, it } from 'vitest';
import {
  AUDIO_SETTINGS_KEY,
  DEFAULT_AUDIO_SETTINGS,
  readAudioSettings,
  type SettingsStorage,
  writeAudioSettings,
} from '../../src/audio/audio-settings';

/** A Map-backed stand-in for localStorage, optionally holding one raw stored value. */
function memoryStorage(raw?: string): SettingsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  if (raw !== undefined) items.set(AUDIO_SETTINGS_KEY, raw);
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

/** Storage that refuses every call, as a browser with storage blocked does. */
const blockedStorage: SettingsStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('audio settings', () => {
  it('defaults to sound on at volume 0.7 with no storage, empty storage or blocked storage', () => {
    expect(DEFAULT_AUDIO_SETTINGS).toEqual({ muted: false, volume: 0.7 });
    expect(readAudioSettings(null)).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(readAudioSettings(undefined)).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(readAudioSettings(memoryStorage())).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(readAudioSettings(blockedStorage)).toEqual(DEFAULT_AUDIO_SETTINGS);
  });

  it('round-trips through storage as JSON under overflight.audio', () => {
    const storage = memoryStorage();
    expect(writeAudioSettings(storage, { muted: true, volume: 0.25 })).toEqual({
      muted: true,
      volume: 0.25,
    });
    expect(JSON.parse(storage.items.get('overflight.audio') ?? '')).toEqual({
      muted: true,
      volume: 0.25,
    });
    expect(readAudioSettings(storage)).toEqual({ muted: true, volume: 0.25 });
  });

  it.each([
    ['not JSON', '{muted: true'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[true, 0.2]'],
    ['a string', '"loud"'],
  ])('ignores a corrupt stored value (%s)', (_label, raw) => {
    expect(readAudioSettings(memoryStorage(raw))).toEqual(DEFAULT_AUDIO_SETTINGS);
  });

  it.each([
    [
      'a muted flag that is a string',
      '{"muted":"yes","volume":0.4}',
      { muted: false, volume: 0.4 },
    ],
    ['a volume that is a string', '{"muted":true,"volume":"max"}', { muted: true, volume: 0.7 }],
    ['a missing volume', '{"muted":true}', { muted: true, volume: 0.7 }],
  ])('keeps the valid field when only one is bad (%s)', (_label, raw, expected) => {
    expect(readAudioSettings(memoryStorage(raw))).toEqual(expected);
  });

  it.each([
    [1.5, 1],
    [-0.2, 0],
    [0, 0],
    [1, 1],
  ])('clamps volume %s to %s when reading and when writing', (volume, clamped) => {
    expect(readAudioSettings(memoryStorage(JSON.stringify({ muted: false, volume })))).toEqual({
      muted: false,
      volume: clamped,
    });
    const storage = memoryStorage();
    expect(writeAudioSettings(storage, { muted: false, volume }).volume).toBe(clamped);
    expect(readAudioSettings(storage).volume).toBe(clamped);
  });

  it('writes nothing and does not throw when storage is blocked or absent', () => {
    expect(writeAudioSettings(blockedStorage, { muted: true, volume: 0.3 })).toEqual({
      muted: true,
      volume: 0.3,
    });
    expect(writeAudioSettings(null, { muted: false, volume: Number.NaN })).toEqual(
      DEFAULT_AUDIO_SETTINGS,
    );
  });
});
