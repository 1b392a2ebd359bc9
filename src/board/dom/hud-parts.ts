import { type Child, h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type IndicatorId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { SeatView } from '../../protocol/view';
import { aiReasons } from '../view/ai-reasons';
import {
  type CapitalPanelView,
  capitalPanels,
  type FeedItem,
  feed,
  gauges,
} from '../view/board-view';

/** What the HUD parts ask of the board when a player wants to know why. */
export interface WhyRequests {
  indicator(id: IndicatorId): void;
  feedItem(item: FeedItem): void;
}

/**
 * A text a team typed (its reason), in the language's quotation marks, after a dash: the typed
 * text itself is never translated.
 */
export function quotedReason(reason: string, dash = true): Child[] {
  return [
    dash ? ' — ' : '',
    t('play.quote.open'),
    h('span', { translate: 'no' }, reason),
    t('play.quote.close'),
  ];
}

const arrow = (delta: number) => (delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : '– 0');

/** The indicator gauges: value bar, number, and the last round's change; each opens its "why?". */
export function gaugeList(scenario: Scenario, view: SeatView, why: WhyRequests): HTMLElement {
  const hasRound = view.game.history.length > 0;
  return h(
    'section',
    { class: 'gauges', 'aria-labelledby': 'gauges-heading' },
    h('h2', { id: 'gauges-heading' }, t('play.gauges.heading')),
    h(
      'ul',
      {},
      gauges(scenario, view.game).map((g) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: `gauge ${g.delta > 0 ? 'up' : g.delta < 0 ? 'down' : 'flat'}`,
              'data-key': `gauge-${g.id}`,
              'data-testid': `gauge-${g.id}`,
              title: g.meaning,
              disabled: !hasRound,
              onclick: () => why.indicator(g.id),
              'aria-label': hasRound
                ? t('play.gauges.ariaMoved', {
                    label: g.label,
                    value: g.value,
                    change: g.delta > 0 ? 'up' : g.delta < 0 ? 'down' : 'same',
                    amount: Math.abs(g.delta),
                  })
                : t('play.gauges.aria', { label: g.label, value: g.value }),
            },
            h(
              'span',
              { class: 'gauge-label' },
              h('span', { class: 'full' }, g.label),
              h('span', { class: 'short' }, g.short),
            ),
            h(
              'span',
              { class: 'gauge-bar', 'aria-hidden': 'true' },
              h('span', { class: 'gauge-fill', style: `width:${g.value}%` }),
            ),
            h('span', { class: 'gauge-value' }, String(g.value)),
            h(
              'span',
              { class: 'gauge-delta', 'aria-hidden': 'true' },
              hasRound ? arrow(g.delta) : '',
            ),
          ),
        ),
      ),
    ),
  );
}

const STATUS_ICON: Record<CapitalPanelView['status'], string> = {
  waiting: '○',
  deciding: '◐',
  committed: '●',
};

/** The four capitals: who plays each and whether it has committed (never what it chose). */
export function capitalList(view: SeatView): HTMLElement {
  return h(
    'section',
    { class: 'capitals', 'aria-labelledby': 'capitals-heading' },
    h('h2', { id: 'capitals-heading' }, t('play.capitals.heading')),
    h(
      'ul',
      {},
      capitalPanels(view).map((c) =>
        h(
          'li',
          { class: `capital ${c.status}`, 'data-testid': `capital-${c.id}` },
          h('span', { class: 'capital-name' }, c.name),
          h('span', { class: 'capital-who' }, c.controller),
          h(
            'span',
            { class: 'capital-status' },
            h('span', { 'aria-hidden': 'true' }, `${STATUS_ICON[c.status]} `),
            c.statusText,
          ),
        ),
      ),
    ),
  );
}

/** The event feed, newest first; every line opens its "why?". */
export function feedList(scenario: Scenario, view: SeatView, why: WhyRequests): HTMLElement {
  const items = feed(scenario, view.game);
  return h(
    'section',
    { class: 'feed', 'aria-labelledby': 'feed-heading' },
    h('h2', { id: 'feed-heading' }, t('play.feed.heading')),
    items.length === 0
      ? h('p', { class: 'empty' }, t('play.feed.empty'))
      : h(
          'ol',
          {},
          items.map((item) =>
            h(
              'li',
              { class: `feed-${item.ref.kind}` },
              h(
                'button',
                {
                  type: 'button',
                  class: 'linklike',
                  'data-key': `feed-${item.key}`,
                  onclick: () => why.feedItem(item),
                },
                h(
                  'span',
                  { class: 'feed-round' },
                  `${t('play.feed.round', { round: item.round })} `,
                ),
                item.text,
                item.reason ? h('span', { class: 'team-reason' }, quotedReason(item.reason)) : null,
                h('span', { class: 'sr-only' }, t('play.feed.why')),
              ),
            ),
          ),
        ),
  );
}

/** The AI capitals' current choices and reasons, shown when the facilitator reveals them. */
export function aiReasoning(scenario: Scenario, reasoning: SeatView['aiReasoning']): HTMLElement {
  const items = CAPITALS.filter((c) => reasoning?.[c]).map((c) => {
    const d = reasoning?.[c];
    const why =
      d?.rationale && typeof d.rationale !== 'string'
        ? aiReasons(scenario, d.optionId, d.rationale)
        : '';
    return h(
      'li',
      {},
      h(
        'strong',
        {},
        t('play.ai.choice', {
          capital: capitalName(c),
          option: scenario.optionIndex[d?.optionId ?? '']?.label ?? '',
        }),
      ),
      ` — ${why}`,
    );
  });
  return h(
    'section',
    { class: 'ai-reasoning', 'data-testid': 'ai-reasoning', 'aria-labelledby': 'ai-heading' },
    h('h2', { id: 'ai-heading' }, t('play.ai.heading')),
    h('ul', {}, items),
  );
}
