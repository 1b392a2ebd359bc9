import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import type { CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { SeatView } from '../../protocol/view';
import { cards } from '../view/board-view';
import { type HotseatTurn, hotseatTurn, teamReason } from '../view/hotseat';
import { quotedReason } from './hud-parts';
import { objectivesStrip } from './objectives';
import { card, cardDetail } from './option-card';

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
  /** Hotseat: give the device back to a committed team to revise (null: hand it on). */
  revisit(capital: CapitalId | null): void;
  whyOption(optionId: string): void;
  /** Open (or close, with null) one card's details. */
  details(optionId: string | null): void;
  /** Say how the running scores of these capitals are worked out. */
  scoreHow(capitals: CapitalId[]): void;
}

function rationaleField(capital: CapitalId, value: string, intents: DecisionIntents): HTMLElement {
  const input = h('input', {
    type: 'text',
    maxlength: 280,
    value,
    placeholder: t('play.decide.rationalePlaceholder'),
    'data-key': `rationale-${capital}`,
    'data-testid': 'rationale',
    'aria-label': t('play.decide.rationaleLabel', { capital: capitalName(capital) }),
  });
  input.addEventListener('input', () => intents.draft(capital, input.value));
  return h('label', { class: 'rationale' }, input);
}

/** The dock's own view state: which team is on screen, who has been handed the device, drafts. */
export interface DockState {
  active: CapitalId | null;
  /** Hotseat: the team that pressed "ready" and may see its cards. */
  shown: CapitalId | null;
  /** Hotseat: a team that has committed and asked for the device back to revise. */
  revisit: CapitalId | null;
  drafts: Partial<Record<CapitalId, string>>;
  /** The option whose whole card is open above the dock, if any. */
  detail: string | null;
}

/** The round's countdown, large, for the back of the room (kept up to date by the board). */
export function bigTimer(text: string | null, testId: string): HTMLElement {
  return h('p', { class: 'big-timer', 'data-timer': '', 'data-testid': testId }, text ?? '');
}

/**
 * A hand-over screen: nothing of any team's choice is on screen behind it. It offers the device
 * back to a team that has committed and wants to revise (names only), and, to a team that asked
 * for it back, a way to hand it on unchanged.
 */
function handover(
  capital: CapitalId,
  turn: HotseatTurn,
  timer: string | null,
  intents: DecisionIntents,
): HTMLElement {
  const name = capitalName(capital);
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
    t('play.decide.ready', { capital: name }),
  );
  const next = turn.pending.find((c) => c !== capital);
  const back = turn.pending.includes(capital)
    ? null
    : h(
        'button',
        {
          type: 'button',
          'data-key': 'revisit-cancel',
          'data-testid': 'revisit-cancel',
          onclick: () => intents.revisit(null),
        },
        next
          ? t('play.decide.notNowPass', { capital: capitalName(next) })
          : t('play.decide.notNow'),
      );
  const revise =
    turn.revisable.length > 0
      ? h(
          'div',
          { class: 'revise-list', role: 'group', 'aria-labelledby': 'revise-heading' },
          h('p', { id: 'revise-heading' }, t('play.decide.reviseIntro')),
          turn.revisable.map((c) =>
            h(
              'button',
              {
                type: 'button',
                'data-key': `revisit-${c}`,
                'data-testid': `revisit-${c}`,
                onclick: () => intents.revisit(c),
              },
              t('play.decide.reviseTeam', { capital: capitalName(c) }),
            ),
          ),
        )
      : null;
  return h(
    'section',
    { class: 'dock handover', 'aria-labelledby': 'handover-heading', 'data-testid': 'handover' },
    bigTimer(timer, 'handover-timer'),
    h('h2', { id: 'handover-heading' }, t('play.decide.passHeading', { capital: name })),
    h('p', {}, t('play.decide.passText', { capital: name })),
    h('div', { class: 'handover-actions' }, ready, back),
    revise,
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
  timer: string | null = null,
  /** The teams this screen decides for (a networked team's device: its own); null: all. */
  onScreen: CapitalId[] | null = null,
): HTMLElement {
  const humans = (Object.keys(view.capitals) as CapitalId[]).filter(
    (c) =>
      view.capitals[c] !== 'waiting' &&
      view.controllers[c] === 'human' &&
      (onScreen === null || onScreen.includes(c)),
  );
  const pending = humans.filter((c) => view.capitals[c] === 'deciding');
  const hotseat =
    onScreen === null && Object.values(view.controllers).filter((c) => c === 'human').length > 1;
  const turn = hotseat ? hotseatTurn(view, state.revisit) : null;
  if (turn) {
    const next = turn.target;
    if (!next)
      return h('section', { class: 'dock decisions' }, h('h2', {}, t('play.decide.allCommitted')));
    if (state.shown !== next) return handover(next, turn, timer, intents);
  }
  const active = state.active;
  const current = turn
    ? turn.target
    : active && humans.includes(active)
      ? active
      : (pending[0] ?? humans[0] ?? null);
  const tabs = h(
    'div',
    { class: 'turn-tabs', role: 'group', 'aria-label': t('play.decide.tabs') },
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
        view.capitals[c] === 'deciding'
          ? capitalName(c)
          : t('play.decide.tabCommitted', { capital: capitalName(c) }),
      ),
    ),
  );
  if (!current)
    return h(
      'section',
      { class: 'dock decisions' },
      h('h2', {}, onScreen ? t('play.decide.waitingOthers') : t('play.decide.aiDeciding')),
    );
  // From here on, only the team on screen's own view: its selection, its forecasts.
  const team = teamView(current);
  const committed = team.own?.committed ?? false;
  const selection = team.own?.selection ?? null;
  const reason = teamReason(selection);
  const commitBar = h(
    'div',
    { class: 'commit-bar' },
    committed
      ? [
          h('p', {}, `${t('play.decide.committed', { capital: capitalName(current) })} `),
          reason
            ? h(
                'p',
                { class: 'own-reason' },
                `${t('play.decide.ourReason')} `,
                quotedReason(reason, false),
              )
            : null,
          team.own?.locked
            ? h('p', {}, t('play.decide.locked'))
            : h(
                'button',
                {
                  type: 'button',
                  class: turn ? 'primary' : '',
                  'data-key': 'revise',
                  'data-testid': 'revise',
                  onclick: () => intents.revise(current),
                },
                t('play.decide.revise'),
              ),
          turn
            ? h(
                'button',
                {
                  type: 'button',
                  'data-key': 'keep',
                  'data-testid': 'keep-decision',
                  onclick: () => intents.revisit(null),
                },
                t('play.decide.keep'),
              )
            : null,
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
            ? t('play.decide.commit', {
                option: scenario.optionIndex[selection.optionId]?.label ?? '',
              })
            : t('play.decide.chooseFirst'),
        ),
  );
  const cardViews = cards(scenario, team);
  const detailIndex = cardViews.findIndex((c) => c.optionId === state.detail);
  const detail = cardViews[detailIndex];
  return h(
    'section',
    { class: 'dock decisions', 'aria-labelledby': 'decide-heading' },
    h(
      'div',
      { class: 'decide-head' },
      h(
        'h2',
        { id: 'decide-heading' },
        t('play.decide.heading', { capital: capitalName(current) }),
      ),
      humans.length > 1 && !hotseat ? tabs : null,
      objectivesStrip(scenario, team.game, current, intents.scoreHow),
    ),
    h(
      'div',
      { class: 'decide-row' },
      committed ? null : rationaleField(current, state.drafts[current] ?? '', intents),
      commitBar,
      h('p', { class: 'hint' }, t('play.decide.assumptionHint')),
    ),
    h(
      'div',
      { class: 'cards', 'data-count': cardViews.length },
      cardViews.map((c, i) => card(c, current, i, intents)),
    ),
    // Drawn over the map, above the dock (the board lifts elements marked data-float).
    detail
      ? h('div', { 'data-float': '' }, cardDetail(detail, current, detailIndex, intents))
      : null,
  );
}
