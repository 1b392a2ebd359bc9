import { h } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS, type CapitalId } from '../../model/ids';
import type { ConnectionStatus, RoomView } from '../../protocol/classroom';
import { CODE_LENGTH, MAX_NAME_LENGTH } from '../../protocol/classroom';
import type { SeatView } from '../../protocol/view';
import { codeFromTyped, nameFromTyped, teamMembers } from '../view/classroom-room';
import { connectionBadge, youBadge } from './room-parts';

/** What the join form does. */
export interface JoinActions {
  /** Join as a student with a checked code and name. */
  join(code: string, name: string): void;
  /** Show this room on a projector (the public view). */
  watch(code: string): void;
  back(): void;
}

/**
 * A student's way in: the room's code (filled in from a scanned link) and a display name.
 * Both are checked here first, with the reason beside the field; the server checks again.
 */
export function joinScreen(
  typed: { code: string; name: string; problem: string | null; busy: boolean },
  actions: JoinActions,
): HTMLElement {
  const code = h('input', {
    name: 'code',
    value: typed.code,
    maxlength: CODE_LENGTH + 3,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    class: 'code-input',
    'aria-label': 'Room code',
    'data-testid': 'join-code',
    'data-autofocus': typed.code ? undefined : true,
  });
  const name = h('input', {
    name: 'name',
    value: typed.name,
    maxlength: MAX_NAME_LENGTH,
    autocomplete: 'nickname',
    'aria-label': 'Your name',
    'data-testid': 'join-name',
    'data-autofocus': typed.code ? true : undefined,
  });
  const check = (input: HTMLInputElement, problem: string | null): boolean => {
    input.setCustomValidity(problem ?? '');
    if (problem) input.reportValidity();
    return problem === null;
  };
  const readCode = () => {
    const read = codeFromTyped(code.value);
    return check(code, read.ok ? null : read.message) && read.ok ? read.code : null;
  };
  for (const input of [code, name]) input.addEventListener('input', () => check(input, null));
  const form = h(
    'form',
    { class: 'join-form' },
    h('label', {}, 'Room code ', code),
    h('label', {}, 'Your name (your team sees it) ', name),
    typed.problem ? h('p', { class: 'refusal', role: 'alert' }, typed.problem) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: actions.back }, 'Back'),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'join-projector',
          onclick: () => {
            const c = readCode();
            if (c) actions.watch(c);
          },
        },
        'Show on the projector',
      ),
      h(
        'button',
        { type: 'submit', class: 'primary', disabled: typed.busy, 'data-testid': 'join' },
        typed.busy ? 'Joining…' : 'Join',
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const c = readCode();
    if (!c) return;
    const n = nameFromTyped(name.value);
    if (check(name, n.ok ? null : n.message) && n.ok) actions.join(c, n.name);
  });
  return h(
    'section',
    { class: 'panel join-screen', 'aria-labelledby': 'join-heading' },
    h('h1', { id: 'join-heading' }, 'Join a class'),
    form,
  );
}

/** What a student not yet on a team can do. */
export interface LobbyActions {
  pick(capital: CapitalId): void;
  leave(): void;
}

/**
 * A student in the room but not on a team: each team played by people, with who is on it,
 * to join; or wait for the teacher to place them (always so once the room is locked).
 */
export function lobbyScreen(
  room: RoomView,
  view: SeatView,
  status: ConnectionStatus,
  problem: string | null,
  actions: LobbyActions,
): HTMLElement {
  const teams = CAPITALS.filter((c) => view.controllers[c] === 'human');
  return h(
    'section',
    { class: 'panel lobby-screen', 'aria-labelledby': 'lobby-heading', 'data-testid': 'lobby' },
    connectionBadge(status),
    youBadge(room),
    h('h1', { id: 'lobby-heading' }, room.locked ? 'Wait to be placed' : 'Pick your team'),
    h(
      'p',
      {},
      room.locked
        ? 'The teacher has locked the teams and will place you on one.'
        : 'Join a team, or wait: the teacher can place you.',
    ),
    problem ? h('p', { class: 'refusal', role: 'alert' }, problem) : null,
    h(
      'ul',
      { class: 'lobby-teams' },
      teams.map((c) => {
        const members = teamMembers(room, c);
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              disabled: room.locked,
              'data-testid': `pick-${c}`,
              onclick: () => actions.pick(c),
            },
            `Join ${CAPITAL_NAMES[c]}`,
          ),
          h(
            'span',
            { class: 'lobby-members' },
            members.length ? members.map((m) => m.name).join(', ') : 'nobody yet',
          ),
        );
      }),
    ),
    h(
      'button',
      { type: 'button', onclick: actions.leave, 'data-testid': 'leave-room' },
      'Leave the room',
    ),
  );
}
