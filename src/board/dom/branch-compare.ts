import uPlot from 'uplot';
import { h, replaceChildren } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS, INDICATORS, type IndicatorId } from '../../model/ids';
import { INDICATOR_DOCS } from '../../model/indicators';
import type { Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import { trapFocus } from './why-panel';

/** Rounds where the two games' decisions differ, capital by capital. */
export function divergences(scenario: Scenario, original: PublicGame, branch: PublicGame) {
  const out: { round: number; capital: string; original: string; branch: string }[] = [];
  const rounds = Math.max(original.history.length, branch.history.length);
  for (let i = 0; i < rounds; i++) {
    for (const c of CAPITALS) {
      const a = original.history[i]?.decisions[c]?.optionId;
      const b = branch.history[i]?.decisions[c]?.optionId;
      if (a === b) continue;
      out.push({
        round: i + 1,
        capital: CAPITAL_NAMES[c],
        original: a ? (scenario.optionIndex[a]?.label ?? a) : '—',
        branch: b ? (scenario.optionIndex[b]?.label ?? b) : '—',
      });
    }
  }
  return out;
}

const series = (scenario: Scenario, game: PublicGame, id: IndicatorId) => [
  scenario.indicators[id].value,
  ...game.history.map((r) => r.indicators[id]),
];

/**
 * The original game and its branch side by side: one indicator over the rounds for both (solid
 * and dashed lines, named in the legend), and every decision that differs.
 */
export function branchCompare(
  scenario: Scenario,
  original: PublicGame,
  branch: PublicGame,
  onClose: () => void,
): HTMLElement {
  const chartHolder = h('div', { class: 'chart' });
  let chart: uPlot | null = null;
  const draw = (id: IndicatorId) => {
    chart?.destroy();
    const length = Math.max(original.history.length, branch.history.length) + 1;
    const pad = (values: number[]) => Array.from({ length }, (_, i) => values[i] ?? null);
    const data = [
      Array.from({ length }, (_, i) => i),
      pad(series(scenario, original, id)),
      pad(series(scenario, branch, id)),
    ] as uPlot.AlignedData;
    replaceChildren(chartHolder);
    chart = new uPlot(
      {
        width: Math.min(820, window.innerWidth - 120),
        height: 260,
        scales: { x: { time: false }, y: { range: [0, 100] } },
        axes: [{ label: 'Round' }, { label: INDICATOR_DOCS[id].label }],
        series: [
          { label: 'Round' },
          { label: 'Original (solid)', stroke: '#0072B2', width: 3 },
          { label: 'Branch (dashed)', stroke: '#D55E00', width: 3, dash: [10, 6] },
        ],
      },
      data,
      chartHolder,
    );
  };
  const select = h(
    'select',
    { 'aria-label': 'Indicator to compare' },
    INDICATORS.map((id) => h('option', { value: id }, INDICATOR_DOCS[id].label)),
  );
  select.addEventListener('change', () => draw(select.value as IndicatorId));
  const diffs = divergences(scenario, original, branch);
  const close = () => {
    chart?.destroy();
    onClose();
  };
  const dialog = h(
    'div',
    {
      class: 'why-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'compare-title',
      tabindex: '-1',
      'data-testid': 'branch-compare',
    },
    h('h2', { id: 'compare-title' }, 'The original game and this branch'),
    h('label', {}, 'Indicator ', select),
    chartHolder,
    h('h3', {}, 'Where the decisions diverged'),
    diffs.length === 0
      ? h('p', {}, 'No decision differs yet.')
      : h(
          'ul',
          {},
          diffs.map((d) =>
            h(
              'li',
              {},
              `Round ${d.round}, ${d.capital}: original “${d.original}” — branch “${d.branch}”`,
            ),
          ),
        ),
    h('button', { type: 'button', class: 'close', onclick: close }, 'Close (Esc)'),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  queueMicrotask(() => draw(INDICATORS[0]));
  return dialog;
}
