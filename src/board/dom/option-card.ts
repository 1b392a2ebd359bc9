import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { CapitalId } from '../../model/ids';
import type { CardView, ForecastLine, NetEffect } from '../view/board-view';

/** What an option card asks of the board. */
export interface CardIntents {
  select(capital: CapitalId, optionId: string): void;
  whyOption(optionId: string): void;
  /** Open (or, with null, close) the full card of one option above the dock. */
  details(optionId: string | null): void;
}

const ARROW: Record<ForecastLine['direction'], string> = { up: '▲ ', down: '▼ ', mixed: '◆ ' };

/** One expected effect in full: the indicator, the change, its chance, its evidence. */
function forecastItem(f: ForecastLine): HTMLElement {
  return h(
    'li',
    { class: `forecast ${f.direction}` },
    h('span', { 'aria-hidden': 'true' }, ARROW[f.direction]),
    t('play.card.forecast', { indicator: f.indicator, change: f.text }),
    f.chance ? t('play.card.chance', { chance: f.chance }) : '',
    f.assumption ? h('span', { class: 'tag-assumption' }, t('play.card.assumptionTag')) : '',
  );
}

/** One indicator's net change, in short words (its full name for screen readers and on hover). */
function netItem(f: NetEffect): HTMLElement {
  return h(
    'li',
    { class: `forecast ${f.direction}`, title: f.indicator },
    h('span', { 'aria-hidden': 'true' }, ARROW[f.direction], f.short),
    h('span', { class: 'sr-only' }, f.indicator),
    ` ${f.text}`,
    f.assumption ? h('span', { class: 'tag-assumption', 'aria-hidden': 'true' }, '*') : '',
    f.assumption ? h('span', { class: 'sr-only' }, t('play.card.assumptionSr')) : '',
  );
}

function forecastList(c: CardView, full: boolean): HTMLElement {
  const items = full ? c.forecast.map(forecastItem) : c.net.map(netItem);
  return h(
    'ul',
    { class: 'forecasts', 'aria-label': t('play.card.effects') },
    items.length ? items : h('li', {}, t('play.card.noEffect')),
  );
}

function chooseButton(c: CardView, capital: CapitalId, intents: CardIntents, key: string) {
  return h(
    'button',
    {
      type: 'button',
      class: c.selected ? 'primary' : '',
      disabled: !c.available,
      'aria-pressed': String(c.selected),
      'data-key': `${key}-${c.optionId}`,
      'data-testid': `${key}-${c.optionId}`,
      onclick: () => intents.select(capital, c.optionId),
    },
    c.selected ? t('play.card.chosen') : t('play.card.choose'),
  );
}

/**
 * An option card, compact so that every card of a turn and Commit fit on one screen: a round
 * choose button showing its number key (filled once chosen) and its name, its expected effects added up per indicator in short
 * words (or why it is closed), then Details and Why?. A click anywhere on an open card chooses
 * it. Its summary is on the card where the screen has room (CSS), and always in its Details.
 */
export function card(
  c: CardView,
  capital: CapitalId,
  index: number,
  intents: CardIntents,
): HTMLElement {
  const choose = h(
    'button',
    {
      type: 'button',
      class: 'card-choose',
      disabled: !c.available,
      'aria-pressed': String(c.selected),
      'aria-label': t('play.card.chooseOption', { option: c.label }),
      title: c.available ? t('play.card.chooseTitle') : t('play.card.closedTitle'),
      'data-key': `choose-${c.optionId}`,
      'data-testid': `choose-${c.optionId}`,
      onclick: () => intents.select(capital, c.optionId),
    },
    `${index + 1}`,
  );
  const article = h(
    'article',
    {
      class: `card${c.available ? '' : ' closed'}${c.selected ? ' selected' : ''}`,
      'aria-labelledby': `card-${c.optionId}`,
      'data-testid': `card-${c.optionId}`,
    },
    h('div', { class: 'card-head' }, choose, h('h3', { id: `card-${c.optionId}` }, c.label)),
    h('p', { class: 'summary roomy' }, c.summary),
    c.available
      ? forecastList(c, false)
      : h('p', { class: 'reason' }, h('strong', {}, t('play.card.closed')), c.reason ?? ''),
    h(
      'div',
      { class: 'card-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-key': `details-${c.optionId}`,
          'data-testid': `details-${c.optionId}`,
          'aria-label': t('play.card.detailsOf', { option: c.label }),
          onclick: () => intents.details(c.optionId),
        },
        t('play.card.details'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-key': `why-${c.optionId}`,
          'aria-label': t('play.card.whyOf', { option: c.label }),
          onclick: () => intents.whyOption(c.optionId),
        },
        t('play.card.why'),
      ),
    ),
  );
  // The whole card is the target for a pointer; its buttons keep their own jobs.
  if (c.available && !c.selected)
    article.addEventListener('click', (event) => {
      if (!(event.target as HTMLElement).closest('button')) intents.select(capital, c.optionId);
    });
  return article;
}

/**
 * The whole of one card, opened from its Details above the dock (over the map, which is still
 * while teams decide), so that opening it moves no other card and never hides Commit.
 */
export function cardDetail(
  c: CardView,
  capital: CapitalId,
  index: number,
  intents: CardIntents,
): HTMLElement {
  return h(
    'section',
    {
      class: 'card-detail',
      role: 'region',
      'aria-labelledby': 'card-detail-heading',
      'data-testid': 'card-detail',
    },
    h(
      'h3',
      { id: 'card-detail-heading' },
      h('span', { class: 'card-key', 'aria-hidden': 'true' }, `${index + 1}`),
      c.label,
    ),
    h('p', { class: 'summary' }, c.summary),
    h('p', { class: 'cost' }, h('strong', {}, t('play.card.cost')), c.cost),
    c.available
      ? forecastList(c, true)
      : h('p', { class: 'reason' }, h('strong', {}, t('play.card.notAvailable')), c.reason ?? ''),
    c.assumption
      ? h('p', { class: 'assumption' }, t('play.card.assumption', { text: c.assumption }))
      : null,
    h(
      'div',
      { class: 'card-actions' },
      chooseButton(c, capital, intents, 'detail-choose'),
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-key': `detail-why-${c.optionId}`,
          onclick: () => intents.whyOption(c.optionId),
        },
        t('play.card.whyEffects'),
      ),
      h(
        'button',
        {
          type: 'button',
          'data-key': 'detail-close',
          'data-testid': 'detail-close',
          onclick: () => intents.details(null),
        },
        t('common.close'),
      ),
    ),
  );
}
