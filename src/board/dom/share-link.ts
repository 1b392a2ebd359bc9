import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { GameRecord } from '../../model/record';
import { recordUrl, tooLongForALink } from '../save/record-link';

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
    const tooLong = tooLongForALink();
    announce(tooLong);
    return h('p', { class: 'small', 'data-testid': 'share-link-refused' }, tooLong);
  }
  const link = made.url;
  navigator.clipboard?.writeText(link).then(
    () => announce(t('play.share.copied')),
    () => announce(t('play.share.notCopied')),
  );
  return h(
    'p',
    { class: 'small' },
    h(
      'label',
      {},
      t('play.share.label'),
      h('input', {
        type: 'text',
        translate: 'no',
        readonly: true,
        value: link,
        'data-testid': 'share-link',
        size: 40,
      }),
    ),
  );
}
