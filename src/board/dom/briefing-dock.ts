import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { SeatView } from '../../protocol/view';
import { objectiveText } from './objectives';

/**
 * The dock before round 1: the scenario's briefing, each capital's role brief and objectives
 * (open for the human teams), and the button that begins the game.
 */
export function briefingDock(scenario: Scenario, view: SeatView, onBegin: () => void): HTMLElement {
  const setup = { controllers: view.controllers };
  return h(
    'section',
    { class: 'dock briefing', 'aria-labelledby': 'briefing-heading' },
    h('h2', { id: 'briefing-heading', 'data-autofocus': true }, t('play.briefing.heading')),
    h('p', {}, scenario.briefing),
    h(
      'div',
      { class: 'role-briefs' },
      CAPITALS.map((c) =>
        h(
          'details',
          { open: setup.controllers[c] === 'human' },
          h(
            'summary',
            {},
            t(setup.controllers[c] === 'human' ? 'play.briefing.yourTeam' : 'play.briefing.ai', {
              capital: capitalName(c),
            }),
          ),
          h('p', {}, scenario.capitals[c].roleBrief),
          h(
            'ul',
            {},
            scenario.capitals[c].objectives.map((o) => h('li', {}, objectiveText(o))),
          ),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-key': 'begin',
        'data-testid': 'begin',
        onclick: onBegin,
      },
      t('play.briefing.begin'),
    ),
  );
}
