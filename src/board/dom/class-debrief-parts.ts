// The class debrief's two comparisons: where the rooms' decisions diverged, round by round, with
// what followed in each room; and every indicator's path as a small chart, one line per room.
import { h } from '../../dom/h';
import { lineChartSvg } from '../../dom/line-chart-svg';
import { formatDate } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import type { Scenario } from '../../model/schema';
import type { ClassComparison, ComparedRound, IndicatorPaths } from '../view/class-compare';
import { classLaunches } from '../view/class-json';
import {
  changesText,
  eventsText,
  firstDivergenceText,
  launchesText,
  optionText,
  roomName,
  roomStyle,
} from '../view/class-words';
import { lineSwatch } from './chart-legend';

/** A room's column head: its line's swatch and its name. */
function roomHead(c: ClassComparison, index: number): HTMLElement {
  const room = c.rooms[index];
  return h(
    'th',
    { scope: 'col', class: 'cd-room-head' },
    lineSwatch(roomStyle(index)),
    ' ',
    room ? roomName(room) : '',
  );
}

function followedRow(label: string, cells: string[]): HTMLElement {
  return h(
    'tr',
    { class: 'cd-followed' },
    h('th', { scope: 'row' }, label),
    cells.map((text) => h('td', {}, text)),
  );
}

/** A row where every room that played the round chose alike. */
function sameText(scenario: Scenario, options: (string | null)[]): string {
  const made = options.filter((o) => o !== null);
  const option = optionText(scenario, made[0] ?? null);
  return made.length === options.length
    ? t('debrief.class.everyRoom', { option })
    : t('debrief.class.everyRoomPlaying', { option });
}

/** One round: each capital's row (one cell when every room agrees), then what followed. */
function roundTable(scenario: Scenario, c: ClassComparison, r: ComparedRound): HTMLElement {
  const differs = r.decisions.filter((d) => d.differs).length;
  return h(
    'section',
    {
      class: `cd-round${differs > 0 ? ' cd-round-differs' : ''}`,
      'data-testid': `class-round-${r.round}`,
    },
    h(
      'h3',
      {},
      differs > 0
        ? t('debrief.class.roundDiffers', { round: r.round, count: differs })
        : t('debrief.class.roundAlike', { round: r.round }),
    ),
    h(
      'div',
      { class: 'cd-scroll' },
      h(
        'table',
        { class: 'cd-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('debrief.heading.capital')),
            c.rooms.map((_, i) => roomHead(c, i)),
          ),
        ),
        h(
          'tbody',
          {},
          r.decisions.map((d) =>
            d.differs
              ? h(
                  'tr',
                  { class: 'cd-differs', 'data-capital': d.capital },
                  h(
                    'th',
                    { scope: 'row' },
                    h('span', { class: 'cd-mark' }, '≠ '),
                    capitalName(d.capital),
                  ),
                  d.options.map((o) =>
                    h('td', { class: o === null ? 'cd-over' : null }, optionText(scenario, o)),
                  ),
                )
              : h(
                  'tr',
                  { class: 'cd-same', 'data-capital': d.capital },
                  h('th', { scope: 'row' }, capitalName(d.capital)),
                  h('td', { colspan: c.rooms.length }, sameText(scenario, d.options)),
                ),
          ),
          followedRow(t('debrief.class.launches'), r.results.map(launchesText)),
          followedRow(
            t('debrief.class.events'),
            r.results.map((x) => eventsText(scenario, x)),
          ),
          followedRow(t('debrief.class.largestChanges'), r.results.map(changesText)),
        ),
      ),
    ),
  );
}

/** Where the rooms' decisions diverged, round by round, and what followed in each room. */
export function divergenceSection(scenario: Scenario, c: ClassComparison): HTMLElement {
  return h(
    'section',
    {
      class: 'cd-divergence',
      'aria-labelledby': 'cd-divergence-heading',
      'data-testid': 'class-divergence',
    },
    h('h2', { id: 'cd-divergence-heading' }, t('debrief.class.divergedHeading')),
    h('p', { class: 'hint' }, firstDivergenceText(c.firstDivergence)),
    c.byRound.map((r) => roundTable(scenario, c, r)),
  );
}

/** One indicator in every room as a small static chart. */
function pathChart(c: ClassComparison, p: IndicatorPaths): HTMLElement {
  const chart = h('div', { class: 'cd-chart' });
  // Trusted markup: lineChartSvg builds it from numbers and escapes every label.
  chart.innerHTML = lineChartSvg({
    title: t('debrief.class.pathTitle', { indicator: indicatorLabel(p.indicator) }),
    rounds: Array.from({ length: c.rounds + 1 }, (_, i) => i),
    width: 360,
    height: 170,
    legend: false,
    lines: p.values.map((values, i) => ({
      label: c.rooms[i] ? roomName(c.rooms[i]) : '',
      values,
      style: roomStyle(i),
      width: 2,
    })),
  });
  const ends = p.values.map((values, i) => {
    const last = values.filter((v) => v !== null).at(-1);
    return `${i + 1}: ${last ?? '—'}`;
  });
  // "End — 1: 79 · 2: 71 · 3: 72": the rooms by number, as the key numbers them.
  return h(
    'figure',
    { class: 'cd-path', 'data-indicator': p.indicator },
    h('figcaption', {}, h('h3', {}, indicatorLabel(p.indicator))),
    chart,
    h('p', { class: 'cd-ends' }, t('debrief.class.ends', { values: ends.join(' · ') })),
  );
}

/** Every indicator's path, one line per room (its colour and dash named once in the key). */
export function pathsSection(c: ClassComparison): HTMLElement {
  return h(
    'section',
    { class: 'cd-paths', 'aria-labelledby': 'cd-paths-heading', 'data-testid': 'class-charts' },
    h('h2', { id: 'cd-paths-heading' }, t('debrief.class.pathsHeading')),
    h(
      'p',
      { class: 'cd-key', 'data-testid': 'class-key' },
      c.rooms.map((room, i) =>
        h('span', { class: 'cd-key-entry' }, lineSwatch(roomStyle(i)), ` ${roomName(room)}`),
      ),
      h('span', { class: 'cd-key-entry hint' }, t('debrief.class.chartKey')),
    ),
    h(
      'div',
      { class: 'cd-multiples' },
      c.paths.map((p) => pathChart(c, p)),
    ),
  );
}

/**
 * The record beside the model: launch events per round in each room and in the real record for
 * the same dates, a row each (numbers, so eight rooms and twelve rounds fit a page).
 */
export function launchesSection(scenario: Scenario, c: ClassComparison): HTMLElement {
  const l = classLaunches(scenario, c);
  const cell = (n: number | null) =>
    h('td', { class: n === 0 ? 'lr-none' : null }, n === null ? '—' : String(n));
  return h(
    'section',
    { class: 'debrief-record', 'aria-labelledby': 'cd-record-heading' },
    h('h2', { id: 'cd-record-heading' }, t('debrief.heading.record')),
    h(
      'table',
      { class: 'cd-launches', 'data-testid': 'class-launch-record' },
      h('caption', {}, t('debrief.class.launchesCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('debrief.class.roomHead')),
          l.rounds.map((r) =>
            h(
              'th',
              { scope: 'col' },
              t('debrief.words.roundShort', { round: r.round }),
              h('br'),
              h('span', { class: 'lr-day' }, formatDate(r.from, 'day')),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        l.rooms.map((values, i) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              lineSwatch(roomStyle(i)),
              ' ',
              c.rooms[i] ? roomName(c.rooms[i]) : '',
            ),
            values.map(cell),
          ),
        ),
        h(
          'tr',
          { class: 'cd-record-row' },
          h('th', { scope: 'row' }, t('debrief.class.realRecord')),
          l.record.map(cell),
        ),
      ),
    ),
    h('p', { class: 'lr-credit' }, t('debrief.class.launchesCredit', { credit: l.credit })),
  );
}
