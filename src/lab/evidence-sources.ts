// The sources screen's list: each source with what its text shows of author, outlet and date, a
// summary in our words, its claims by paragraph (each with the rules that use it, the lenses'
// weights and who disputes it), and where it disagrees with the other sources.
import { h } from '../dom/h';
import {
  type Assumption,
  type EvidenceClaim,
  type EvidenceSource,
  paragraphsIn,
} from './evidence-view';

const READINGS: Record<string, string> = {
  engagement: 'leans toward talks',
  deterrence: 'leans toward a firm answer',
  development: 'reads tests as weapons work',
  shared: 'common ground among the sources',
};

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
  return [...crises].map(([title, list]) => `${title} (${list.join('; ')})`).join(' · ');
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
      `${here.length > 1 ? 'Paragraphs' : 'Paragraph'} ${here.join(', ')}`,
      elsewhere.length ? [' · also ', jumps(elsewhere, jump)] : '',
      ` · ${READINGS[claim.school] ?? claim.school}`,
    ),
    claim.rules.length
      ? h(
          'p',
          { class: 'evidence-rules' },
          h('strong', {}, 'Rules that use it: '),
          byTitle(claim.rules),
        )
      : h(
          'p',
          { class: 'evidence-rules' },
          claim.contextOnly ? `Context only: ${claim.contextOnly}` : 'No rule uses it.',
        ),
    claim.others.length
      ? h(
          'p',
          { class: 'evidence-meta' },
          'Also behind: ',
          claim.others.map((u) => `${u.title} (${u.kind}, ${u.scenario})`).join('; '),
        )
      : null,
    claim.contestedBy.length
      ? h(
          'div',
          { class: 'contested' },
          h('strong', {}, 'Disputed by: '),
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
        ? `Lens weights: ${weights.map((w) => `${w.title} ×${w.weight}`).join('; ')}; every other lens ×1.`
        : 'Every lens takes it as stated (×1).',
    ),
  );
}

function disagreements(source: EvidenceSource, jump: (c: string) => void): HTMLElement | null {
  if (source.disagreements.length === 0) return null;
  return h(
    'div',
    { class: 'evidence-disagree' },
    h('h3', {}, `Where other sources disagree with ${source.id}`),
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
  const shows = [source.byline, source.outlet, source.events].filter(Boolean).join(' · ');
  return h(
    'section',
    {
      class: 'evidence-source',
      id: `source-${source.id}`,
      'aria-labelledby': `source-${source.id}-title`,
      'data-source': source.id,
    },
    h('h2', { id: `source-${source.id}-title`, tabindex: '-1' }, `${source.id} — ${source.title}`),
    h('p', { class: 'evidence-meta' }, shows),
    source.summary ? h('p', { class: 'evidence-summary' }, source.summary) : null,
    source.citedAs
      ? h('p', {}, `A shorter copy of source ${source.citedAs}; its claims are cited from there.`)
      : source.groups.length
        ? source.groups.map((g) =>
            h(
              'div',
              { class: 'evidence-paragraph', 'data-paragraph': g.paragraph },
              h('h3', {}, `Paragraph ${g.paragraph}`),
              h(
                'ul',
                { class: 'evidence-claims' },
                g.claims.map((c) => claimItem(source.id, c, jump)),
              ),
            ),
          )
        : h('p', {}, 'No claim cites it.'),
    disagreements(source, jump),
  );
}

/** The designer assumptions: what acts in the game with no source behind it. */
export function assumptionsSection(assumptions: Assumption[]): HTMLElement {
  return h(
    'section',
    { class: 'evidence-source', 'aria-labelledby': 'assumptions-heading' },
    h('h2', { id: 'assumptions-heading' }, 'Designer assumptions (no source)'),
    h(
      'ul',
      { class: 'evidence-claims' },
      assumptions.map((a) =>
        h(
          'li',
          { class: 'assumption' },
          h(
            'strong',
            {},
            `Designer assumption — ${a.use.title} (${a.use.kind}, ${a.use.scenario}): `,
          ),
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
  if (!section) return `There is no source ${source}.`;
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
  if (!paragraph) return `${heading?.textContent ?? source}.`;
  const name = heading?.textContent ?? source;
  return claims.length
    ? `${claims.length} ${claims.length === 1 ? 'claim cites' : 'claims cite'} ${cite}, in ${name}.`
    : `No claim of the game cites paragraph ${paragraph} of ${name}.`;
}
