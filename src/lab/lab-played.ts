import { h } from '../dom/h';
import { t } from '../i18n/messages';
import { capitalName } from '../i18n/names';
import type { Scenario } from '../model/schema';
import type { LabSummary, PlayedRound } from './lab-batch';
import { strategyLetter } from './lab-words';

/** One cell: what was played in a round, most-played first, with the AI's share where it chose. */
function cellText(scenario: Scenario, tally: PlayedRound): string {
  const parts = Object.entries(tally.fixed)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) =>
      t('lab.played.option', { option: scenario.optionIndex[id]?.label ?? id, count: n }),
    );
  if (tally.ai > 0) parts.push(t('lab.played.ai', { count: tally.ai }));
  return parts.length > 0 ? parts.join(' · ') : t('lab.played.none');
}

/**
 * What the capitals a strategy fixes really played, round by round, over the games that reached
 * each round: so a teacher sees the alternation or the phases happen, and where the AI stood in.
 */
export function playedTable(scenario: Scenario, key: 'a' | 'b', summary: LabSummary) {
  if (summary.played.length === 0) return null;
  const rounds = summary.played[0]?.rounds.length ?? 0;
  return h(
    'details',
    { class: 'lab-played', open: true },
    h('summary', {}, t('lab.played.summary', { strategy: strategyLetter(key) })),
    h(
      'table',
      { 'data-testid': `played-${key}` },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('lab.played.round')),
          summary.played.map((p) => h('th', { scope: 'col' }, capitalName(p.capital))),
        ),
      ),
      h(
        'tbody',
        {},
        Array.from({ length: rounds }, (_, i) =>
          h(
            'tr',
            { 'data-round': i + 1 },
            h('th', { scope: 'row' }, String(i + 1)),
            summary.played.map((p) =>
              h(
                'td',
                { 'data-capital': p.capital },
                cellText(scenario, p.rounds[i] ?? { fixed: {}, ai: 0 }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
