import { h } from '../../dom/h';
import { lineChartSvg } from '../../dom/line-chart-svg';
import { indicatorLabel } from '../../i18n/names';
import { CAPITAL_NAMES, CAPITALS, INDICATORS, type IndicatorId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import './branch-compare.css';
import { lineSwatch } from './chart-legend';
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

/** The original's line and the branch's: one style each, the same in every small chart. */
export const COMPARE_STYLES = {
  original: { label: 'Original game', style: { colour: '#0072B2', dash: [] as number[] } },
  branch: { label: 'This branch', style: { colour: '#D55E00', dash: [9, 5] } },
};

/** One indicator for both games as a small static chart, over the longer game's rounds. */
export function compareChartSvg(
  scenario: Scenario,
  original: PublicGame,
  branch: PublicGame,
  id: IndicatorId,
): string {
  const length = Math.max(original.history.length, branch.history.length) + 1;
  const pad = (values: number[]) => Array.from({ length }, (_, i) => values[i] ?? null);
  return lineChartSvg({
    title: `${indicatorLabel(id)}: the original game and this branch, round by round`,
    rounds: Array.from({ length }, (_, i) => i),
    width: 300,
    height: 150,
    legend: false,
    lines: [
      { ...COMPARE_STYLES.original, values: pad(series(scenario, original, id)), width: 2.5 },
      { ...COMPARE_STYLES.branch, values: pad(series(scenario, branch, id)), width: 2.5 },
    ],
  });
}

/** The last value of each game in words, with the difference: "62 · 48 (▼ 14)". */
function lastValues(scenario: Scenario, original: PublicGame, branch: PublicGame, id: IndicatorId) {
  const a = series(scenario, original, id).at(-1) ?? 0;
  const b = series(scenario, branch, id).at(-1) ?? 0;
  const d = Math.round((b - a) * 10) / 10;
  const change = d === 0 ? 'same' : d > 0 ? `▲ ${d}` : `▼ ${-d}`;
  return `Now: original ${a}, branch ${b} (${change})`;
}

/**
 * The original game and its branch side by side: every indicator as a small chart with both
 * games (solid and dashed lines, named once in the key above), and every decision that differs.
 */
export function branchCompare(
  scenario: Scenario,
  original: PublicGame,
  branch: PublicGame,
  onClose: () => void,
): HTMLElement {
  const multiples = h(
    'div',
    { class: 'compare-multiples', 'data-testid': 'compare-multiples' },
    INDICATORS.map((id) => {
      const chart = h('div', { class: 'compare-chart' });
      chart.innerHTML = compareChartSvg(scenario, original, branch, id);
      return h(
        'figure',
        { class: 'compare-one', 'data-indicator': id },
        h('figcaption', {}, h('h3', {}, indicatorLabel(id))),
        chart,
        h('p', { class: 'compare-now' }, lastValues(scenario, original, branch, id)),
      );
    }),
  );
  const key = h(
    'p',
    { class: 'compare-key' },
    [COMPARE_STYLES.original, COMPARE_STYLES.branch].map((line) =>
      h('span', { class: 'compare-key-entry' }, lineSwatch(line.style), ` ${line.label}`),
    ),
    h('span', { class: 'compare-key-entry' }, 'Each chart: rounds across, 0–100 up.'),
  );
  const diffs = divergences(scenario, original, branch);
  const close = () => onClose();
  const dialog = h(
    'div',
    {
      class: 'why-dialog compare-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'compare-title',
      tabindex: '-1',
      'data-testid': 'branch-compare',
    },
    h('h2', { id: 'compare-title' }, 'The original game and this branch'),
    key,
    multiples,
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
  return dialog;
}
