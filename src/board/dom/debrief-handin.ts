import './debrief-handin.css';
// The debrief's parts that make it stand on paper: the crisis and who played it, every round's
// decisions with the teams' reasons, the chart as a static image, the causal chains and the
// evidence behind each decision with full citations, and the sources. Built from the exported
// debrief (debrief-json.ts), the same object the Markdown is written from.
import { dateLabel } from '../../dom/date-label';
import { h } from '../../dom/h';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import type { DebriefExport, ExportDecision, ExportRound } from '../view/debrief-json';
import { roundsInWords } from '../view/debrief-words';
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

const day = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? dateLabel(date) : date);

/** The crisis, its dates, and who played each capital (the team's name where it has one). */
export function crisisBlock(scenario: Scenario, game: GameState, d: DebriefExport): HTMLElement {
  const players = CAPITALS.map((c) => {
    const team = d.teams.find((t) => t.capital === c);
    const who = team?.controller === 'human' ? 'a human team' : 'the AI';
    return `${CAPITAL_NAMES[c]}: ${team?.team ? `${who}, ${team.team}` : who}`;
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
    h('p', { class: 'players' }, `Played by — ${players.join('; ')}.`),
  );
}

function reasonOf(decision: ExportDecision): Node | string {
  const why = decision.rationale;
  if (!why) return h('span', { class: 'no-reason' }, 'No reason given.');
  if (why.kind === 'team') return `“${why.text}”`;
  const refs = why.claims.flatMap((c) => c.paragraphs);
  return `The AI: ${why.text}${refs.length > 0 ? ` (weighed ${shortRefs(refs)})` : ''}`;
}

function roundBlock(d: DebriefExport, r: ExportRound): HTMLElement {
  const launches = r.launches.map((l) => `${l.what} (${l.cause})`).join('; ');
  return h(
    'section',
    { class: 'round-block', 'data-testid': `round-${r.round}` },
    h('h3', {}, `Round ${r.round} · ${day(r.date)}`),
    h(
      'table',
      { class: 'round-decisions' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Capital'),
          h('th', { scope: 'col' }, 'Decision'),
          h('th', { scope: 'col' }, 'Reason'),
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
    h('p', {}, h('strong', {}, 'Launches: '), launches || 'none', '.'),
    h('p', {}, h('strong', {}, 'Events: '), r.events.map((e) => e.title).join('; ') || 'none', '.'),
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
    h('summary', {}, h('h2', {}, 'Decisions, round by round')),
    d.rounds.map((r) => roundBlock(d, r)),
    h(
      'p',
      { class: 'round-outcome' },
      h('strong', {}, 'Outcome: '),
      d.outcome ? `${d.outcome.title}.` : 'stopped before any ending.',
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
      h('strong', {}, 'The indicators over time (0–100). '),
      '▲ a round in which Pyongyang launched or tested; ● a round in which Washington offered talks.',
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
    h('h2', { id: 'chains-heading' }, 'The causal chains of this game'),
    h(
      'p',
      { class: 'hint' },
      'The causes that moved the indicators most. “001:14” is source 001, paragraph 14; the sources are listed at the end.',
    ),
    h(
      'ol',
      { class: 'story', 'aria-labelledby': 'chains-heading' },
      d.causalStory.map((t, i) =>
        h(
          'li',
          { class: 'chain', 'data-testid': `chain-${i + 1}` },
          h('strong', {}, `Chain ${i + 1}: ${t.label}`),
          ` — moved the indicators by ${t.weight} points in all (${roundsInWords(t.rounds)}). `,
          story[i]
            ? h(
                'button',
                { type: 'button', class: 'linklike', onclick: () => why(story[i] as StoryThread) },
                'Why?',
              )
            : null,
          h(
            'div',
            { class: 'chain-evidence print-only' },
            t.explain ? h('p', {}, t.explain) : null,
            h(
              'p',
              {},
              'What it moved: ',
              t.moved.map((m) => `${m.indicator} ${m.change > 0 ? '+' : ''}${m.change}`).join(', '),
              '.',
            ),
            h(
              'ul',
              {},
              t.claims.map((c) => h('li', {}, claimWithRefs(c, d.sources))),
              t.assumptions.map((a) =>
                h(
                  'li',
                  { class: 'assumption' },
                  `Designer assumption (no source backs this): ${a}`,
                ),
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
    h('summary', {}, h('h2', {}, 'The evidence behind each decision')),
    h(
      'ul',
      {},
      decisionEvidence(scenario, d).map((e) =>
        h(
          'li',
          { class: 'evidence-item' },
          h('strong', {}, `${CAPITAL_NAMES[e.capital]}: ${e.label}`),
          ` (${roundsInWords(e.rounds)})`,
          h(
            'ul',
            {},
            e.claims.map((c) => h('li', {}, claimWithRefs(c, d.sources))),
            e.assumption
              ? h(
                  'li',
                  { class: 'assumption' },
                  `Designer assumption (no source backs this): ${e.assumption}`,
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
    h('h2', { id: 'sources-heading' }, 'Sources cited'),
    h(
      'ul',
      { 'data-testid': 'debrief-sources' },
      d.sources.map((s) => h('li', {}, sourceLine(s))),
    ),
  );
}
