import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { ClassroomClient, CommitRule } from '../../protocol/classroom';

/** What the controls of the room in focus do (each is a room message or an intent). */
export interface RoomControlActions {
  /** Begin round 1, or open the next round after a reveal. */
  advance(code: string): void;
  /** The facilitator's panel over the console: pause, timer, inject, lens, rewind, end… */
  facilitator(code: string): void;
  /** The room's board, as the facilitator (the map, the reveal, the facilitator's button). */
  board(code: string): void;
  /** The room's code and QR code, big, for the projector. */
  showCode(code: string): void;
  lock(code: string, locked: boolean): void;
  commitRule(code: string, rule: CommitRule): void;
  move(code: string, memberId: string, capital: CapitalId | null): void;
  captain(code: string, memberId: string): void;
  remove(code: string, memberId: string): void;
}

/** The button that moves the game on, or what the room is waiting for. */
function advanceButton(client: ClassroomClient, actions: RoomControlActions): HTMLElement {
  const { phase, game } = client.view();
  const button = (label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: () => actions.advance(client.code),
        'data-testid': `advance-${client.code}`,
      },
      label,
    );
  if (phase === 'briefing') return button(t('menus.controls.begin'));
  if (phase === 'report') return button(t('menus.controls.openRound', { round: game.round }));
  if (phase === 'debrief') return h('span', { class: 'hint' }, t('menus.controls.over'));
  return h('span', { class: 'hint' }, t('menus.controls.deciding'));
}

/** Every student in the room: move to a team (or off), make captain, remove. */
function memberTable(client: ClassroomClient, actions: RoomControlActions): HTMLElement {
  const room = client.room();
  const view = client.view();
  const teams = CAPITALS.filter((c) => view.controllers[c] === 'human');
  const students = room.members.filter((m) => m.role === 'student');
  if (!students.length) return h('p', { class: 'hint' }, t('menus.controls.noStudents'));
  return h(
    'table',
    { class: 'console-members', 'data-testid': `members-${client.code}` },
    h(
      'tbody',
      {},
      students.map((m) => {
        const move = h(
          'select',
          {
            'aria-label': t('menus.controls.teamOf', { name: m.name }),
            'data-testid': `move-${m.id}`,
          },
          h('option', { value: '', selected: m.capital === null }, t('menus.controls.noTeam')),
          teams.map((c) => h('option', { value: c, selected: m.capital === c }, capitalName(c))),
        );
        move.addEventListener('change', () =>
          actions.move(client.code, m.id, (move.value || null) as CapitalId | null),
        );
        return h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            h('span', { translate: 'no' }, m.name),
            m.connected ? '' : ` ${t('menus.away')}`,
          ),
          h('td', {}, move),
          h(
            'td',
            {},
            m.captain
              ? h('span', {}, `★ ${t('menus.captainMark')}`)
              : h(
                  'button',
                  {
                    type: 'button',
                    disabled: m.capital === null,
                    onclick: () => actions.captain(client.code, m.id),
                    'data-testid': `captain-${m.id}`,
                  },
                  t('menus.controls.makeCaptain'),
                ),
          ),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                onclick: () => actions.remove(client.code, m.id),
                'data-testid': `remove-${m.id}`,
              },
              t('menus.controls.remove'),
            ),
          ),
        );
      }),
    ),
  );
}

/** The room in focus: move the game on, the facilitator's controls, the room's settings. */
export function roomControls(
  client: ClassroomClient,
  _scenario: Scenario,
  actions: RoomControlActions,
): HTMLElement {
  const room = client.room();
  const rule = h(
    'select',
    {
      'aria-label': t('menus.controls.commitRule'),
      'data-testid': `commit-rule-${client.code}`,
    },
    h(
      'option',
      { value: 'any', selected: room.commitRule === 'any' },
      t('menus.controls.anyCommits'),
    ),
    h(
      'option',
      { value: 'captain', selected: room.commitRule === 'captain' },
      t('menus.controls.captainCommits'),
    ),
  );
  rule.addEventListener('change', () =>
    actions.commitRule(client.code, rule.value === 'captain' ? 'captain' : 'any'),
  );
  const lock = h('input', {
    type: 'checkbox',
    checked: room.locked,
    'data-testid': `lock-${client.code}`,
  });
  lock.addEventListener('change', () => actions.lock(client.code, lock.checked));
  const code = client.code;
  return h(
    'div',
    { class: 'room-controls', 'data-testid': `controls-${code}` },
    h(
      'div',
      { class: 'room-control-row' },
      advanceButton(client, actions),
      h(
        'button',
        {
          type: 'button',
          onclick: () => actions.facilitator(code),
          'data-testid': `facilitate-${code}`,
        },
        t('menus.controls.facilitator'),
      ),
      h(
        'button',
        { type: 'button', onclick: () => actions.board(code) },
        t('menus.controls.board'),
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => actions.showCode(code),
          'data-testid': `show-code-${code}`,
        },
        t('menus.controls.showCode'),
      ),
    ),
    h(
      'div',
      { class: 'room-control-row' },
      h('label', {}, lock, ` ${t('menus.controls.lock')}`),
      rule,
    ),
    memberTable(client, actions),
  );
}
