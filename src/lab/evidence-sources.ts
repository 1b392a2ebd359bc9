// The sources screen's list: each source with what its text shows of author, outlet and date, a
// summary in our words, its claims by paragraph (each with the rules that use it, the lenses'
// weights and who disputes it), and where it disagrees with the other sources.
import { h } from '../dom/h';
import { isMessageKey, t } from '../i18n/messages';
import {
  type Assumption,
  type ClaimUse,
  type EvidenceClaim,
  type EvidenceSource,
  paragraphsIn,
} from './evidence-view';

/** Which way a claim's reading leans, in words (the school's id where it has none). */
function reading(school: string): string {
  const key = `why.sources.reading.${school}`;
  return isMessageKey(key) ? t(key) : school;
}

/** Something that uses a claim, with what it is and the crisis it is in. */
function useLabel(use: ClaimUse): string {
  return t('why.sources.use', {
    title: use.title,
    kind: t(`why.sources.kind.${use.kind}`),
    scenario: use.scenario,
  });
}

/** A marker ("001:14") that moves the list to that source and paragraph. */
function citeJump(cite: string, jump: (cite: string) => void): HTMLElement {
  return h(
    'a',
    {
      href: `#sources/${cite}`,
      class: 'cite-link',
      'data-cite': cite,
      onclick: (event: Event) => {
        event.preventDefault();
        jump(cite);
      },
    },
    cite,
  );
}

const jumps = (cites: string[], jump: (cite: string) => void) =>
  cites.map((c, i) => [i > 0 ? ', ' : '', citeJump(c, jump)]);

/** Rules by title, each once, with the crises it is in. */
function byTitle(rules: EvidenceClaim['rules']): string {
  const crises = new Map<string, string[]>();
  for (const r of rules) crises.set(r.title, [...(crises.get(r.title) ?? []), r.scenario]);
  return [...crises]
    .map(([title, list]) => t('why.sources.ruleIn', { title, crises: list.join('; ') }))
    .join(' · ');
}

function claimItem(source: string, claim: EvidenceClaim, jump: (c: string) => void): HTMLElement {
  const weights = claim.lensWeights.filter((w) => w.weight !== 1);
  const here = paragraphsIn(source, claim.cites);
  const elsewhere = claim.cites.filter((c) => !c.startsWith(`${source}:`));
  return h(
    'li',
    { class: 'evidence-claim', 'data-claim': claim.id, 'data-cites': claim.cites.join(' ') },
    h('p', { class: 'evidence-claim-text' }, claim.text),
    h(
      'p',
      { class: 'evidence-meta' },
      t('why.sources.paragraphs', { count: here.length, paragraphs: here.join(', ') }),
      elsewhere.length ? [` · ${t('why.sources.also')} `, jumps(elsewhere, jump)] : '',
      ` · ${reading(claim.school)}`,
    ),
    claim.rules.length
      ? h(
          'p',
          { class: 'evidence-rules' },
          h('strong', {}, t('why.sources.rulesUsing')),
          byTitle(claim.rules),
        )
      : h(
          'p',
          { class: 'evidence-rules' },
          claim.contextOnly
            ? t('why.sources.contextOnly', { context: claim.contextOnly })
            : t('why.sources.noRule'),
        ),
    claim.others.length
      ? h(
          'p',
          { class: 'evidence-meta' },
          t('why.sources.alsoBehind'),
          claim.others.map(useLabel).join('; '),
        )
      : null,
    claim.contestedBy.length
      ? h(
          'div',
          { class: 'contested' },
          h('strong', {}, t('why.sources.disputedBy')),
          h(
            'ul',
            {},
            claim.contestedBy.map((c) => h('li', {}, `${c.text} `, jumps(c.cites, jump))),
          ),
        )
      : null,
    h(
      'p',
      { class: 'evidence-meta' },
      weights.length
        ? t('why.sources.lensWeights', {
            weights: weights
              .map((w) => t('why.sources.lensWeight', { lens: w.title, weight: String(w.weight) }))
              .join('; '),
          })
        : t('why.sources.asStated'),
    ),
  );
}

function disagreements(source: EvidenceSource, jump: (c: string) => void): HTMLElement | null {
  if (source.disagreements.length === 0) return null;
  return h(
    'div',
    { class: 'evidence-disagree' },
    h('h3', {}, t('why.sources.disagree', { source: source.id })),
    h(
      'ul',
      {},
      source.disagreements.map((d) =>
        h(
          'li',
          {},
          h('span', {}, `${source.id}: ${d.claim.plain} `),
          jumps(d.claim.cites.filter((c) => c.startsWith(`${source.id}:`)).slice(0, 1), jump),
          h('br', {}),
          h('span', {}, `${d.other.sources.join(', ')}: ${d.other.plain} `),
          jumps(d.other.cites.slice(0, 1), jump),
        ),
      ),
    ),
  );
}

/** One source's section of the list. */
export function sourceSection(source: EvidenceSource, jump: (c: string) => void): HTMLElement {
  // A source's title, author and outlet are named as published; what it covers is in our words.
  const shows = [
    ...[source.byline, source.outlet].flatMap((name) =>
      name ? [h('span', { translate: 'no' }, name)] : [],
    ),
    ...(source.events ? [source.events] : []),
  ].map((part, i) => [i > 0 ? ' · ' : '', part]);
  return h(
    'section',
    {
      class: 'evidence-source',
      id: `source-${source.id}`,
      'aria-labelledby': `source-${source.id}-title`,
      'data-source': source.id,
    },
    h(
      'h2',
      { id: `source-${source.id}-title`, tabindex: '-1' },
      `${source.id} — `,
      h('span', { translate: 'no' }, source.title),
    ),
    h('p', { class: 'evidence-meta' }, shows),
    source.summary ? h('p', { class: 'evidence-summary' }, source.summary) : null,
    source.citedAs
      ? h('p', {}, t('why.sources.shorterCopy', { source: source.citedAs }))
      : source.groups.length
        ? source.groups.map((g) =>
            h(
              'div',
              { class: 'evidence-paragraph', 'data-paragraph': g.paragraph },
              h('h3', {}, t('why.sources.paragraph', { paragraph: g.paragraph })),
              h(
                'ul',
                { class: 'evidence-claims' },
                g.claims.map((c) => claimItem(source.id, c, jump)),
              ),
            ),
          )
        : h('p', {}, t('why.sources.noClaim')),
    disagreements(source, jump),
  );
}

/** The designer assumptions: what acts in the game with no source behind it. */
export function assumptionsSection(assumptions: Assumption[]): HTMLElement {
  return h(
    'section',
    { class: 'evidence-source', 'aria-labelledby': 'assumptions-heading' },
    h('h2', { id: 'assumptions-heading' }, t('why.sources.assumptions')),
    h(
      'ul',
      { class: 'evidence-claims' },
      assumptions.map((a) =>
        h(
          'li',
          { class: 'assumption' },
          h('strong', {}, t('why.sources.assumption', { use: useLabel(a.use) })),
          a.text,
        ),
      ),
    ),
  );
}

/**
 * Move the list to a paragraph ("001:14") or a source ("001"): the claims citing that paragraph
 * are marked and the first brought into view and focused. Returns what was found, in words.
 */
export function focusCite(list: HTMLElement, cite: string): string {
  for (const old of list.querySelectorAll('.evidence-focus'))
    old.classList.remove('evidence-focus');
  const [source = '', paragraph] = cite.split(':');
  const section = list.querySelector<HTMLElement>(`[data-source="${CSS.escape(source)}"]`);
  if (!section) return t('why.sources.noSuchSource', { source });
  const claims = paragraph
    ? [...section.querySelectorAll<HTMLElement>(`[data-cites~="${CSS.escape(cite)}"]`)]
    : [];
  for (const c of claims) c.classList.add('evidence-focus');
  // The paragraph's heading comes into view with its claims.
  const target = claims[0]?.closest<HTMLElement>('.evidence-paragraph') ?? claims[0] ?? section;
  const heading = section.querySelector<HTMLElement>('h2');
  target.scrollIntoView({ block: 'start' });
  if (claims[0]) {
    claims[0].setAttribute('tabindex', '-1');
    claims[0].focus({ preventScroll: true });
  } else heading?.focus({ preventScroll: true });
  const name = heading?.textContent ?? source;
  if (!paragraph) return t('why.sources.foundSource', { name });
  return claims.length
    ? t('why.sources.foundClaims', { count: claims.length, cite, name })
    : t('why.sources.noClaimCites', { paragraph, name });
}
