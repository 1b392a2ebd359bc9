import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { SoundPort } from '../ports';

/** Mute toggle and volume slider; both remembered by the sound module between visits. */
export function soundControls(sound: SoundPort): HTMLElement {
  const mute = h('button', {
    type: 'button',
    class: 'mute',
    'aria-pressed': String(sound.muted),
    'data-testid': 'mute',
  });
  const label = () => {
    mute.textContent = sound.muted ? t('play.sound.off') : t('play.sound.on');
    mute.setAttribute('aria-pressed', String(sound.muted));
  };
  label();
  mute.addEventListener('click', () => {
    sound.setMuted(!sound.muted);
    label();
  });
  const volume = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    value: Math.round(sound.volume * 100),
    'aria-label': t('play.sound.volume'),
    'data-testid': 'volume',
  });
  volume.addEventListener('input', () => sound.setVolume(Number(volume.value) / 100));
  return h(
    'div',
    { class: 'sound-controls', role: 'group', 'aria-label': t('play.sound.group') },
    mute,
    h('label', {}, h('span', { class: 'volume-label' }, `${t('play.sound.volume')} `), volume),
  );
}
