import './class-debrief.css';
import { h } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { ClassComparison } from '../view/class-compare';
import { classDebriefJson } from '../view/class-json';
import { classDebriefMarkdown } from '../view/class-markdown';
import { roomName, roomStyle } from '../view/class-words';
import { SCORE_RULE } from '../view/debrief-words';
import { lineSwatch } from './chart-legend';
import { divergenceSection, launchesSection, pathsSection } from './class-debrief-parts';
import { download, slug } from './debrief-export-buttons';

/** What the class debrief asks of whoever opened it. */
export interface ClassDebriefIntents {
  /** Leave the class debrief (back to the title, or to the console that opened it). */
  back(): void;
}

/**
 * A download's file name: `overflight-<scenario>-class-<class>-<n>-rooms.<ext>` (the class when
 * every room gives the same one), e.g. `overflight-aug-2017-class-10B-History-3-rooms.md`.
 */
export function classFileName(scenario: Scenario, c: ClassComparison, ext: 'md' | 'json'): string {
  const crisis = /^[a-z]{3}-\d{4}/.exec(scenario.id)?.[0] ?? slug(scenario.id);
  const classes = new Set(c.rooms.map((r) => r.labels?.className ?? ''));
  const className = classes.size === 1 ? slug([...classes][0]) : '';
  const parts = ['overflight', crisis, 'class', className, `${c.rooms.length}-rooms`];
  return `${parts.filter(Boolean).join('-')}.${ext}`;
}

function roomsTable(scenario: Scenario, c: ClassComparison): HTMLElement {
  const d = classDebriefJson(scenario, c);
  return h(
    'table',
    { class: 'cd-rooms', 'data-testid': 'class-rooms' },
    h('caption', {}, 'The rooms, their teams and how each game ended'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Room', 'Class and teams', 'How it ended', 'Settings'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      d.rooms.map((r, i) =>
        h(
          'tr',
          { 'data-testid': `class-room-${r.room}` },
          h('th', { scope: 'row' }, lineSwatch(roomStyle(i)), ' ', r.title),
          h('td', {}, r.filed || '—'),
          h('td', {}, r.ending),
          h(
            'td',
            { class: 'cd-settings' },
            `${r.lens.title} · ${r.turnOrder} turns · seed ${r.seed}`,
          ),
        ),
      ),
    ),
  );
}

function scoresTable(scenario: Scenario, c: ClassComparison): HTMLElement[] {
  const d = classDebriefJson(scenario, c);
  const table = h(
    'table',
    { class: 'scores cd-scores', 'data-testid': 'class-scores' },
    h('caption', {}, 'Scores against each capital’s own objectives (0–100), room by room'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Capital'),
        d.rooms.map((r) => h('th', { scope: 'col' }, r.title)),
      ),
    ),
    h(
      'tbody',
      {},
      CAPITALS.map((capital) =>
        h(
          'tr',
          { 'data-testid': `class-score-${capital}` },
          h('th', { scope: 'row' }, CAPITAL_NAMES[capital]),
          d.rooms.map((r) =>
            h('td', {}, String(r.scores.find((s) => s.capital === capital)?.score ?? 'not ended')),
          ),
        ),
      ),
    ),
  );
  const workings = h(
    'details',
    { class: 'score-explanation', 'data-testid': 'class-score-explanation' },
    h('summary', {}, 'How is each score worked out?'),
    h('p', {}, SCORE_RULE),
    d.rooms
      .filter((r) => r.scores.length > 0)
      .map((r) =>
        h(
          'div',
          { class: 'cd-working' },
          h('h3', {}, r.title),
          h(
            'ul',
            {},
            r.scores.map((s) => h('li', {}, h('strong', {}, `${s.name}: `), s.working)),
          ),
        ),
      ),
  );
  return [table, workings];
}

function exportButtons(scenario: Scenario, c: ClassComparison, back: () => void): HTMLElement {
  const status = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const save = (ext: 'md' | 'json') => {
    const name = classFileName(scenario, c, ext);
    if (ext === 'md')
      download(name, 'text/markdown;charset=utf-8', classDebriefMarkdown(scenario, c));
    else
      download(
        name,
        'application/json;charset=utf-8',
        `${JSON.stringify(classDebriefJson(scenario, c), null, 2)}\n`,
      );
    status.textContent = `Downloaded ${name}.`;
  };
  const button = (testid: string, label: string, onclick: () => void, primary = false) =>
    h(
      'button',
      { type: 'button', class: primary ? 'primary' : null, 'data-testid': testid, onclick },
      label,
    );
  return h(
    'div',
    { class: 'export-buttons', role: 'group', 'aria-labelledby': 'cd-export-heading' },
    h('h2', { id: 'cd-export-heading' }, 'Keep the class debrief'),
    h(
      'p',
      { class: 'hint' },
      'Markdown to read and annotate, JSON for the record, or print it (choose “Save as PDF” as the printer).',
    ),
    button('class-export-md', 'Download Markdown', () => save('md')),
    ' ',
    button('class-export-json', 'Download JSON', () => save('json')),
    ' ',
    button('class-export-print', 'Print / Save as PDF', () => window.print()),
    ' ',
    button('class-back', 'Back', back, true),
    status,
  );
}

/**
 * The class debrief: the rooms side by side — who they were and how each game ended, every
 * capital's score, where the decisions diverged and what followed, each indicator's path per
 * room, and the launches beside the real record — with Markdown, JSON and print exports.
 */
export function classDebriefScreen(
  scenario: Scenario,
  c: ClassComparison,
  intents: ClassDebriefIntents,
): HTMLElement {
  return h(
    'section',
    {
      class: 'panel debrief class-debrief',
      'aria-labelledby': 'class-debrief-heading',
      'data-testid': 'class-debrief',
    },
    h(
      'h1',
      { id: 'class-debrief-heading', 'data-autofocus': true },
      `Class debrief: ${scenario.title}`,
    ),
    h(
      'p',
      { class: 'crisis-title' },
      `${scenario.subtitle} — ${c.rooms.length} rooms side by side: ${c.rooms.map(roomName).join(', ')}.`,
    ),
    roomsTable(scenario, c),
    ...scoresTable(scenario, c),
    divergenceSection(scenario, c),
    pathsSection(c),
    launchesSection(scenario, c),
    exportButtons(scenario, c, intents.back),
  );
}
