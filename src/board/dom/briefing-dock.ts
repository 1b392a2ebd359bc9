import { h } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
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
    h('h2', { id: 'briefing-heading', 'data-autofocus': true }, 'Briefing'),
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
            `${CAPITAL_NAMES[c]} — ${setup.controllers[c] === 'human' ? 'your team' : 'AI'}`,
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
      'Begin round 1',
    ),
  );
}
