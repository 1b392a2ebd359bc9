import type uPlot from 'uplot';
import { dateLabel } from '../../dom/date-label';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import { debriefJson } from '../view/debrief-json';
import { endingOf, filedUnder } from '../view/debrief-words';
import { causalStory } from '../view/story';
import { type WhyChain, whyOutcome } from '../view/why';
import { debriefExportButtons } from './debrief-export-buttons';
import {
  chainsSection,
  crisisBlock,
  evidenceSection,
  printChart,
  roundsSection,
  sourcesSection,
} from './debrief-handin';
import { debriefRecord } from './debrief-record';
import { debriefScores } from './debrief-scores';
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
  const d = debriefJson(scenario, setup, game);
  const filed = filedUnder(setup.labels);
  // Each capital with the name the teacher gave its team (as typed: not translated).
  const teams = CAPITALS.flatMap((c) => {
    const name = setup.labels?.teams?.[c];
    return name ? [h('li', {}, `${capitalName(c)} — `, h('span', { translate: 'no' }, name))] : [];
  });
  const chart = indicatorChart(scenario, game, Math.max(320, Math.min(1100, width)));
  const scores = debriefScores(scenario, game);
  const ending = endingOf(scenario, game);
  const story = causalStory(scenario, game);
  const element = h(
    'section',
    { class: 'panel debrief', 'aria-labelledby': 'debrief-heading', 'data-testid': 'debrief' },
    h(
      'h1',
      { id: 'debrief-heading', 'data-autofocus': true },
      t('debrief.screen.heading', { title: ending?.title ?? t('debrief.words.gameOver') }),
    ),
    crisisBlock(scenario, game, d),
    filed
      ? h(
          'p',
          { class: 'filed', 'data-testid': 'debrief-labels' },
          h('strong', { translate: 'no' }, filed),
        )
      : null,
    teams.length > 0
      ? h('ul', { class: 'team-names', 'data-testid': 'debrief-teams' }, teams)
      : null,
    h(
      'p',
      { class: 'outcome-text' },
      ending?.text ?? '',
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-testid': 'why-outcome',
          onclick: () => intents.why(whyOutcome(scenario, game)),
        },
        t('debrief.screen.whyEnded'),
      ),
    ),
    h(
      'p',
      { class: 'settings-line' },
      // After End now the heading already says who ended it and when: not said a third time.
      [
        ending && !ending.byFacilitator ? ending.line : null,
        t('debrief.screen.lens', {
          lens: scenario.lenses.find((l) => l.id === game.lens)?.title ?? game.lens,
        }),
        t('debrief.screen.turns', { order: setup.turnOrder }),
        t('debrief.screen.seed', { seed: String(game.seed) }),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    ...scores,
    printChart(scenario, d),
    chart,
    roundsSection(d),
    ...chainsSection(d, story, (thread) => intents.why(thread.chain)),
    evidenceSection(scenario, d),
    debriefRecord(scenario, game),
    h('h2', {}, t('debrief.heading.questions')),
    h(
      'ol',
      { class: 'debrief-questions' },
      scenario.debriefQuestions.map((q) => h('li', {}, q)),
    ),
    h('h2', {}, t('debrief.heading.next')),
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
    sourcesSection(d),
    debriefExportButtons(scenario, setup, game, intents.shareLink),
    h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'play-again', onclick: intents.again },
      t('debrief.screen.playAgain'),
    ),
  );
  const cleanup = () => (chart as HTMLElement & { chart?: uPlot }).chart?.destroy();
  return { element, cleanup };
}
