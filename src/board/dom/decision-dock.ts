import type { GameContext } from '../../machines/game-events';
import { CAPITAL_NAMES, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import { type CardView, cards } from '../view/board-view';
import { h } from './h';

/** What the decision dock sends back: all intents go to the machines, which re-check them. */
export interface DecisionIntents {
  pick(capital: CapitalId): void;
  select(capital: CapitalId, optionId: string): void;
  commit(capital: CapitalId): void;
  revise(capital: CapitalId): void;
  whyOption(optionId: string): void;
}

function card(
  c: CardView,
  capital: CapitalId,
  index: number,
  intents: DecisionIntents,
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

/**
 * The decision dock: the human capitals whose turn is open, and the active one's option cards
 * (closed options greyed with the reason). In sealed order nothing here shows another
 * capital's choice.
 */
export function decisionDock(
  scenario: Scenario,
  context: GameContext,
  active: CapitalId | null,
  intents: DecisionIntents,
): HTMLElement {
  const humans = context.open.filter((c) => context.controllers[c] === 'human');
  const pending = humans.filter((c) => !context.committed.includes(c));
  const current = active && humans.includes(active) ? active : (pending[0] ?? humans[0] ?? null);
  const tabs = h(
    'div',
    { class: 'turn-tabs', role: 'group', 'aria-label': 'Capitals deciding now' },
    humans.map((c) =>
      h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(c === current),
          'data-key': `tab-${c}`,
          'data-testid': `tab-${c}`,
          onclick: () => intents.pick(c),
        },
        `${CAPITAL_NAMES[c]}${context.committed.includes(c) ? ' ● committed' : ''}`,
      ),
    ),
  );
  if (!current)
    return h('section', { class: 'dock decisions' }, h('h2', {}, 'The AI capitals are deciding…'));
  const committed = context.committed.includes(current);
  const selection = context.selections[current];
  const commitBar = h(
    'div',
    { class: 'commit-bar' },
    committed
      ? [
          h('p', {}, `${CAPITAL_NAMES[current]} has committed. `),
          context.locked.includes(current)
            ? h('p', {}, 'Locked: the others have seen it.')
            : h(
                'button',
                {
                  type: 'button',
                  'data-key': 'revise',
                  'data-testid': 'revise',
                  onclick: () => intents.revise(current),
                },
                'Revise',
              ),
        ]
      : h(
          'button',
          {
            type: 'button',
            class: 'primary',
            disabled: !selection,
            'data-key': 'commit',
            'data-testid': 'commit',
            onclick: () => intents.commit(current),
          },
          selection
            ? `Commit: ${scenario.optionIndex[selection.optionId]?.label ?? ''}`
            : 'Choose an option, then commit',
        ),
  );
  const cardViews = cards(scenario, context, current);
  return h(
    'section',
    { class: 'dock decisions', 'aria-labelledby': 'decide-heading' },
    h('h2', { id: 'decide-heading' }, `${CAPITAL_NAMES[current]} decides`),
    humans.length > 1 ? tabs : null,
    commitBar,
    h(
      'div',
      { class: 'cards' },
      cardViews.map((c, i) => card(c, current, i, intents)),
    ),
  );
}
