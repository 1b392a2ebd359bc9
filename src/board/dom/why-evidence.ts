// The second depth of a "why?" panel, behind "Show the evidence": each step's cause in full, the
// claims (our paraphrases) with the paragraphs they cite, how each lens weighs them, who disputes
// them, and the designer assumptions, marked as such. Sources are named once, at the panel's foot.
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { CitedParagraph, WhyChain, WhyClaim, WhyStep } from '../view/why';

/** What a citation does when followed: open the sources screen at that paragraph. */
export type CiteLink = (short: string) => void;

/** A citation marker ("001:14") as a link to the sources screen. */
export function citeLink(cite: CitedParagraph | string, follow: CiteLink): HTMLElement {
  const short = typeof cite === 'string' ? cite : cite.short;
  return h(
    'a',
    {
      href: `#sources/${short}`,
      class: 'cite-link',
      'data-cite': short,
      title:
        typeof cite === 'string'
          ? t('why.evidence.sourceTitle', { source: short })
          : t('why.evidence.paragraphTitle', { title: cite.title, paragraph: cite.paragraph }),
      onclick: (event: Event) => {
        event.preventDefault();
        follow(short);
      },
    },
    short,
  );
}

const links = (cites: (CitedParagraph | string)[], follow: CiteLink) =>
  cites.map((c, i) => [i > 0 ? ', ' : '', citeLink(c, follow)]);

/** How the lenses weigh a claim, the game's own lens first and named as such. */
function lensNote(claim: WhyClaim, lens: string | undefined): HTMLElement {
  if (claim.weights.length === 0)
    return h('p', { class: 'why-lens' }, t('why.evidence.lensAsStated'));
  const ordered = [...claim.weights].sort(
    (a, b) => Number(b.lens === lens) - Number(a.lens === lens),
  );
  return h(
    'p',
    { class: 'why-lens' },
    t('why.evidence.lensWeighs'),
    ordered.map((w, i) => [
      i > 0 ? t('why.evidence.lensSeparator') : '',
      t('why.evidence.lensWeight', { lens: w.title, weight: String(w.weight) }),
      w.lens === lens ? h('strong', {}, t('why.evidence.thisLens')) : '',
    ]),
    t('why.evidence.otherLenses'),
  );
}

function claimBlock(claim: WhyClaim, lens: string | undefined, follow: CiteLink): HTMLElement {
  return h(
    'li',
    { class: 'why-claim', 'data-claim': claim.id },
    h(
      'p',
      {},
      claim.text,
      // A quoted phrase of the source, in its own language.
      claim.marker ? h('span', { class: 'marker', translate: 'no' }, ` (“${claim.marker}”)`) : null,
      ' ',
      h('span', { class: 'why-cites' }, links(claim.cites, follow)),
    ),
    lensNote(claim, lens),
    claim.contestedBy.length > 0
      ? h(
          'div',
          { class: 'contested' },
          h('strong', {}, t('why.evidence.disputed')),
          t('why.evidence.readsDifferently'),
          h(
            'ul',
            {},
            claim.contestedBy.map((c) =>
              h(
                'li',
                {},
                c.text,
                ' ',
                h('span', { class: 'why-cites' }, links(c.paragraphs, follow)),
              ),
            ),
          ),
        )
      : null,
  );
}

function changeLine(step: WhyStep): HTMLElement | null {
  const change = step.change;
  if (!change) return null;
  return h(
    'p',
    { class: 'why-change' },
    t('why.evidence.change', {
      indicator: change.label,
      before: change.before,
      after: change.after,
    }),
    change.lensWeight
      ? h('em', {}, t('why.evidence.scaled', { weight: String(change.lensWeight) }))
      : null,
  );
}

function stepBlock(step: WhyStep, lens: string | undefined, follow: CiteLink): HTMLElement {
  return h(
    'li',
    { class: `why-step why-${step.cause.kind}` },
    changeLine(step),
    step.cause.label
      ? h(
          'p',
          { class: 'why-cause' },
          h('strong', {}, step.cause.label),
          step.cause.detail
            ? [
                ' — ',
                step.cause.typed
                  ? h('span', { translate: 'no' }, step.cause.detail)
                  : step.cause.detail,
              ]
            : '',
        )
      : null,
    step.expected
      ? h(
          'ul',
          { class: 'why-expected', 'aria-label': t('why.evidence.expects') },
          step.expected.map((line) => h('li', {}, line)),
        )
      : null,
    step.assumption
      ? h(
          'p',
          { class: 'assumption' },
          h('strong', {}, t('why.evidence.assumption')),
          step.assumption,
        )
      : null,
    step.claims.length > 0
      ? h(
          'ul',
          {
            class: 'why-claims',
            'aria-label': step.cause.label
              ? t('why.evidence.evidenceFor', { cause: step.cause.label })
              : t('why.evidence.evidenceForChange'),
          },
          step.claims.map((c) => claimBlock(c, lens, follow)),
        )
      : null,
  );
}

/** Consecutive steps under the same group heading (or none), in order. */
export function groupRuns<T extends { group?: string | undefined }>(
  items: T[],
): { group: string | undefined; items: T[] }[] {
  const runs: { group: string | undefined; items: T[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else runs.push({ group: item.group, items: [item] });
  }
  return runs;
}

/** Items in runs of one group each, every run under its group's heading where it has one. */
export function groupedSections<T extends { group?: string | undefined }>(
  items: T[],
  list: (run: T[]) => HTMLElement,
): HTMLElement[] {
  return groupRuns(items).map((run) =>
    run.group
      ? h(
          'section',
          { class: 'why-group-section' },
          h('h3', { class: 'why-group' }, run.group),
          list(run.items),
        )
      : list(run.items),
  );
}

/** The whole chain at its second depth. */
export function evidenceDepth(chain: WhyChain, follow: CiteLink): HTMLElement[] {
  const list = (steps: WhyStep[]) =>
    h(
      'ol',
      { class: steps.length === 1 ? 'why-steps why-steps-single' : 'why-steps' },
      steps.map((s) => stepBlock(s, chain.lens, follow)),
    );
  return groupedSections(chain.steps, list);
}

/** Every source the chain cites (its claims and the claims disputing them), once, in order. */
export function citedSources(chain: WhyChain): CitedParagraph[] {
  const bySource = new Map<string, CitedParagraph>();
  for (const step of chain.steps)
    for (const claim of step.claims)
      for (const cite of [...claim.cites, ...claim.contestedBy.flatMap((c) => c.paragraphs)])
        if (!bySource.has(cite.source)) bySource.set(cite.source, cite);
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}

/** The sources list at the panel's foot: each source named once, in full. */
export function sourcesList(chain: WhyChain, follow: CiteLink): HTMLElement | null {
  const sources = citedSources(chain);
  if (sources.length === 0) return null;
  return h(
    'section',
    { class: 'why-sources', 'aria-labelledby': 'why-sources-heading' },
    h('h3', { id: 'why-sources-heading' }, t('why.evidence.sources')),
    h(
      'ul',
      {},
      sources.map((s) => {
        // A source's title, author and outlet are named as published; what it covers is ours.
        const shows = [
          ...[s.byline, s.outlet].flatMap((name) =>
            name ? [h('span', { translate: 'no' }, name)] : [],
          ),
          ...(s.events ? [s.events] : []),
        ];
        return h(
          'li',
          { 'data-source': s.source },
          citeLink(s.source, () => follow(s.source)),
          ' ',
          h('span', { translate: 'no' }, `“${s.title}”`),
          shows.length ? [' — ', shows.map((part, i) => [i > 0 ? '; ' : '', part])] : '',
        );
      }),
    ),
  );
}
