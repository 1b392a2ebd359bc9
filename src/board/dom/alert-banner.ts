import { h } from '../../dom/h';

/**
 * The Japanese alert banner shown while a missile crosses Japan (modelled on J-Alert): text and
 * an icon, announced to screen readers; removed when the crossing ends.
 */
export function showAlertBanner(root: HTMLElement, ms: number): () => void {
  const banner = h(
    'div',
    { class: 'alert-banner', role: 'alert', 'data-testid': 'alert-banner' },
    h('span', { 'aria-hidden': 'true' }, '⚠ '),
    h('strong', {}, 'J-Alert: '),
    'missile passing over Japan — people in the area should take shelter in a sturdy building.',
  );
  root.append(banner);
  const timer = window.setTimeout(() => banner.remove(), ms);
  return () => {
    window.clearTimeout(timer);
    banner.remove();
  };
}
