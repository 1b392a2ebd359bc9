import { h } from '../../dom/h';
import { CAPITAL_NAMES, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { SeatView } from '../../protocol/view';
import { type CardView, cards } from '../view/board-view';

/** What the decision dock sends back: all intents go to the machines, which re-check them. */
export interface DecisionIntents {
  pick(capital: CapitalId): void;
  /** The team the device was passed to says it is ready (hotseat). */
  ready(capital: CapitalId): void;
  /** A team's one-line rationale as it is typed. */
  draft(capital: CapitalId, text: string): void;
  select(capital: CapitalId, optionId: string): void;
  commit(capital: CapitalId): void;
  revise(capital: CapitalId): void;
  whyOption(optionId: string): void;
}

function rationaleField(capital: CapitalId, value: string, intents: DecisionIntents): HTMLElement {
  const input = h('input', {
    type: 'text',
    maxlength: 280,
    value,
    placeholder: 'Why? One line for the record (optional)',
    'data-key': `rationale-${capital}`,
    'data-testid': 'rationale',
    'aria-label': `${CAPITAL_NAMES[capital]}'s reason for this decision, one line`,
  });
  input.addEventListener('input', () => intents.draft(capital, input.value));
  return h('label', { class: 'rationale' }, input);
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

/** The dock's own view state: which team is on screen, who has been handed the device, drafts. */
export interface DockState {
  active: CapitalId | null;
  /** Hotseat: the team that pressed "ready" and may see its cards. */
  shown: CapitalId | null;
  drafts: Partial<Record<CapitalId, string>>;
}

/** A hand-over screen: nothing of the previous team's choice is on screen behind it. */
function handover(capital: CapitalId, intents: DecisionIntents): HTMLElement {
  const name = CAPITAL_NAMES[capital];
  const ready = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-autofocus': true,
      'data-key': `ready-${capital}`,
      'data-testid': 'handover-ready',
      onclick: () => intents.ready(capital),
    },
    `${name} is ready — show our options`,
  );
  return h(
    'section',
    { class: 'dock handover', 'aria-labelledby': 'handover-heading', 'data-testid': 'handover' },
    h('h2', { id: 'handover-heading' }, `Pass to ${name} — press Enter when ready`),
    h(
      'p',
      {},
      `Hand the screen to ${name}'s team. The other teams' choices stay hidden until all have committed.`,
    ),
    ready,
  );
}

/**
 * The decision dock: the human capitals whose turn is open, and the active one's option cards
 * (closed options greyed with the reason). With two or more teams on one screen (hotseat), each
 * team decides behind a hand-over screen and there are no tabs to peek with.
 */
export function decisionDock(
  scenario: Scenario,
  view: SeatView,
  teamView: (capital: CapitalId) => SeatView,
  state: DockState,
  intents: DecisionIntents,
): HTMLElement {
  const humans = (Object.keys(view.capitals) as CapitalId[]).filter(
    (c) => view.capitals[c] !== 'waiting' && view.controllers[c] === 'human',
  );
  const pending = humans.filter((c) => view.capitals[c] === 'deciding');
  const hotseat = Object.values(view.controllers).filter((c) => c === 'human').length > 1;
  if (hotseat) {
    const next = pending[0];
    if (!next)
      return h('section', { class: 'dock decisions' }, h('h2', {}, 'All teams have committed.'));
    if (state.shown !== next) return handover(next, intents);
  }
  const active = state.active;
  const current = hotseat
    ? (pending[0] ?? null)
    : active && humans.includes(active)
      ? active
      : (pending[0] ?? humans[0] ?? null);
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
        `${CAPITAL_NAMES[c]}${view.capitals[c] === 'deciding' ? '' : ' ● committed'}`,
      ),
    ),
  );
  if (!current)
    return h('section', { class: 'dock decisions' }, h('h2', {}, 'The AI capitals are deciding…'));
  // From here on, only the team on screen's own view: its selection, its forecasts.
  const team = teamView(current);
  const committed = team.own?.committed ?? false;
  const selection = team.own?.selection ?? null;
  const commitBar = h(
    'div',
    { class: 'commit-bar' },
    committed
      ? [
          h('p', {}, `${CAPITAL_NAMES[current]} has committed. `),
          team.own?.locked
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
  const cardViews = cards(scenario, team);
  return h(
    'section',
    { class: 'dock decisions', 'aria-labelledby': 'decide-heading' },
    h('h2', { id: 'decide-heading' }, `${CAPITAL_NAMES[current]} decides`),
    humans.length > 1 && !hotseat ? tabs : null,
    committed ? null : rationaleField(current, state.drafts[current] ?? '', intents),
    commitBar,
    h(
      'div',
      { class: 'cards' },
      cardViews.map((c, i) => card(c, current, i, intents)),
    ),
  );
}
