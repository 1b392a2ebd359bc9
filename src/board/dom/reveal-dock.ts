import { dateLabel } from '../../dom/date-label';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { SeatView } from '../../protocol/view';
import { teamReason } from '../view/hotseat';
import { launchCauseLabel, launchLabel } from '../view/reveal-plan';
import { quotedReason } from './hud-parts';

/** What the reveal asks of the board. */
export interface RevealIntents {
  next(): void;
  whyDecision(capital: CapitalId): void;
  whyEvent(eventId: string): void;
  /** The "why?" of a launch: the decision, rule or event that caused it. */
  whyLaunch(index: number): void;
}

/**
 * The reveal after a round: every capital's decision (with a team's one-line reason; the AI's
 * reasons behind its "why?"), Pyongyang's launches
 * with what caused each, and the events.
 */
export function revealDock(
  scenario: Scenario,
  view: SeatView,
  intents: RevealIntents,
): HTMLElement {
  const record = view.game.history.at(-1);
  if (!record) return h('section', { class: 'dock' });
  return h(
    'section',
    { class: 'dock reveal', 'aria-labelledby': 'reveal-heading' },
    h(
      'h2',
      { id: 'reveal-heading', 'data-autofocus': true },
      t('play.reveal.heading', { round: record.round, date: dateLabel(record.date) }),
    ),
    h(
      'div',
      { class: 'reveal-columns' },
      h(
        'div',
        { class: 'reveal-left' },
        h(
          'ul',
          { class: 'decisions-revealed' },
          CAPITALS.map((c) => {
            const d = record.decisions[c];
            const ai = d.rationale && typeof d.rationale !== 'string';
            const reason = teamReason(d);
            return h(
              'li',
              { 'data-testid': `revealed-${c}` },
              h(
                'strong',
                {},
                `${t(d.by === 'ai' ? 'play.reveal.capitalAi' : 'play.reveal.capital', { capital: capitalName(c) })} `,
              ),
              scenario.optionIndex[d.optionId]?.label ?? d.optionId,
              reason ? h('span', { class: 'team-reason' }, quotedReason(reason)) : null,
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'linklike',
                  'data-key': `why-decision-${c}`,
                  onclick: () => intents.whyDecision(c),
                },
                ai ? t('play.reveal.whyAi') : t('play.reveal.why'),
              ),
            );
          }),
        ),
      ),
      h(
        'div',
        { class: 'reveal-right' },
        record.launches.length > 0
          ? h(
              'ul',
              {
                class: 'launches-revealed',
                'aria-label': t('play.reveal.launches'),
                'data-testid': 'launches',
              },
              record.launches.map((launch, index) =>
                h(
                  'li',
                  {},
                  h('strong', {}, `${t('play.reveal.launch', { launch: launchLabel(launch) })} `),
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'linklike',
                      'data-key': `why-launch-${index}`,
                      'data-testid': `why-launch-${index}`,
                      onclick: () => intents.whyLaunch(index),
                    },
                    t('play.reveal.launchWhy', { cause: launchCauseLabel(scenario, launch.cause) }),
                  ),
                ),
              ),
            )
          : null,
        record.events.length > 0
          ? h(
              'ul',
              { class: 'events-revealed', 'aria-label': t('play.reveal.events') },
              record.events.map((id) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'linklike',
                      'data-key': `why-event-${id}`,
                      onclick: () => intents.whyEvent(id),
                    },
                    t('play.reveal.event', {
                      title: scenario.events.find((e) => e.id === id)?.title ?? id,
                    }),
                  ),
                ),
              ),
            )
          : h('p', {}, t('play.reveal.noEvent')),
        h('p', { class: 'hint' }, t('play.reveal.hint')),
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-key': 'next',
            'data-testid': 'next-round',
            onclick: () => intents.next(),
          },
          t('play.reveal.next'),
        ),
      ),
    ),
  );
}
