import { h, replaceChildren } from '../dom/h';
import type { Scenario } from '../model/schema';
import './evidence.css';
import { LENS_GAMES, LensComparison, type LensRow } from './evidence-lenses';
import { assumptionsSection, focusCite, sourceSection } from './evidence-sources';
import { evidenceView } from './evidence-view';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const signedPoints = (x: number) => {
  const points = Math.round(x * 100);
  return points === 0 ? '±0' : `${points > 0 ? '+' : '−'}${Math.abs(points)} pts`;
};

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
 * The sources screen: every source with what its text shows of author, outlet and date, a
 * summary, the claims that cite it by paragraph (the rules that use each, what disputes it, how
 * each lens weighs it) and where it disagrees with the others; the designer assumptions; and,
 * on demand, how much each lens moves the outcomes (played in the lab's worker). `focus` moves
 * the list to a paragraph ("001:14") or a source ("001").
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
  const found = h('p', {
    class: 'evidence-found',
    role: 'status',
    'data-testid': 'sources-found',
  });
  const focus = (cite: string) => {
    found.textContent = focusCite(list, cite);
  };
  const list = h(
    'div',
    { class: 'evidence-list', tabindex: '0', 'aria-label': 'Sources and claims' },
    view.sources.map((source) => sourceSection(source, focus)),
    assumptionsSection(view.assumptions),
  );
  const element = h(
    'section',
    { class: 'panel evidence-screen', 'aria-labelledby': 'evidence-heading' },
    h(
      'header',
      { class: 'lab-head' },
      h('h1', { id: 'evidence-heading' }, 'The sources'),
      h(
        'p',
        {},
        'Each source, what it argues, the claims the game takes from it paragraph by paragraph, the rules that use them, and where the sources disagree.',
      ),
      h('button', { type: 'button', onclick: onBack, 'data-testid': 'evidence-back' }, 'Back'),
    ),
    found,
    h(
      'div',
      { class: 'evidence-body' },
      list,
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
  return { element, cleanup: () => comparison.dispose(), focus };
}
