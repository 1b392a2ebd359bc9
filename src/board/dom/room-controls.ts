import { h } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS, type CapitalId } from '../../model/ids';
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
  if (phase === 'briefing') return button('Begin round 1');
  if (phase === 'report') return button(`Open round ${game.round}`);
  if (phase === 'debrief') return h('span', { class: 'hint' }, 'The game is over.');
  return h('span', { class: 'hint' }, 'Teams are deciding.');
}

/** Every student in the room: move to a team (or off), make captain, remove. */
function memberTable(client: ClassroomClient, actions: RoomControlActions): HTMLElement {
  const room = client.room();
  const view = client.view();
  const teams = CAPITALS.filter((c) => view.controllers[c] === 'human');
  const students = room.members.filter((m) => m.role === 'student');
  if (!students.length) return h('p', { class: 'hint' }, 'No students have joined yet.');
  return h(
    'table',
    { class: 'console-members', 'data-testid': `members-${client.code}` },
    h(
      'tbody',
      {},
      students.map((m) => {
        const move = h(
          'select',
          { 'aria-label': `Team of ${m.name}`, 'data-testid': `move-${m.id}` },
          h('option', { value: '', selected: m.capital === null }, 'Not on a team'),
          teams.map((c) => h('option', { value: c, selected: m.capital === c }, CAPITAL_NAMES[c])),
        );
        move.addEventListener('change', () =>
          actions.move(client.code, m.id, (move.value || null) as CapitalId | null),
        );
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, m.name, m.connected ? '' : ' (away)'),
          h('td', {}, move),
          h(
            'td',
            {},
            m.captain
              ? h('span', {}, '★ Captain')
              : h(
                  'button',
                  {
                    type: 'button',
                    disabled: m.capital === null,
                    onclick: () => actions.captain(client.code, m.id),
                    'data-testid': `captain-${m.id}`,
                  },
                  'Make captain',
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
              'Remove',
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
    { 'aria-label': 'Who commits for a team', 'data-testid': `commit-rule-${client.code}` },
    h('option', { value: 'any', selected: room.commitRule === 'any' }, 'Any member commits'),
    h(
      'option',
      { value: 'captain', selected: room.commitRule === 'captain' },
      'Only the captain commits',
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
        'Facilitator controls',
      ),
      h('button', { type: 'button', onclick: () => actions.board(code) }, 'Open the board'),
      h(
        'button',
        {
          type: 'button',
          onclick: () => actions.showCode(code),
          'data-testid': `show-code-${code}`,
        },
        'Show the code',
      ),
    ),
    h(
      'div',
      { class: 'room-control-row' },
      h('label', {}, lock, ' Lock the room (no one joins or changes team)'),
      rule,
    ),
    memberTable(client, actions),
  );
}
