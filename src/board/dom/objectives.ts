// Objectives and running scores, always in view: the deciding team's own aims above its cards,
// every capital's score in the side column once a round is revealed, and how a score is worked
// out one click away.
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel, indicatorShort } from '../../i18n/names';
import type { CapitalId } from '../../model/ids';
import type { Objective, Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import { type ScoreWorking, scoreRule, scoreWorkings, workingLine } from '../view/debrief-words';

/** An objective in words, its indicator's name as written: "Survive: avoid a war (Risk of accident or clash: low)". */
export function objectiveText(o: Objective): string {
  return t('play.objective.text', {
    label: o.label,
    indicator: indicatorLabel(o.indicator),
    want: o.want,
  });
}

/** One capital's score now, as the game would give it if it ended here (no ending's bonus yet). */
export function scoreNow(scenario: Scenario, game: PublicGame, capital: CapitalId): ScoreWorking {
  return scoreWorkings(scenario, game).find((w) => w.capital === capital) as ScoreWorking;
}

const mark = (want: 'high' | 'low') => (want === 'high' ? '▲' : '▼');

/**
 * The deciding team's objectives, each with its indicator now, and its running score with a
 * button that says how it is worked out.
 */
export function objectivesStrip(
  scenario: Scenario,
  game: PublicGame,
  capital: CapitalId,
  how: (capitals: CapitalId[]) => void,
): HTMLElement {
  const working = scoreNow(scenario, game, capital);
  return h(
    'section',
    {
      class: 'objectives',
      'aria-label': t('play.objectives.aria', { capital: capitalName(capital) }),
      'data-testid': 'objectives',
    },
    h('h3', { title: t('play.objectives.key') }, t('play.objectives.heading')),
    h(
      'ul',
      {},
      scenario.capitals[capital].objectives.map((o) =>
        h(
          'li',
          { title: objectiveText(o) },
          h(
            'span',
            { class: 'sr-only' },
            t('play.objectives.now', {
              objective: objectiveText(o),
              value: game.indicators[o.indicator],
            }),
          ),
          h(
            'span',
            { 'aria-hidden': 'true' },
            `${indicatorShort(o.indicator)} ${mark(o.want)} `,
            h('strong', {}, String(game.indicators[o.indicator])),
          ),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'linklike score-now',
        'data-key': 'score-how',
        'data-testid': 'score-how',
        onclick: () => how([capital]),
      },
      t('play.score.now', { score: working.score }),
    ),
  );
}

/** Every capital's running score on one line, each opening how it is worked out (after a reveal). */
export function scoreList(
  scenario: Scenario,
  game: PublicGame,
  how: (capitals: CapitalId[]) => void,
): HTMLElement {
  const workings = scoreWorkings(scenario, game);
  return h(
    'p',
    { class: 'scores-now', 'data-testid': 'scores-now' },
    h('strong', {}, t('play.score.list')),
    workings.map((w) =>
      h(
        'button',
        {
          type: 'button',
          class: 'linklike',
          'data-key': `score-now-${w.capital}`,
          'data-testid': `score-now-${w.capital}`,
          'aria-label': t('play.score.capitalAria', {
            capital: capitalName(w.capital),
            score: w.score,
          }),
          onclick: () => how([w.capital]),
        },
        t('play.score.capital', { capital: capitalName(w.capital), score: w.score }),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'linklike',
        'data-key': 'score-how-all',
        onclick: () => how(workings.map((w) => w.capital)),
      },
      t('play.score.how'),
    ),
  );
}

/** The dialog that says how the scores of `capitals` are worked out, with this game's numbers. */
export function scoreDialog(
  scenario: Scenario,
  game: PublicGame,
  capitals: CapitalId[],
  close: () => void,
): HTMLElement {
  const workings = scoreWorkings(scenario, game).filter((w) => capitals.includes(w.capital));
  return h(
    'section',
    {
      class: 'why-dialog score-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'score-dialog-title',
      tabindex: -1,
      'data-testid': 'score-dialog',
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape') close();
      },
    },
    h('h2', { id: 'score-dialog-title' }, t('play.score.dialogHeading')),
    h('p', {}, scoreRule()),
    h('p', {}, t('play.score.during')),
    workings.map((w) =>
      h(
        'div',
        { class: 'score-working', 'data-testid': `score-working-now-${w.capital}` },
        h(
          'h3',
          {},
          t('play.score.capitalHeading', { capital: capitalName(w.capital), score: w.score }),
        ),
        h(
          'ul',
          {},
          w.parts.map((p) =>
            h(
              'li',
              {},
              t('play.score.part', {
                label: p.label,
                indicator: p.indicator,
                value: p.value,
                want: p.want,
                points: p.points,
                weight: p.weight,
              }),
            ),
          ),
        ),
        h('p', {}, workingLine(w)),
      ),
    ),
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', class: 'close', 'data-autofocus': true, onclick: close },
        t('play.closeEsc'),
      ),
    ),
  );
}
