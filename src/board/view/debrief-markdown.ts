// The debrief as a Markdown hand-in, written from debriefJson so the two formats never disagree.
import { dateLabel } from '../../dom/date-label';
import { indicatorLabel } from '../../i18n/names';
import { CAPITAL_NAMES, CAPITALS, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { Controller, GameState, TurnOrder } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import { debriefJson, type ExportDecision, type ExportRound } from './debrief-json';
import { filedUnder, roundsInWords } from './debrief-words';
import {
  claimWithRefs,
  decisionEvidence,
  playedDates,
  shortRefs,
  sourceLine,
} from './handin-words';
import { recordMarkdown } from './record-export';

const ANSWER_LINE = '_'.repeat(72);
const WHO: Record<Controller, string> = { human: 'a human team', ai: 'the AI' };
const ORDER: Record<TurnOrder, string> = {
  sealed: 'sealed (all four decide, then the decisions are revealed together)',
  sequential: 'sequential (Pyongyang acts first; the others see its move and respond)',
};

/** A table cell: pipes escaped and line breaks flattened so the row stays one row. */
function cell(text: string | number): string {
  return String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function row(cells: (string | number)[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function table(head: string[], body: (string | number)[][]): string[] {
  return [row(head), row(head.map(() => '---')), ...body.map(row)];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

function day(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? dateLabel(date) : date;
}

/** Free text on one line, so a team's rationale cannot break the list it sits in. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function decisionLines(capital: CapitalId, d: ExportDecision, team: string | undefined): string[] {
  const who = team ? `${WHO[d.by]}: ${team}` : WHO[d.by];
  const lines = [`- **${CAPITAL_NAMES[capital]}** (${who}): ${d.label}`];
  const why = d.rationale;
  if (!why) lines.push('  - Rationale: none given.');
  else if (why.kind === 'team') lines.push(`  - The team's rationale: “${oneLine(why.text)}”`);
  else {
    lines.push(`  - The AI's reasoning: ${why.text}`);
    const refs = why.claims.flatMap((c) => c.paragraphs);
    if (refs.length > 0) lines.push(`  - Sources it weighed: ${shortRefs(refs)}`);
  }
  return lines;
}

/** The debrief as a Markdown document to hand in: tables, rationales, sources, answer space. */
export function debriefMarkdown(scenario: Scenario, setup: GameSetup, game: GameState): string {
  const d = debriefJson(scenario, setup, game);
  const played = d.rounds.length;
  const tags = (round: ExportRound, capital: CapitalId, tag: string) =>
    scenario.optionIndex[round.decisions[capital].option]?.tags.includes(tag) ?? false;
  const tests = game.history
    .filter((r) => r.launches.length > 0)
    .map((r) => (r.launches.length > 1 ? `${r.round} (${r.launches.length})` : `${r.round}`));
  const talks = d.rounds.filter((r) => tags(r, 'us', 'talks-offer')).map((r) => r.round);
  const out: string[] = [
    `# Overflight debrief: ${d.scenario.title}`,
    '',
    `*${d.scenario.subtitle}*`,
    '',
    `**The crisis:** ${playedDates(scenario, game)}.`,
    '',
    ...(filedUnder(d.labels) ? [`**${filedUnder(d.labels)}**`, ''] : []),
    ...table(
      ['Setting', 'Value'],
      [
        ['Scenario', `${d.scenario.title} (${d.scenario.id})`],
        ['Lens', d.lens.title || d.lens.id],
        ['Seed', d.seed],
        ['Turn order', ORDER[d.setup.turnOrder]],
        [
          'Rounds played',
          `${played} of ${d.scenario.rounds}, ${d.scenario.roundLengthDays} days each, from ${day(d.scenario.startDate)}`,
        ],
      ],
    ),
    '',
    '## Teams',
    '',
    ...table(
      ['Capital', 'Played by'],
      d.teams.map((t) => [t.name, t.team ? `${WHO[t.controller]}: ${t.team}` : WHO[t.controller]]),
    ),
    '',
    '## How it ended',
    '',
    d.outcome
      ? `**${d.outcome.title}** — ${d.outcome.text}`
      : `The game was stopped after round ${played}, before any ending.`,
    '',
  ];
  if (d.scores.length > 0) {
    out.push('### Scores against each capital’s own objectives (0–100)', '');
    out.push(`How a score is worked out: ${d.scoreRule}`, '');
    out.push(
      ...table(
        ['Capital', 'Score', 'Worked out', 'Objectives at the end'],
        d.scores.map((s) => [
          s.name,
          s.score,
          s.working,
          s.objectives
            .map((o) => `${o.label}: ${indicatorLabel(o.indicator)} ${o.value} (wanted ${o.want})`)
            .join('; '),
        ]),
      ),
      '',
    );
  }
  out.push('## Decisions, round by round', '');
  for (const r of d.rounds) {
    out.push(`### Round ${r.round} · ${day(r.date)}`, '');
    for (const c of CAPITALS)
      out.push(...decisionLines(c, r.decisions[c], setup.labels?.teams?.[c]));
    const launches = r.launches.map((l) => `${l.what} (${l.cause})`).join('; ');
    out.push('', `Launches: ${launches || 'none'}.`, '');
    out.push(`Events: ${r.events.map((e) => e.title).join('; ') || 'none'}.`, '');
  }
  out.push('## The indicators over time (0–100)', '');
  out.push(
    ...table(
      ['Indicator', 'Start', ...d.rounds.map((r) => `R${r.round}`)],
      d.indicators.map((i) => [i.label, i.start, ...d.rounds.map((r) => r.indicators[i.id])]),
    ),
    '',
    `Pyongyang launched or tested (▲) in rounds: ${tests.join(', ') || 'none'} (launch events in brackets where more than one). Washington offered talks (●) in rounds: ${talks.join(', ') || 'none'}.`,
    '',
  );
  out.push(...recordMarkdown(scenario, game));
  out.push('## The causal chains of this game', '');
  out.push(
    'The causes that moved the indicators most, numbered. Claims are the game’s paraphrases of the sources; “001:14” is source 001, paragraph 14 (the sources are listed at the end). A *designer assumption* is a link no source backs.',
    '',
  );
  d.causalStory.forEach((t, i) => {
    out.push(`### Chain ${i + 1}. ${t.label}`, '');
    if (t.explain) out.push(t.explain, '');
    const moved = t.moved.map((m) => `${m.indicator} ${signed(m.change)}`).join(', ');
    out.push(
      `Moved the indicators by ${t.weight} points in all, in ${roundsInWords(t.rounds)}: ${moved}.`,
      '',
    );
    for (const c of t.claims) out.push(`- ${claimWithRefs(c, d.sources)}`);
    for (const a of t.assumptions)
      out.push(`- **Designer assumption** (no source backs this): ${a}`);
    if (t.claims.length + t.assumptions.length === 0) out.push('- No evidence recorded.');
    out.push('');
  });
  out.push('## The evidence behind each decision', '');
  out.push(
    'Each option played, the rounds it was played in, and the claims its card rests on.',
    '',
  );
  for (const e of decisionEvidence(scenario, d)) {
    out.push(`- **${CAPITAL_NAMES[e.capital]}: ${e.label}** (${roundsInWords(e.rounds)})`);
    for (const c of e.claims) out.push(`  - ${claimWithRefs(c, d.sources)}`);
    if (e.assumption)
      out.push(`  - **Designer assumption** (no source backs this): ${e.assumption}`);
  }
  out.push('');
  out.push('## Questions to discuss', '');
  d.debriefQuestions.forEach((q, i) => {
    out.push(`${i + 1}. ${q}`, '', '   Your answer:', '');
    for (let line = 0; line < 4; line++) out.push(`   ${ANSWER_LINE}`, '');
  });
  out.push('## What really happened next', '');
  for (const e of d.whatHappenedNext)
    out.push(`- **${day(e.date)}**: ${e.text} *Source: ${e.source}.*`);
  out.push('', '## Sources cited', '');
  for (const s of d.sources) out.push(`- ${sourceLine(s)}`);
  out.push('');
  return out.join('\n');
}
