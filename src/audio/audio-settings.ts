// The player's mute and volume choices, remembered between visits. Kept apart from Howler so the
// parsing and clamping can be tested in plain Node.

/** Mute and master volume (0..1) as the player last left them. */
export interface AudioSettings {
  muted: boolean;
  volume: number;
}

/** The part of the Web Storage API these helpers use; tests pass a Map-backed stand-in. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Storage key under which the settings are kept as JSON `{ muted, volume }`. */
export const AUDIO_SETTINGS_KEY = 'overflight.audio';

/** What a first visit (or an unreadable stored value) gets: sound on, a little below full. */
export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = Object.freeze({
  muted: false,
  volume: 0.7,
});

/** Clamp a volume into 0..1; anything that is not a finite number falls back to `fallback`. */
export function clampVolume(value: unknown, fallback: number = DEFAULT_AUDIO_SETTINGS.volume) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(1, Math.max(0, value));
}

/** The page's localStorage, or null where it is missing or blocked (reading it can throw). */
export function browserStorage(): SettingsStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Read the stored settings; missing, corrupt or inaccessible storage yields the defaults. */
export function readAudioSettings(storage: SettingsStorage | null | undefined): AudioSettings {
  const defaults = { ...DEFAULT_AUDIO_SETTINGS };
  if (!storage) return defaults;
  let parsed: unknown;
  try {
    // getItem itself can throw (storage disabled by privacy settings), as can JSON.parse.
    const raw = storage.getItem(AUDIO_SETTINGS_KEY);
    if (raw === null) return defaults;
    parsed = JSON.parse(raw);
  } catch {
    return defaults;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return defaults;
  const record = parsed as Record<string, unknown>;
  // Each field is judged on its own: a bad volume should not also forget that sound was muted.
  return {
    muted: typeof record.muted === 'boolean' ? record.muted : defaults.muted,
    volume: clampVolume(record.volume, defaults.volume),
  };
}

/** Store the settings (volume clamped) and return what was stored; a full or blocked storage is ignored. */
export function writeAudioSettings(
  storage: SettingsStorage | null | undefined,
  settings: AudioSettings,
): AudioSettings {
  const stored = { muted: settings.muted === true, volume: clampVolume(settings.volume) };
  try {
    storage?.setItem(AUDIO_SETTINGS_KEY, JSON.stringify(stored));
  } catch {
    // Quota exceeded or storage blocked: the choice still holds for this visit, just not the next.
  }
  return stored;
}
