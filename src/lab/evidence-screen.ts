import { h, replaceChildren } from '../dom/h';
import type { Scenario } from '../model/schema';
import './evidence.css';
import { LENS_GAMES, LensComparison, type LensRow } from './evidence-lenses';
import { type EvidenceClaim, type EvidenceSource, evidenceView } from './evidence-view';

const SCHOOLS: Record<string, string> = {
  engagement: 'engagement reading',
  deterrence: 'firm-response reading',
  development: 'weapons-development reading',
  shared: 'common ground',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;
const signedPoints = (x: number) => {
  const points = Math.round(x * 100);
  return points === 0 ? '±0' : `${points > 0 ? '+' : '−'}${Math.abs(points)} pts`;
};

function claimItem(claim: EvidenceClaim): HTMLElement {
  const weights = claim.lensWeights.filter((w) => w.weight !== 1);
  return h(
    'li',
    { class: 'evidence-claim', 'data-claim': claim.id },
    h('p', { class: 'evidence-claim-text' }, claim.text),
    h(
      'p',
      { class: 'evidence-meta' },
      `Paragraphs: ${claim.paragraphs.join('; ')} · ${SCHOOLS[claim.school] ?? claim.school}`,
    ),
    claim.rules.length
      ? h(
          'p',
          { class: 'evidence-rules' },
          h('strong', {}, 'Rules that use it: '),
          claim.rules.map((r) => `${r.title} (${r.scenario})`).join('; '),
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
          h('strong', {}, 'Contested by: '),
          h(
            'ul',
            {},
            claim.contestedBy.map((c) => h('li', {}, `${c.text} (source ${c.sources.join(', ')})`)),
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

function sourceSection(source: EvidenceSource): HTMLElement {
  return h(
    'section',
    { class: 'evidence-source', 'aria-labelledby': `source-${source.id}` },
    h('h2', { id: `source-${source.id}` }, `${source.id} — ${source.title}`),
    h('p', { class: 'evidence-meta' }, [source.byline, source.events].filter(Boolean).join(' · ')),
    source.citedAs
      ? h('p', {}, `A shorter copy of source ${source.citedAs}; its claims are cited from there.`)
      : source.claims.length
        ? h('ul', { class: 'evidence-claims' }, source.claims.map(claimItem))
        : h('p', {}, 'No claim cites it.'),
  );
}

function lensTable(rows: LensRow[], games: number): HTMLElement {
  const outcomes = rows[0]?.shares ?? [];
  return h(
    'table',
    { class: 'evidence-lens-table', 'data-testid': 'lens-table' },
    h(
      'caption',
      {},
      `${games} games per lens on the same seeds; differences from the balanced reading`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Lens'),
        outcomes.map((o) => h('th', { scope: 'col' }, o.title)),
        h('th', { scope: 'col' }, 'Tests per game'),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.title),
          row.shares.map((s) =>
            h(
              'td',
              {},
              percent(s.share),
              row.lens === 'balanced' ? '' : ` (${signedPoints(s.delta)})`,
            ),
          ),
          h(
            'td',
            {},
            String(row.meanTests),
            row.lens === 'balanced' ? '' : ` (${row.testsDelta >= 0 ? '+' : ''}${row.testsDelta})`,
          ),
        ),
      ),
    ),
  );
}

/**
 * The evidence screen: every source with the claims that cite it, the rules that use each
 * claim, what contests it and how each lens weighs it; the designer assumptions; and, on
 * demand, how much each lens moves the outcomes (played in the lab's worker).
 */
export function evidenceScreen(scenarios: Scenario[], current: Scenario, onBack: () => void) {
  const view = evidenceView(scenarios, current);
  const status = h('p', { role: 'status', class: 'lab-status', 'data-testid': 'evidence-status' });
  const results = h('div', { class: 'evidence-lens-results' });
  const choose = h(
    'select',
    { id: 'evidence-scenario' },
    scenarios.map((s) => h('option', { value: s.id, selected: s.id === current.id }, s.title)),
  );
  const run = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'compare-lenses', onclick: () => start() },
    'Compare the lenses',
  );
  const comparison = new LensComparison({
    progress: (text) => {
      status.textContent = text;
    },
    done: (rows) => {
      run.disabled = false;
      status.textContent = 'Done.';
      replaceChildren(results, lensTable(rows, LENS_GAMES));
    },
    error: (message) => {
      run.disabled = false;
      status.textContent = `The comparison failed: ${message}`;
    },
  });
  const start = () => {
    const scenario = scenarios.find((s) => s.id === choose.value) ?? current;
    run.disabled = true;
    replaceChildren(results);
    status.textContent = 'Starting…';
    comparison.run(scenario);
  };
  const element = h(
    'section',
    { class: 'panel evidence-screen', 'aria-labelledby': 'evidence-heading' },
    h(
      'header',
      { class: 'lab-head' },
      h('h1', { id: 'evidence-heading' }, 'The evidence'),
      h('p', {}, 'Each source, the claims the game takes from it, and the rules that use them.'),
      h('button', { type: 'button', onclick: onBack, 'data-testid': 'evidence-back' }, 'Back'),
    ),
    h(
      'div',
      { class: 'evidence-body' },
      h(
        'div',
        { class: 'evidence-list', tabindex: '0', 'aria-label': 'Sources and claims' },
        view.sources.map(sourceSection),
        h(
          'section',
          { class: 'evidence-source', 'aria-labelledby': 'assumptions-heading' },
          h('h2', { id: 'assumptions-heading' }, 'Designer assumptions (no source)'),
          h(
            'ul',
            { class: 'evidence-claims' },
            view.assumptions.map((a) =>
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
        ),
      ),
      h(
        'aside',
        { class: 'evidence-lenses', 'aria-labelledby': 'lens-heading' },
        h('h2', { id: 'lens-heading' }, 'How much each lens moves the outcomes'),
        h(
          'p',
          { class: 'evidence-meta' },
          'A lens reweighs contested claims. The same seeded games are played under each lens, the AI deciding for every capital.',
        ),
        h('label', { for: 'evidence-scenario', class: 'lab-label' }, 'Crisis'),
        choose,
        h('p', {}, run),
        status,
        results,
      ),
    ),
  );
  return { element, cleanup: () => comparison.dispose() };
}
