import './record.css';
import {
  cellText,
  kindLabel,
  type LaunchComparison,
  NOT_IN_RECORD,
} from '../history/launch-comparison';
import { RECORD_CREDIT } from '../history/record-data';
import type { LaunchKind } from '../model/launches';
import { dateLabel } from './date-label';
import { h } from './h';

/** "29 Aug" from an ISO date: the day a round opens, short enough for a column head. */
function shortDay(iso: string): string {
  return dateLabel(iso).replace(/ \d{4}$/, '');
}

/**
 * The model's launches per round beside the real record's for the same dates: a row per kind
 * (named in words, so no colour is needed to tell them apart), a column per round, each cell
 * "model / record". `what` names the model's figures ("this game", "mean of 1,000 games").
 */
export function recordTable(c: LaunchComparison, what: string, testid: string): HTMLElement {
  const order = [...c.series.map((s) => s.label), 'the record'].join(' / ');
  const rows: (LaunchKind | 'all')[] = [...c.kinds, 'all'];
  const last = c.record[c.record.length - 1];
  const notes = [
    c.kinds.some((k) => NOT_IN_RECORD.includes(k))
      ? 'n/a: the database leaves out cruise missiles.'
      : '',
    c.later
      ? `After round ${c.later.fromRound - 1} (from ${last ? dateLabel(last.to) : ''}), the record holds ${c.later.events} more launch event${c.later.events === 1 ? '' : 's'} in the scenario's remaining rounds.`
      : '',
  ].filter(Boolean);
  return h(
    'figure',
    { class: 'launch-record', 'data-testid': testid },
    h('figcaption', {}, `Launches per round: ${what} beside the real record for the same dates`),
    h(
      'div',
      { class: 'launch-record-scroll' },
      h(
        'table',
        {},
        h(
          'caption',
          { class: 'sr-only' },
          `Launch events by kind and round; each cell gives ${order}.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, h('span', { class: 'lr-order' }, order)),
            c.record.map((r) =>
              h(
                'th',
                { scope: 'col', title: `${dateLabel(r.from)} – ${dateLabel(r.to)} (not included)` },
                `R${r.round}`,
                h('br'),
                h('span', { class: 'lr-day' }, shortDay(r.from)),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((kind) =>
            h(
              'tr',
              { class: kind === 'all' ? 'lr-all' : '', 'data-kind': kind },
              h('th', { scope: 'row' }, kindLabel(kind)),
              c.record.map((_, i) => {
                const text = cellText(c, i, kind);
                const quiet = text.split(' / ').every((part) => part === '0');
                return h('td', { class: quiet ? 'lr-none' : '' }, text);
              }),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'lr-credit' },
      `The record: ${RECORD_CREDIT}. A round covers its first day up to the next round's; the launch the crisis opens with (the briefing's) is not counted. `,
      notes.join(' '),
    ),
  );
}
