import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { ConnectionStatus, RoomView } from '../../protocol/classroom';
import { CODE_LENGTH, MAX_NAME_LENGTH } from '../../protocol/classroom';
import type { SeatView } from '../../protocol/view';
import { codeFromTyped, nameFromTyped, nameList, teamMembers } from '../view/classroom-room';
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
    translate: 'no',
    'aria-label': t('menus.join.code'),
    'data-testid': 'join-code',
    'data-autofocus': typed.code ? undefined : true,
  });
  const name = h('input', {
    name: 'name',
    value: typed.name,
    maxlength: MAX_NAME_LENGTH,
    autocomplete: 'nickname',
    translate: 'no',
    'aria-label': t('menus.join.name'),
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
    h('label', {}, `${t('menus.join.code')} `, code),
    h('label', {}, `${t('menus.join.nameLabel')} `, name),
    typed.problem ? h('p', { class: 'refusal', role: 'alert' }, typed.problem) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: actions.back }, t('common.back')),
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
        t('menus.join.projector'),
      ),
      h(
        'button',
        { type: 'submit', class: 'primary', disabled: typed.busy, 'data-testid': 'join' },
        typed.busy ? t('menus.join.joining') : t('menus.join.join'),
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
    h('h1', { id: 'join-heading' }, t('menus.join.heading')),
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
    h(
      'h1',
      { id: 'lobby-heading' },
      room.locked ? t('menus.lobby.waitHeading') : t('menus.lobby.pickHeading'),
    ),
    h('p', {}, room.locked ? t('menus.lobby.locked') : t('menus.lobby.open')),
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
            t('menus.lobby.join', { capital: capitalName(c) }),
          ),
          members.length
            ? h(
                'span',
                { class: 'lobby-members', translate: 'no' },
                nameList(members.map((m) => m.name)),
              )
            : h('span', { class: 'lobby-members' }, t('menus.lobby.nobody')),
        );
      }),
    ),
    h(
      'button',
      { type: 'button', onclick: actions.leave, 'data-testid': 'leave-room' },
      t('menus.lobby.leave'),
    ),
  );
}
