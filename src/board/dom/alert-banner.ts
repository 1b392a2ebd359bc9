import { h } from '../../dom/h';

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
    h('strong', {}, 'J-Alert: '),
    'missile passing over Japan — people in the area should take shelter in a sturdy building.',
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
