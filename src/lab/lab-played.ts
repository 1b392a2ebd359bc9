import { h } from '../dom/h';
import { CAPITAL_NAMES } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { LabSummary, PlayedRound } from './lab-batch';

const count = (n: number) => n.toLocaleString('en-GB');

/** One cell: what was played in a round, most-played first, with the AI's share where it chose. */
function cellText(scenario: Scenario, tally: PlayedRound): string {
  const parts = Object.entries(tally.fixed)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${scenario.optionIndex[id]?.label ?? id} (${count(n)})`);
  if (tally.ai > 0) parts.push(`AI decided (${count(tally.ai)})`);
  return parts.length > 0 ? parts.join(' · ') : '— (no game reached it)';
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
    h(
      'summary',
      {},
      `Strategy ${key.toUpperCase()}: what the fixed capitals played, round by round`,
    ),
    h(
      'table',
      { 'data-testid': `played-${key}` },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Round'),
          summary.played.map((p) => h('th', { scope: 'col' }, CAPITAL_NAMES[p.capital])),
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
