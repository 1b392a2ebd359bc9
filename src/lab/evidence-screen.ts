import { h, replaceChildren } from '../dom/h';
import { t } from '../i18n/messages';
import type { Scenario } from '../model/schema';
import './evidence.css';
import { LENS_GAMES, LensComparison, type LensRow } from './evidence-lenses';
import { assumptionsSection, focusCite, sourceSection } from './evidence-sources';
import { evidenceView } from './evidence-view';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const signedPoints = (x: number) => {
  const points = Math.round(x * 100);
  return points === 0
    ? '±0'
    : t('why.sources.points', { points: `${points > 0 ? '+' : '−'}${Math.abs(points)}` });
};

function lensTable(rows: LensRow[], games: number): HTMLElement {
  const outcomes = rows[0]?.shares ?? [];
  return h(
    'table',
    { class: 'evidence-lens-table', 'data-testid': 'lens-table' },
    h('caption', {}, t('why.sources.lensCaption', { games })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('why.sources.lens')),
        outcomes.map((o) => h('th', { scope: 'col' }, o.title)),
        h('th', { scope: 'col' }, t('why.sources.testsPerGame')),
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
    t('why.sources.compare'),
  );
  const comparison = new LensComparison({
    progress: (text) => {
      status.textContent = text;
    },
    done: (rows) => {
      run.disabled = false;
      status.textContent = t('why.sources.done');
      replaceChildren(results, lensTable(rows, LENS_GAMES));
    },
    error: (message) => {
      run.disabled = false;
      status.textContent = t('why.sources.failed', { message });
    },
  });
  const start = () => {
    const scenario = scenarios.find((s) => s.id === choose.value) ?? current;
    run.disabled = true;
    replaceChildren(results);
    status.textContent = t('why.sources.starting');
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
    { class: 'evidence-list', tabindex: '0', 'aria-label': t('why.sources.listLabel') },
    view.sources.map((source) => sourceSection(source, focus)),
    assumptionsSection(view.assumptions),
  );
  const element = h(
    'section',
    { class: 'panel evidence-screen', 'aria-labelledby': 'evidence-heading' },
    h(
      'header',
      { class: 'lab-head' },
      h('h1', { id: 'evidence-heading' }, t('why.sources.heading')),
      h('p', {}, t('why.sources.intro')),
      h(
        'button',
        { type: 'button', onclick: onBack, 'data-testid': 'evidence-back' },
        t('common.back'),
      ),
    ),
    found,
    h(
      'div',
      { class: 'evidence-body' },
      list,
      h(
        'aside',
        { class: 'evidence-lenses', 'aria-labelledby': 'lens-heading' },
        h('h2', { id: 'lens-heading' }, t('why.sources.lensHeading')),
        h('p', { class: 'evidence-meta' }, t('why.sources.lensIntro')),
        h('label', { for: 'evidence-scenario', class: 'lab-label' }, t('why.sources.crisis')),
        choose,
        h('p', {}, run),
        status,
        results,
      ),
    ),
  );
  return { element, cleanup: () => comparison.dispose(), focus };
}
