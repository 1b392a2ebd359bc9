import './record.css';
import {
  cellText,
  kindLabel,
  type LaunchComparison,
  NOT_IN_RECORD,
} from '../history/launch-comparison';
import { recordCredit } from '../history/record-data';
import { formatDate } from '../i18n/format';
import { t } from '../i18n/messages';
import { sentences } from '../i18n/sentences';
import type { LaunchKind } from '../model/launches';
import { dateLabel } from './date-label';
import { h } from './h';

/** "29 Aug" (8月29日, 8월 29일) from an ISO date: the day a round opens, short enough for a column head. */
function shortDay(iso: string): string {
  return formatDate(iso, 'day');
}

/**
 * The model's launches per round beside the real record's for the same dates: a row per kind
 * (named in words, so no colour is needed to tell them apart), a column per round, each cell
 * "model / record". `what` names the model's figures ("this game", "mean of 1,000 games").
 */
export function recordTable(c: LaunchComparison, what: string, testid: string): HTMLElement {
  const order = [...c.series.map((s) => s.label), t('why.record.theRecord')].join(' / ');
  const rows: (LaunchKind | 'all')[] = [...c.kinds, 'all'];
  const last = c.record[c.record.length - 1];
  const notes = [
    c.kinds.some((k) => NOT_IN_RECORD.includes(k)) ? t('why.record.noCruise') : '',
    c.later
      ? t('why.record.later', {
          round: c.later.fromRound - 1,
          from: last ? dateLabel(last.to) : '',
          count: c.later.events,
        })
      : '',
  ].filter(Boolean);
  return h(
    'figure',
    { class: 'launch-record', 'data-testid': testid },
    h('figcaption', {}, t('why.record.caption', { what })),
    h(
      'div',
      { class: 'launch-record-scroll' },
      h(
        'table',
        {},
        h('caption', { class: 'sr-only' }, t('why.record.tableCaption', { order })),
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
                {
                  scope: 'col',
                  title: t('why.record.window', { from: dateLabel(r.from), to: dateLabel(r.to) }),
                },
                t('why.chart.round', { round: r.round }),
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
      sentences([t('why.record.credits', { credit: recordCredit() }), ...notes]),
    ),
  );
}
