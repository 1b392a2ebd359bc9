// The language menu, on the title screen and in the top bar: each language named in itself
// (English, 日本語, 한국어). Choosing one reloads the page in it (src/i18n/page-locale.ts).
import { h } from '../../dom/h';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales';
import { currentLocale, t } from '../../i18n/messages';
import { switchLocale } from '../../i18n/page-locale';

/** A labelled select of the shipped languages; `compact` hides the label (the top bar). */
export function languageMenu(compact = false): HTMLElement {
  const current = currentLocale();
  const select = h(
    'select',
    {
      'data-testid': 'language',
      'aria-label': t('common.language'),
      onchange: (event: Event) => {
        const value = (event.target as HTMLSelectElement).value as Locale;
        if (value !== current) switchLocale(value);
      },
    },
    LOCALES.map((locale) =>
      h(
        'option',
        { value: locale, lang: locale, selected: locale === current },
        LOCALE_NAMES[locale],
      ),
    ),
  );
  return h(
    'label',
    { class: compact ? 'language-menu compact' : 'language-menu' },
    compact ? null : h('span', {}, t('common.language')),
    select,
  );
}
