import { h } from '../../dom/h';
import { CAPITAL_NAMES } from '../../model/ids';
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
    h('th', { scope: 'row' }, CAPITAL_NAMES[row.capital]),
    h('td', { class: 'team-status' }, statusWords(row.controller, row.status)),
    h(
      'td',
      {},
      row.controller === 'ai'
        ? '—'
        : row.members.length
          ? row.members.map((m, i) => [
              i ? ', ' : '',
              h(
                'span',
                { class: m.connected ? 'member' : 'member away', title: m.connected ? '' : 'away' },
                m.name,
                m.captain ? ' ★' : '',
                m.connected ? '' : ' (away)',
              ),
            ])
          : h('span', { class: 'hint' }, 'nobody yet'),
    ),
    h(
      'td',
      { class: 'team-proposals' },
      row.proposals.map((p) => h('span', { class: 'proposal' }, `${p.name}: ${label(p.optionId)}`)),
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
      'aria-label': `Room ${client.code}`,
      'data-testid': `console-room-${client.code}`,
    },
    h(
      'header',
      {},
      h('h2', {}, h('span', { class: 'room-code-inline' }, client.code), ` ${scenario.title}`),
      connectionBadge(client.status()),
      focused
        ? h('span', { class: 'hint' }, 'In focus')
        : h(
            'button',
            {
              type: 'button',
              onclick: () => actions.focus(client.code),
              'data-testid': `focus-${client.code}`,
            },
            'Focus',
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
          ['Capital', 'Status', 'Team', 'Proposals', 'Choice (only you see it)'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
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
      h('h1', { id: 'console-heading' }, 'Class console'),
      h(
        'button',
        {
          type: 'button',
          disabled: rooms.length >= MAX_ROOMS_PER_CONSOLE,
          onclick: actions.addRoom,
          'data-testid': 'add-room',
        },
        rooms.length ? 'Add a room (another group)' : 'Create a room',
      ),
      h(
        'button',
        {
          type: 'button',
          disabled: finished === 0,
          onclick: actions.debrief,
          'data-testid': 'class-debrief',
          title: finished ? '' : 'Once a room has finished its game',
        },
        `Class debrief (${finished} of ${rooms.length} finished)`,
      ),
      h('button', { type: 'button', onclick: actions.back }, 'Title'),
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
      : h('p', {}, 'No rooms yet: create one, then show its code on the projector.'),
  );
}
