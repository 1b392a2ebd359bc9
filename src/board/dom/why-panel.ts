import { h } from '../../dom/h';
import type { WhyChain, WhyClaim, WhyStep } from '../view/why';

const SCHOOL_NAMES: Record<string, string> = {
  engagement: 'engagement reading',
  deterrence: 'firm-response reading',
  development: 'weapons-development reading',
  shared: 'common ground',
};

function claimBlock(claim: WhyClaim) {
  return h(
    'li',
    { class: 'why-claim' },
    h(
      'p',
      {},
      claim.text,
      claim.marker ? h('span', { class: 'marker' }, ` (“${claim.marker}”)`) : null,
    ),
    h(
      'p',
      { class: 'why-cites' },
      'Source: ',
      claim.cites.map((c, i) => [
        i > 0 ? '; ' : '',
        h('cite', { title: c.title }, c.locator),
        ` — ${c.title}`,
      ]),
      h('span', { class: 'school' }, ` · ${SCHOOL_NAMES[claim.school] ?? claim.school}`),
    ),
    claim.contestedBy.length > 0
      ? h(
          'div',
          { class: 'contested' },
          h('strong', {}, 'Contested. '),
          'Another source reads it differently: ',
          h(
            'ul',
            {},
            claim.contestedBy.map((c) => h('li', {}, `${c.text} (${c.cites.join(', ')})`)),
          ),
        )
      : null,
  );
}

/**
 * The "why?" dialog: the causal chain from decision or event, through the rule, to the claims
 * and the source paragraphs. Designer assumptions are labelled as such, never dressed as evidence.
 */
export function whyDialog(
  chain: WhyChain,
  onClose: () => void,
  onEvidence?: () => void,
): HTMLElement {
  const stepItem = (step: WhyStep) =>
    h(
      'li',
      { class: `why-step why-${step.cause.kind}` },
      step.change
        ? h(
            'p',
            { class: 'why-change' },
            `${step.change.label}: ${step.change.before} → ${step.change.after} (${step.change.delta > 0 ? '▲ +' : '▼ '}${step.change.delta})`,
            step.change.lensWeight
              ? h('em', {}, ` ×${step.change.lensWeight} under the chosen lens`)
              : null,
          )
        : null,
      // A step under a heading that already names its cause may leave the cause unsaid.
      step.cause.label
        ? h(
            'p',
            { class: 'why-cause' },
            h('strong', {}, step.cause.label),
            step.cause.detail ? ` — ${step.cause.detail}` : '',
          )
        : null,
      step.expected
        ? h(
            'ul',
            { class: 'why-expected', 'aria-label': 'What the model expects' },
            step.expected.map((line) => h('li', {}, line)),
          )
        : null,
      step.assumption
        ? h(
            'p',
            { class: 'assumption' },
            h('strong', {}, 'Designer assumption (no source): '),
            step.assumption,
          )
        : null,
      step.claims.length > 0
        ? h(
            'ul',
            { class: 'why-claims', 'aria-label': `Evidence for “${step.cause.label}”` },
            step.claims.map(claimBlock),
          )
        : null,
    );
  // Steps in a group sit under its heading, numbered afresh within it (a lone step unnumbered):
  // the groups are headings, not steps of the chain.
  const list = (steps: WhyStep[]) =>
    h(
      'ol',
      { class: steps.length === 1 ? 'why-steps why-steps-single' : 'why-steps' },
      steps.map(stepItem),
    );
  const body = groupRuns(chain.steps).map((run) =>
    run.group
      ? h(
          'section',
          { class: 'why-group-section' },
          h('h3', { class: 'why-group' }, run.group),
          list(run.steps),
        )
      : list(run.steps),
  );
  const close = h('button', { type: 'button', class: 'close', onclick: onClose }, 'Close (Esc)');
  // A link, not a button: it takes the player to another screen (the sources and their claims).
  const evidence = onEvidence
    ? h(
        'a',
        {
          href: '#evidence',
          class: 'why-evidence-link',
          'data-testid': 'see-evidence',
          onclick: (event: Event) => {
            event.preventDefault();
            onEvidence();
          },
        },
        'See the evidence',
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
    chain.steps.length > 0 ? body : h('p', {}, 'Nothing changed it in that round.'),
    h('p', { class: 'why-actions' }, evidence, evidence ? ' ' : null, close),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  return dialog;
}

/** Consecutive steps under the same group heading (or none), in order. */
function groupRuns(steps: WhyStep[]): { group: string | undefined; steps: WhyStep[] }[] {
  const runs: { group: string | undefined; steps: WhyStep[] }[] = [];
  for (const step of steps) {
    const last = runs.at(-1);
    if (last && last.group === step.group) last.steps.push(step);
    else runs.push({ group: step.group, steps: [step] });
  }
  return runs;
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
