// The game's sounds by name, and the caption each one shows: what the board, the sound board and
// the sound files agree on.
import { t } from '../i18n/messages';

/** A sound the game plays for an event on the board. */
export type SoundCue = 'launch' | 'siren' | 'chime' | 'bell';

/** Every sound the board holds: the cues and the ambient bed. */
export type SoundName = SoundCue | 'ambient';

/** A caption shown in place of (or alongside) a sound. */
export interface SoundCaption {
  cue: SoundName;
  text: string;
}

/** Caption text for a sound, in the bracketed style of film subtitles, in the page's language. */
export function soundCaption(cue: SoundName): string {
  return t(`play.sound.caption.${cue}`);
}
