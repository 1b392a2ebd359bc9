import './class-debrief.css';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { ClassComparison } from '../view/class-compare';
import { classDebriefJson } from '../view/class-json';
import { classDebriefMarkdown } from '../view/class-markdown';
import { classSettings, roomName, roomStyle } from '../view/class-words';
import { commaList, scoreRule } from '../view/debrief-words';
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
    h('caption', {}, t('debrief.class.roomsCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [
          t('debrief.class.roomHead'),
          t('debrief.class.classAndTeams'),
          t('debrief.heading.howItEnded'),
          t('debrief.class.settingsHead'),
        ].map((head) => h('th', { scope: 'col' }, head)),
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
          r.filed ? h('td', { translate: 'no' }, r.filed) : h('td', {}, '—'),
          h('td', {}, r.ending),
          h('td', { class: 'cd-settings' }, classSettings(r.lens.title, r.turnOrder, r.seed)),
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
    h('caption', {}, t('debrief.class.scoresCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('debrief.heading.capital')),
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
          h('th', { scope: 'row' }, capitalName(capital)),
          d.rooms.map((r) =>
            h(
              'td',
              {},
              String(
                r.scores.find((s) => s.capital === capital)?.score ??
                  t('debrief.class.notEndedCell'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const workings = h(
    'details',
    { class: 'score-explanation', 'data-testid': 'class-score-explanation' },
    h('summary', {}, t('debrief.heading.howScored')),
    h('p', {}, scoreRule()),
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
            r.scores.map((s) =>
              h(
                'li',
                {},
                h('strong', {}, t('debrief.scores.capital', { capital: s.name })),
                s.working,
              ),
            ),
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
    status.textContent = t('debrief.heading.downloaded', { file: name });
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
    h('h2', { id: 'cd-export-heading' }, t('debrief.class.exportHeading')),
    h('p', { class: 'hint' }, t('debrief.class.exportHint')),
    button('class-export-md', t('debrief.heading.downloadMarkdown'), () => save('md')),
    ' ',
    button('class-export-json', t('debrief.heading.downloadJson'), () => save('json')),
    ' ',
    button('class-export-print', t('debrief.heading.print'), () => window.print()),
    ' ',
    button('class-back', t('debrief.class.back'), back, true),
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
      t('debrief.class.heading', { title: scenario.title }),
    ),
    h(
      'p',
      { class: 'crisis-title' },
      t('debrief.class.subtitle', {
        subtitle: scenario.subtitle,
        count: c.rooms.length,
        rooms: commaList(c.rooms.map(roomName)),
      }),
    ),
    roomsTable(scenario, c),
    ...scoresTable(scenario, c),
    divergenceSection(scenario, c),
    pathsSection(c),
    launchesSection(scenario, c),
    exportButtons(scenario, c, intents.back),
  );
}
