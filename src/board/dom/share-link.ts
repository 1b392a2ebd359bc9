import { h } from '../../dom/h';
import type { GameRecord } from '../../model/record';
import { recordUrl, TOO_LONG_FOR_A_LINK } from '../save/record-link';

/**
 * A game's share link, copied to the clipboard where the browser allows, and shown as a text
 * field to select and copy by hand; or, for a record too long for a link, why not (said aloud
 * too). The caller puts the returned element where the link was asked for.
 */
export function shareLink(
  record: GameRecord,
  href: string,
  announce: (text: string) => void,
): HTMLElement {
  const made = recordUrl(record, href);
  if (!made.ok) {
    announce(TOO_LONG_FOR_A_LINK);
    return h('p', { class: 'small', 'data-testid': 'share-link-refused' }, TOO_LONG_FOR_A_LINK);
  }
  const link = made.url;
  navigator.clipboard?.writeText(link).then(
    () => announce('Share link copied.'),
    () => announce('Could not copy: select the link and copy it.'),
  );
  return h(
    'p',
    { class: 'small' },
    h(
      'label',
      {},
      'Share link: ',
      h('input', {
        type: 'text',
        readonly: true,
        value: link,
        'data-testid': 'share-link',
        size: 40,
      }),
    ),
  );
}
