import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import './why.css';
import type { WhyChain } from '../view/why';
import { type PlainLine, plainWhy } from '../view/why-plain';
import {
  type CiteLink,
  citeLink,
  evidenceDepth,
  groupedSections,
  sourcesList,
} from './why-evidence';

/** Where a "why?" panel's links lead: a citation to its paragraph, the list to all sources. */
export interface WhyLinks {
  cite: CiteLink;
  sources: () => void;
}

function plainItem(line: PlainLine, follow: CiteLink): HTMLElement {
  // A change is one number, in its own column; a forecast names its indicators, under the text.
  const single = line.number !== null && !line.number.includes(' ');
  const tone = line.number?.startsWith('+') ? 'up' : line.number?.startsWith('−') ? 'down' : '';
  return h(
    'li',
    { class: `why-line why-${line.kind}${single ? '' : ' why-line-wide'}` },
    h('span', { class: `why-number ${single ? tone : ''}` }, single ? line.number : ''),
    h(
      'span',
      { class: 'why-body' },
      // A sentence quoting a team's own words is left as typed by a page translator.
      h('span', { class: 'why-text', translate: line.typed ? 'no' : null }, line.text),
      line.cites.map((c) => [' ', citeLink(c, follow)]),
      line.assumption
        ? [' ', h('span', { class: 'assumption-mark' }, t('why.panel.assumptionMark'))]
        : null,
      line.number && !single ? h('span', { class: 'why-forecast' }, line.number) : null,
      line.note ? h('span', { class: 'why-note' }, line.note) : null,
    ),
  );
}

/** The first depth: one plain line per step, under its group's heading where it has one. */
function plainDepth(chain: WhyChain, follow: CiteLink): HTMLElement[] {
  const list = (lines: PlainLine[]) =>
    h(
      'ul',
      { class: 'why-plain', 'data-testid': 'why-plain' },
      lines.map((l) => plainItem(l, follow)),
    );
  return groupedSections(plainWhy(chain).lines, list);
}

/**
 * The "why?" dialog in two depths. First, one plain sentence per step with its number and a
 * citation marker; "Show the evidence" opens the second: the claims, the paragraphs, the lenses,
 * the disputes and the designer assumptions. Each source is named once, in full, at the foot.
 * Citation markers are links to the sources screen, at that paragraph.
 */
export function whyDialog(chain: WhyChain, onClose: () => void, links?: WhyLinks): HTMLElement {
  // Without a sources screen to go to (no links), a marker still names its paragraph.
  const follow: CiteLink = links?.cite ?? (() => {});
  const deep = h(
    'div',
    { class: 'why-deep', id: 'why-deep', hidden: true, 'data-testid': 'why-deep' },
    evidenceDepth(chain, follow),
  );
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'why-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'why-deep',
      'data-testid': 'show-evidence',
    },
    t('why.panel.showEvidence'),
  );
  toggle.addEventListener('click', () => {
    const open = deep.hidden;
    deep.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? t('why.panel.hideEvidence') : t('why.panel.showEvidence');
  });
  const close = h(
    'button',
    { type: 'button', class: 'close', onclick: onClose },
    t('why.panel.close'),
  );
  // A link, not a button: it takes the player to another screen (every source and its claims).
  const all = links
    ? h(
        'a',
        {
          href: '#sources',
          class: 'why-evidence-link',
          'data-testid': 'see-evidence',
          onclick: (event: Event) => {
            event.preventDefault();
            links.sources();
          },
        },
        t('why.panel.allSources'),
      )
    : null;
  const dialog = h(
    'div',
    {
      class: 'why-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'why-title',
      tabindex: '-1',
    },
    h('h2', { id: 'why-title' }, chain.title),
    chain.steps.length > 0
      ? [plainDepth(chain, follow), h('p', { class: 'why-more' }, toggle), deep]
      : h('p', {}, t('why.panel.nothingChanged')),
    sourcesList(chain, follow),
    h('p', { class: 'why-actions' }, all, all ? ' ' : null, close),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  return dialog;
}

/** Keep Tab inside a modal dialog. */
export function trapFocus(container: HTMLElement, event: KeyboardEvent): void {
  const focusable = [
    ...container.querySelectorAll<HTMLElement>(
      'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
    ),
  ];
  if (focusable.length === 0) return;
  const first = focusable[0] as HTMLElement;
  const last = focusable[focusable.length - 1] as HTMLElement;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
