import { h } from '../../dom/h';
import { indicatorLabel } from '../../i18n/names';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import { SCORE_RULE, scoreWorkings, workingLine } from '../view/debrief-words';

/**
 * Each capital's score against its own objectives, and — one click away, in a closed details —
 * how every score is worked out, with this game's numbers.
 */
export function debriefScores(scenario: Scenario, game: GameState): HTMLElement[] {
  const table = h(
    'table',
    { class: 'scores' },
    h('caption', {}, 'Scores against each capital’s own objectives (0–100)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Capital'),
        h('th', { scope: 'col' }, 'Score'),
        h('th', { scope: 'col' }, 'Objectives at the end'),
      ),
    ),
    h(
      'tbody',
      {},
      CAPITALS.map((c) =>
        h(
          'tr',
          { 'data-testid': `score-${c}` },
          h('th', { scope: 'row' }, CAPITAL_NAMES[c]),
          h('td', {}, String(game.outcome?.scores[c] ?? '')),
          h(
            'td',
            {},
            h(
              'ul',
              {},
              scenario.capitals[c].objectives.map((o) =>
                h(
                  'li',
                  {},
                  `${o.label}: ${indicatorLabel(o.indicator)} ${game.indicators[o.indicator]} (wanted ${o.want})`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const explanation = h(
    'details',
    { class: 'score-explanation', 'data-testid': 'score-explanation' },
    h('summary', {}, 'How is each score worked out?'),
    h('p', {}, SCORE_RULE),
    h(
      'ul',
      {},
      scoreWorkings(scenario, game).map((w) =>
        h(
          'li',
          { 'data-testid': `score-working-${w.capital}` },
          h('strong', {}, `${CAPITAL_NAMES[w.capital]}: `),
          // The parts repeat the table's objectives; paper keeps only the sum (print.css).
          h(
            'span',
            { class: 'score-parts' },
            w.parts
              .map(
                (p) =>
                  `${p.label} (${p.indicator} ${p.value}, wanted ${p.want}): ${p.points} points × ${p.weight}`,
              )
              .join('; '),
            '. ',
            h('br', {}),
          ),
          workingLine(w),
        ),
      ),
    ),
  );
  return [table, explanation];
}
