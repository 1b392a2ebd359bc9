import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import { scoreRule, scoreWorkings, semicolonList, workingLine } from '../view/debrief-words';

/**
 * Each capital's score against its own objectives, and — one click away, in a closed details —
 * how every score is worked out, with this game's numbers.
 */
export function debriefScores(scenario: Scenario, game: GameState): HTMLElement[] {
  const table = h(
    'table',
    { class: 'scores' },
    h('caption', {}, t('debrief.heading.scores')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('debrief.heading.capital')),
        h('th', { scope: 'col' }, t('debrief.heading.score')),
        h('th', { scope: 'col' }, t('debrief.heading.objectivesAtEnd')),
      ),
    ),
    h(
      'tbody',
      {},
      CAPITALS.map((c) =>
        h(
          'tr',
          { 'data-testid': `score-${c}` },
          h('th', { scope: 'row' }, capitalName(c)),
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
                  t('debrief.words.objectiveAtEnd', {
                    objective: o.label,
                    indicator: indicatorLabel(o.indicator),
                    value: game.indicators[o.indicator],
                    want: o.want,
                  }),
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
    h('summary', {}, t('debrief.heading.howScored')),
    h('p', {}, scoreRule()),
    h(
      'ul',
      {},
      scoreWorkings(scenario, game).map((w) =>
        h(
          'li',
          { 'data-testid': `score-working-${w.capital}` },
          h('strong', {}, t('debrief.scores.capital', { capital: capitalName(w.capital) })),
          // The parts repeat the table's objectives; paper keeps only the sum (print.css).
          h(
            'span',
            { class: 'score-parts' },
            t('debrief.scores.parts', {
              parts: semicolonList(
                w.parts.map((p) =>
                  t('debrief.scores.part', {
                    objective: p.label,
                    indicator: p.indicator,
                    value: p.value,
                    want: p.want,
                    points: p.points,
                    weight: p.weight,
                  }),
                ),
              ),
            }),
            h('br', {}),
          ),
          workingLine(w),
        ),
      ),
    ),
  );
  return [table, explanation];
}
