import { h } from '../../dom/h';
import type { CapitalId } from '../../model/ids';
import type { CardView } from '../view/board-view';

/** What an option card asks of the board. */
export interface CardIntents {
  select(capital: CapitalId, optionId: string): void;
  whyOption(optionId: string): void;
}

/** An option card: what it is, its cost, its expected effects (or why it is closed), Choose. */
export function card(
  c: CardView,
  capital: CapitalId,
  index: number,
  intents: CardIntents,
): HTMLElement {
  const forecast = c.forecast.map((f) =>
    h(
      'li',
      { class: `forecast ${f.direction}` },
      h(
        'span',
        { 'aria-hidden': 'true' },
        f.direction === 'up' ? '▲ ' : f.direction === 'down' ? '▼ ' : '◆ ',
      ),
      `${f.indicator} ${f.text}`,
      f.chance ? ` (${f.chance})` : '',
      f.assumption ? h('span', { class: 'tag-assumption' }, ' · designer assumption') : '',
    ),
  );
  return h(
    'article',
    {
      class: `card${c.available ? '' : ' closed'}${c.selected ? ' selected' : ''}`,
      'aria-labelledby': `card-${c.optionId}`,
    },
    h(
      'h3',
      { id: `card-${c.optionId}` },
      h('span', { class: 'card-key', 'aria-hidden': 'true' }, `${index + 1}`),
      c.label,
    ),
    h('p', { class: 'summary' }, c.summary),
    h('p', { class: 'cost' }, h('strong', {}, 'Cost: '), c.cost),
    c.available
      ? h(
          'ul',
          { class: 'forecasts', 'aria-label': 'Expected effects this round' },
          forecast.length ? forecast : h('li', {}, 'No direct effect.'),
        )
      : h('p', { class: 'reason' }, h('strong', {}, 'Not available: '), c.reason ?? ''),
    h(
      'div',
      { class: 'card-actions' },
      h(
        'button',
        {
          type: 'button',
          class: c.selected ? 'primary' : '',
          disabled: !c.available,
          'aria-pressed': String(c.selected),
          'data-key': `choose-${c.optionId}`,
          'data-testid': `choose-${c.optionId}`,
          onclick: () => intents.select(capital, c.optionId),
        },
        c.selected ? 'Chosen' : 'Choose',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-key': `why-${c.optionId}`,
          onclick: () => intents.whyOption(c.optionId),
        },
        'Why these effects?',
      ),
    ),
  );
}
