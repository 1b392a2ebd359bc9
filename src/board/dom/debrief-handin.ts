import './debrief-handin.css';
// The debrief's parts that make it stand on paper: the crisis and who played it, every round's
// decisions with the teams' reasons, the chart as a static image, the causal chains and the
// evidence behind each decision with full citations, and the sources. Built from the exported
// debrief (debrief-json.ts), the same object the Markdown is written from.
import { dateLabel } from '../../dom/date-label';
import { type Child, h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import type { DebriefExport, ExportDecision, ExportRound } from '../view/debrief-json';
import { commaList, playedBy, roundsInWords, semicolonList } from '../view/debrief-words';
import {
  capitalWithTeam,
  claimWithRefs,
  decisionEvidence,
  playedDates,
  shortRefs,
  sourceLine,
} from '../view/handin-words';
import { printChartData, printChartSvg } from '../view/print-chart';
import type { StoryThread } from '../view/story';
import { tParts } from './t-parts';

const day = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? dateLabel(date) : date);

/** The crisis, its dates, and who played each capital (the team's name where it has one). */
export function crisisBlock(scenario: Scenario, game: GameState, d: DebriefExport): HTMLElement {
  const players = CAPITALS.map((c) => {
    const team = d.teams.find((entry) => entry.capital === c);
    const who = playedBy(team?.controller === 'human' ? 'human' : 'ai');
    return team?.team
      ? t('debrief.handin.playerTeam', { capital: capitalName(c), who, team: team.team })
      : t('debrief.handin.player', { capital: capitalName(c), who });
  });
  return h(
    'div',
    { class: 'crisis', 'data-testid': 'debrief-crisis' },
    h(
      'p',
      { class: 'crisis-title' },
      h('strong', {}, d.scenario.title),
      ` — ${d.scenario.subtitle}`,
    ),
    h('p', { class: 'crisis-dates' }, playedDates(scenario, game)),
    h('p', { class: 'players' }, t('debrief.handin.playedBy', { players: semicolonList(players) })),
  );
}

/**
 * A decision's reason in its cell: a team's words in quotation marks, as typed (never
 * translated); the AI's reasons with the paragraphs it weighed; or that there is none.
 */
function reasonOf(decision: ExportDecision): Child {
  const why = decision.rationale;
  if (!why) return h('span', { class: 'no-reason' }, t('debrief.handin.noReason'));
  if (why.kind === 'team')
    return tParts('debrief.handin.teamReason', {
      text: h('span', { translate: 'no' }, why.text),
    });
  if (why.kind === 'policy') return why.text;
  const refs = why.claims.flatMap((c) => c.paragraphs);
  return refs.length > 0
    ? t('debrief.handin.aiReasonWeighed', { text: why.text, refs: shortRefs(refs) })
    : t('debrief.handin.aiReason', { text: why.text });
}

function roundBlock(d: DebriefExport, r: ExportRound): HTMLElement {
  const launches = semicolonList(
    r.launches.map((l) => t('debrief.words.launchCause', { launch: l.what, cause: l.cause })),
  );
  const events = semicolonList(r.events.map((e) => e.title));
  const none = t('debrief.words.none');
  return h(
    'section',
    { class: 'round-block', 'data-testid': `round-${r.round}` },
    h('h3', {}, t('debrief.heading.round', { round: r.round, date: day(r.date) })),
    h(
      'table',
      { class: 'round-decisions' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('debrief.heading.capital')),
          h('th', { scope: 'col' }, t('debrief.handin.decision')),
          h('th', { scope: 'col' }, t('debrief.handin.reason')),
        ),
      ),
      h(
        'tbody',
        {},
        CAPITALS.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, capitalWithTeam(d, c)),
            h('td', {}, r.decisions[c].label),
            h('td', {}, reasonOf(r.decisions[c])),
          ),
        ),
      ),
    ),
    h(
      'p',
      {},
      h('strong', {}, t('debrief.heading.launchesLabel')),
      t('debrief.handin.listEnd', { items: launches || none }),
    ),
    h(
      'p',
      {},
      h('strong', {}, t('debrief.heading.eventsLabel')),
      t('debrief.handin.listEnd', { items: events || none }),
    ),
  );
}

/**
 * Every round: the four decisions with each team's reason, the launches and events; then how
 * it ended. On screen it starts closed; printed, it is always open.
 */
export function roundsSection(d: DebriefExport): HTMLElement {
  return h(
    'details',
    { class: 'handin-rounds', 'data-testid': 'debrief-rounds' },
    h('summary', {}, h('h2', {}, t('debrief.heading.rounds'))),
    d.rounds.map((r) => roundBlock(d, r)),
    h(
      'p',
      { class: 'round-outcome' },
      h('strong', {}, t('debrief.handin.outcomeLabel')),
      d.outcome
        ? t('debrief.handin.listEnd', { items: d.outcome.title })
        : t('debrief.handin.noOutcome'),
    ),
  );
}

/** The indicators over time as a static SVG, for paper (the screen shows the live chart). */
export function printChart(scenario: Scenario, d: DebriefExport): HTMLElement {
  const talks = d.rounds
    .filter((r) => scenario.optionIndex[r.decisions.us.option]?.tags.includes('talks-offer'))
    .map((r) => r.round);
  const figure = h(
    'figure',
    { class: 'print-chart print-only', 'data-testid': 'print-chart' },
    h(
      'figcaption',
      {},
      h('strong', {}, t('debrief.handin.chartTitle')),
      t('debrief.handin.chartKey'),
    ),
  );
  const box = h('div', { class: 'print-chart-box' });
  // Trusted markup: built by printChartSvg from numbers and escaped labels.
  box.innerHTML = printChartSvg(printChartData(d, talks));
  figure.append(box);
  return figure;
}

/**
 * The causal chains, numbered: on screen each opens its "why?"; on paper each carries what it
 * moved, its cause and its evidence, claim by claim with source and paragraph.
 */
export function chainsSection(
  d: DebriefExport,
  story: StoryThread[],
  why: (thread: StoryThread) => void,
): HTMLElement[] {
  return [
    h('h2', { id: 'chains-heading' }, t('debrief.heading.chains')),
    h('p', { class: 'hint' }, t('debrief.handin.chainsHint')),
    h(
      'ol',
      { class: 'story', 'aria-labelledby': 'chains-heading' },
      d.causalStory.map((thread, i) =>
        h(
          'li',
          { class: 'chain', 'data-testid': `chain-${i + 1}` },
          h('strong', {}, t('debrief.handin.chain', { number: i + 1, label: thread.label })),
          t('debrief.handin.chainMoved', {
            points: thread.weight,
            rounds: roundsInWords(thread.rounds),
          }),
          story[i]
            ? h(
                'button',
                { type: 'button', class: 'linklike', onclick: () => why(story[i] as StoryThread) },
                t('debrief.handin.why'),
              )
            : null,
          h(
            'div',
            { class: 'chain-evidence print-only' },
            thread.explain ? h('p', {}, thread.explain) : null,
            h(
              'p',
              {},
              t('debrief.handin.whatMoved', {
                moved: commaList(
                  thread.moved.map((m) => `${m.indicator} ${m.change > 0 ? '+' : ''}${m.change}`),
                ),
              }),
            ),
            h(
              'ul',
              {},
              thread.claims.map((c) => h('li', {}, claimWithRefs(c, d.sources))),
              thread.assumptions.map((a) =>
                h('li', { class: 'assumption' }, t('debrief.handin.assumption', { text: a })),
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** Each option played, its rounds, and the claims its card rests on (closed on screen). */
export function evidenceSection(scenario: Scenario, d: DebriefExport): HTMLElement {
  return h(
    'details',
    { class: 'handin-evidence', 'data-testid': 'debrief-evidence' },
    h('summary', {}, h('h2', {}, t('debrief.heading.evidence'))),
    h(
      'ul',
      {},
      decisionEvidence(scenario, d).map((e) =>
        h(
          'li',
          { class: 'evidence-item' },
          h(
            'strong',
            {},
            t('debrief.words.capitalOption', { capital: capitalName(e.capital), option: e.label }),
          ),
          t('debrief.handin.evidenceRounds', { rounds: roundsInWords(e.rounds) }),
          h(
            'ul',
            {},
            e.claims.map((c) => h('li', {}, claimWithRefs(c, d.sources))),
            e.assumption
              ? h(
                  'li',
                  { class: 'assumption' },
                  t('debrief.handin.assumption', { text: e.assumption }),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}

/** Every source cited, in full: title, author and outlet where its text names them, events. */
export function sourcesSection(d: DebriefExport): HTMLElement {
  return h(
    'section',
    { class: 'handin-sources', 'aria-labelledby': 'sources-heading' },
    h('h2', { id: 'sources-heading' }, t('debrief.heading.sources')),
    h(
      'ul',
      { 'data-testid': 'debrief-sources' },
      d.sources.map((s) => h('li', {}, sourceLine(s))),
    ),
  );
}
