import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import type { Scenario } from '../../model/schema';
import { type ClassroomClient, MAX_ROOMS_PER_CONSOLE } from '../../protocol/classroom';
import { roomSummary, statusWords, type TeamRow, teamRows } from '../view/classroom-room';
import { type RoomControlActions, roomControls } from './room-controls';
import { connectionBadge } from './room-parts';

/** One room on the teacher's console: its facilitator client and its scenario. */
export interface ConsoleRoom {
  client: ClassroomClient;
  scenario: Scenario;
}

/** What the console does beside one room's controls. */
export interface ConsoleActions extends RoomControlActions {
  focus(code: string): void;
  addRoom(): void;
  /** Open the class debrief with every finished room's record. */
  debrief(): void;
  back(): void;
}

/** A team's line: status, members (name, away, captain), proposals and the hidden choice. */
function teamLine(scenario: Scenario, row: TeamRow, code: string): HTMLElement {
  const label = (id: string | null) => (id ? (scenario.optionIndex[id]?.label ?? id) : '');
  return h(
    'tr',
    { 'data-testid': `team-${code}-${row.capital}`, class: `team-${row.status}` },
    h('th', { scope: 'row' }, capitalName(row.capital)),
    h('td', { class: 'team-status' }, statusWords(row.controller, row.status)),
    h(
      'td',
      {},
      row.controller === 'ai'
        ? '—'
        : row.members.length
          ? row.members.map((m, i) => [
              i ? t('menus.nameSeparator') : '',
              h(
                'span',
                {
                  class: m.connected ? 'member' : 'member away',
                  title: m.connected ? '' : t('menus.console.awayTitle'),
                },
                h('span', { translate: 'no' }, m.name),
                m.captain ? ' ★' : '',
                m.connected ? '' : ` ${t('menus.away')}`,
              ),
            ])
          : h('span', { class: 'hint' }, t('menus.lobby.nobody')),
    ),
    h(
      'td',
      { class: 'team-proposals' },
      row.proposals.map((p) =>
        h(
          'span',
          { class: 'proposal' },
          t('menus.console.proposal', { name: p.name, option: label(p.optionId) }),
        ),
      ),
    ),
    h('td', { class: 'team-choice' }, label(row.choice)),
  );
}

/** One room at a glance: its code, summary, connection and every team's line. */
function roomCard(room: ConsoleRoom, focused: boolean, actions: ConsoleActions): HTMLElement {
  const { client, scenario } = room;
  const view = client.view();
  const roomView = client.room();
  return h(
    'section',
    {
      class: `console-room${focused ? ' focused' : ''}`,
      'aria-label': t('menus.console.room', { code: client.code }),
      'data-testid': `console-room-${client.code}`,
    },
    h(
      'header',
      {},
      h(
        'h2',
        {},
        h('span', { class: 'room-code-inline', translate: 'no' }, client.code),
        ` ${scenario.title}`,
      ),
      connectionBadge(client.status()),
      focused
        ? h('span', { class: 'hint' }, t('menus.console.inFocus'))
        : h(
            'button',
            {
              type: 'button',
              onclick: () => actions.focus(client.code),
              'data-testid': `focus-${client.code}`,
            },
            t('menus.console.focus'),
          ),
    ),
    h(
      'p',
      { class: 'room-summary', 'data-testid': `summary-${client.code}` },
      roomSummary(view, roomView, scenario.rounds),
    ),
    h(
      'table',
      { class: 'console-teams' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            t('menus.console.col.capital'),
            t('menus.console.col.status'),
            t('menus.console.col.team'),
            t('menus.console.col.proposals'),
            t('menus.console.col.choice'),
          ].map((text) => h('th', { scope: 'col' }, text)),
        ),
      ),
      h(
        'tbody',
        {},
        teamRows(view, roomView).map((row) => teamLine(scenario, row, client.code)),
      ),
    ),
    focused ? roomControls(client, scenario, actions) : null,
  );
}

/**
 * The teacher's console: every room of the class at a glance (up to eight groups), the one in
 * focus with its controls, and the way to the class debrief. Names are always text.
 */
export function consoleScreen(
  rooms: ConsoleRoom[],
  focus: string | null,
  notice: { text: string; kind: 'done' | 'refused' } | null,
  actions: ConsoleActions,
): HTMLElement {
  const finished = rooms.filter((r) => r.client.view().phase === 'debrief').length;
  return h(
    'section',
    {
      class: 'panel console-screen',
      'aria-labelledby': 'console-heading',
      'data-testid': 'console',
    },
    h(
      'header',
      { class: 'console-head' },
      h('h1', { id: 'console-heading' }, t('menus.console.heading')),
      h(
        'button',
        {
          type: 'button',
          disabled: rooms.length >= MAX_ROOMS_PER_CONSOLE,
          onclick: actions.addRoom,
          'data-testid': 'add-room',
        },
        rooms.length ? t('menus.console.addRoom') : t('menus.console.createRoom'),
      ),
      h(
        'button',
        {
          type: 'button',
          disabled: finished === 0,
          onclick: actions.debrief,
          'data-testid': 'class-debrief',
          title: finished ? '' : t('menus.console.debriefWhen'),
        },
        t('menus.console.debrief', { finished, total: rooms.length }),
      ),
      h('button', { type: 'button', onclick: actions.back }, t('menus.console.title')),
    ),
    notice
      ? h(
          'p',
          {
            class: notice.kind === 'done' ? 'confirmation' : 'refusal',
            role: 'status',
            'data-testid': 'console-notice',
          },
          notice.text,
        )
      : null,
    rooms.length
      ? rooms.map((r) => roomCard(r, r.client.code === focus, actions))
      : h('p', {}, t('menus.console.empty')),
  );
}
