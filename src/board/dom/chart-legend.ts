import { DEFAULT_FOCUS, type LineStyle } from '../../dom/chart-style';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { IndicatorId } from '../../model/ids';
import './chart-legend.css';

/** A small SVG sample of a line's colour and dash, for a legend entry. */
export function lineSwatch(style: LineStyle, width = 2.5): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '34');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'line-swatch');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('x2', '33');
  line.setAttribute('y1', '5');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', style.colour);
  line.setAttribute('stroke-width', String(width));
  if (style.dash.length > 0) line.setAttribute('stroke-dasharray', style.dash.join(' '));
  svg.append(line);
  return svg;
}

/**
 * The chart's legend, outside the plot: one toggle per line with its real name and its colour
 * and dash, choosing which lines are in focus (the rest are drawn faint), plus "All lines" and
 * "Key four". `onFocus` redraws the chart; `apply` draws the starting focus.
 */
export function chartLegend(
  lines: { id: IndicatorId; label: string; style: LineStyle }[],
  initial: readonly IndicatorId[],
  onFocus: (focus: ReadonlySet<IndicatorId>) => void,
) {
  const focus = new Set<IndicatorId>(initial);
  const buttons = lines.map((line) => {
    const button = h(
      'button',
      { type: 'button', class: 'legend-entry', 'data-indicator': line.id },
      lineSwatch(line.style),
      h('span', {}, line.label),
    ) as HTMLButtonElement;
    button.addEventListener('click', () => {
      if (focus.has(line.id)) focus.delete(line.id);
      else focus.add(line.id);
      apply();
    });
    return button;
  });
  const status = h('span', { class: 'legend-status', 'aria-live': 'polite' });
  const apply = () => {
    buttons.forEach((button, i) => {
      const on = focus.has((lines[i] as (typeof lines)[number]).id);
      button.setAttribute('aria-pressed', String(on));
    });
    status.textContent =
      focus.size === lines.length
        ? t('why.legend.allShown')
        : t('why.legend.inFocus', { focused: focus.size, total: lines.length });
    onFocus(focus);
  };
  const set = (ids: readonly IndicatorId[]) => {
    focus.clear();
    for (const id of ids) focus.add(id);
    apply();
  };
  const element = h(
    'div',
    {
      class: 'chart-legend',
      role: 'group',
      'aria-label': t('why.legend.label'),
    },
    h('div', { class: 'legend-entries' }, buttons),
    h(
      'div',
      { class: 'legend-actions' },
      h(
        'button',
        { type: 'button', onclick: () => set(lines.map((l) => l.id)) },
        t('why.legend.all'),
      ),
      h('button', { type: 'button', onclick: () => set(DEFAULT_FOCUS) }, t('why.legend.keyFour')),
      status,
    ),
  );
  return { element, apply };
}
