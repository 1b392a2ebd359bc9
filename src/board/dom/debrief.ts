import type uPlot from 'uplot';
import { dateLabel } from '../../dom/date-label';
import { h } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
import { INDICATOR_DOCS } from '../../model/indicators';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import { causalStory } from '../view/story';
import { type WhyChain, whyOutcome } from '../view/why';
import { debriefExportButtons } from './debrief-export-buttons';
import { debriefRecord } from './debrief-record';
import { indicatorChart } from './indicator-chart';

/** What the debrief asks of the board. */
export interface DebriefIntents {
  why(chain: WhyChain): void;
  again(): void;
  /** This game's share link (or why it cannot have one), to show under the export buttons. */
  shareLink(): HTMLElement;
}

/**
 * The debrief: how it ended and why, each capital's score against its objectives, the
 * indicators over time, the causal story of this game, questions, and what really happened.
 * Returns the element and a cleanup that releases the chart.
 */
export function debriefScreen(
  scenario: Scenario,
  setup: GameSetup,
  game: GameState,
  width: number,
  intents: DebriefIntents,
) {
  const outcome = scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId);
  const chart = indicatorChart(scenario, game, Math.max(320, Math.min(1100, width)));
  const scores = h(
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
                  `${o.label}: ${INDICATOR_DOCS[o.indicator].label} ${game.indicators[o.indicator]} (wanted ${o.want})`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const story = causalStory(scenario, game).map((thread) =>
    h(
      'li',
      {},
      h('strong', {}, thread.label),
      ` — moved the indicators by ${thread.weight} points in all (rounds ${thread.rounds.join(', ')}). `,
      h(
        'button',
        { type: 'button', class: 'linklike', onclick: () => intents.why(thread.chain) },
        'Why?',
      ),
    ),
  );
  const element = h(
    'section',
    { class: 'panel debrief', 'aria-labelledby': 'debrief-heading', 'data-testid': 'debrief' },
    h(
      'h1',
      { id: 'debrief-heading', 'data-autofocus': true },
      `Debrief: ${outcome?.title ?? 'the game is over'}`,
    ),
    h(
      'p',
      { class: 'outcome-text' },
      outcome?.text ?? '',
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-testid': 'why-outcome',
          onclick: () => intents.why(whyOutcome(scenario, game)),
        },
        'Why did it end this way?',
      ),
    ),
    h(
      'p',
      {},
      `Ended in round ${game.outcome?.round} of ${scenario.rounds} · lens: ${scenario.lenses.find((l) => l.id === game.lens)?.title ?? game.lens} · seed ${game.seed}`,
    ),
    scores,
    chart,
    debriefRecord(scenario, game),
    h('h2', {}, 'The causal story of this game'),
    h('ol', { class: 'story' }, story),
    h('h2', {}, 'Questions to discuss'),
    h(
      'ol',
      { class: 'debrief-questions' },
      scenario.debriefQuestions.map((q) => h('li', {}, q)),
    ),
    h('h2', {}, 'What really happened next'),
    h(
      'ul',
      { class: 'history' },
      scenario.whatHappenedNext.map((e) =>
        h(
          'li',
          {},
          h('strong', {}, /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? dateLabel(e.date) : e.date),
          ` — ${e.text} `,
          h('span', { class: 'source' }, `(${e.source})`),
        ),
      ),
    ),
    debriefExportButtons(scenario, setup, game, intents.shareLink),
    h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'play-again', onclick: intents.again },
      'Play again',
    ),
  );
  const cleanup = () => (chart as HTMLElement & { chart?: uPlot }).chart?.destroy();
  return { element, cleanup };
}
