import { h } from '../../dom/h';
import { t } from '../../i18n/messages';

/**
 * The Japanese alert banner shown while a missile crosses Japan (modelled on J-Alert): text and
 * an icon, announced to screen readers; removed when the crossing ends. `place` puts it on the
 * page once it is in the document (clear of the flight: see scenes/overlay-place.ts) and returns
 * what to do when it goes.
 */
export function showAlertBanner(
  root: HTMLElement,
  ms: number,
  place: (banner: HTMLElement) => () => void = () => () => {},
): () => void {
  const banner = h(
    'div',
    { class: 'alert-banner', role: 'alert', 'data-testid': 'alert-banner' },
    h('span', { 'aria-hidden': 'true' }, '⚠ '),
    h('strong', {}, t('play.alert.title')),
    t('play.alert.text'),
  );
  root.append(banner);
  const unplace = place(banner);
  const end = () => {
    window.clearTimeout(timer);
    banner.remove();
    unplace();
  };
  const timer = window.setTimeout(end, ms);
  return end;
}
