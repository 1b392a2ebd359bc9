// The debrief as a Markdown hand-in, written from debriefJson so the two formats never disagree.
import { dateLabel } from '../../dom/date-label';
import { t } from '../../i18n/messages';
import { capitalName, indicatorLabel } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { GameState } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import { debriefJson, type ExportDecision, type ExportRound } from './debrief-json';
import { commaList, filedUnder, playedBy, roundsInWords, semicolonList } from './debrief-words';
import {
  claimWithRefs,
  decisionEvidence,
  playedDates,
  shortRefs,
  sourceLine,
} from './handin-words';
import { recordMarkdown } from './record-export';

const ANSWER_LINE = '_'.repeat(72);

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
  const who = team ? t('debrief.words.playerTeam', { who: playedBy(d.by), team }) : playedBy(d.by);
  const lines = [
    `- ${t('debrief.md.decision', { capital: capitalName(capital), who, option: d.label })}`,
  ];
  const why = d.rationale;
  if (!why) lines.push(`  - ${t('debrief.md.noRationale')}`);
  else if (why.kind === 'team')
    lines.push(`  - ${t('debrief.md.teamRationale', { text: oneLine(why.text) })}`);
  else if (why.kind === 'policy') lines.push(`  - ${why.text}`);
  else {
    lines.push(`  - ${t('debrief.md.aiRationale', { text: why.text })}`);
    const refs = why.claims.flatMap((c) => c.paragraphs);
    if (refs.length > 0) lines.push(`  - ${t('debrief.md.aiSources', { refs: shortRefs(refs) })}`);
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
    .map((r) =>
      r.launches.length > 1
        ? t('debrief.md.testRound', { round: r.round, count: r.launches.length })
        : `${r.round}`,
    );
  const talks = d.rounds.filter((r) => tags(r, 'us', 'talks-offer')).map((r) => r.round);
  const out: string[] = [
    `# ${t('debrief.md.title', { title: d.scenario.title })}`,
    '',
    `*${d.scenario.subtitle}*`,
    '',
    t('debrief.md.crisis', { dates: playedDates(scenario, game) }),
    '',
    ...(filedUnder(d.labels) ? [`**${filedUnder(d.labels)}**`, ''] : []),
    ...table(
      [t('debrief.md.setting'), t('debrief.md.value')],
      [
        [
          t('debrief.md.scenario'),
          t('debrief.md.scenarioValue', { title: d.scenario.title, id: d.scenario.id }),
        ],
        [t('debrief.md.lens'), d.lens.title || d.lens.id],
        [t('debrief.md.seed'), d.seed],
        [t('debrief.md.turnOrder'), t('debrief.md.order', { order: d.setup.turnOrder })],
        [
          t('debrief.md.roundsPlayed'),
          t('debrief.md.roundsPlayedValue', {
            played,
            rounds: d.scenario.rounds,
            days: d.scenario.roundLengthDays,
            start: day(d.scenario.startDate),
          }),
        ],
      ],
    ),
    '',
    `## ${t('debrief.heading.teams')}`,
    '',
    ...table(
      [t('debrief.heading.capital'), t('debrief.md.playedBy')],
      d.teams.map((team) => [
        team.name,
        team.team
          ? t('debrief.words.playerTeam', { who: playedBy(team.controller), team: team.team })
          : playedBy(team.controller),
      ]),
    ),
    '',
    `## ${t('debrief.heading.howItEnded')}`,
    '',
    d.outcome
      ? `**${d.outcome.title}** — ${d.outcome.text}`
      : t('debrief.md.stopped', { round: played }),
    '',
  ];
  if (d.scores.length > 0) {
    out.push(`### ${t('debrief.heading.scores')}`, '');
    out.push(t('debrief.md.scoreRule', { rule: d.scoreRule }), '');
    out.push(
      ...table(
        [
          t('debrief.heading.capital'),
          t('debrief.heading.score'),
          t('debrief.md.workedOut'),
          t('debrief.heading.objectivesAtEnd'),
        ],
        d.scores.map((s) => [
          s.name,
          s.score,
          s.working,
          semicolonList(
            s.objectives.map((o) =>
              t('debrief.words.objectiveAtEnd', {
                objective: o.label,
                indicator: indicatorLabel(o.indicator),
                value: o.value,
                want: o.want,
              }),
            ),
          ),
        ]),
      ),
      '',
    );
  }
  out.push(`## ${t('debrief.heading.rounds')}`, '');
  for (const r of d.rounds) {
    out.push(`### ${t('debrief.heading.round', { round: r.round, date: day(r.date) })}`, '');
    for (const c of CAPITALS)
      out.push(...decisionLines(c, r.decisions[c], setup.labels?.teams?.[c]));
    const launches = semicolonList(
      r.launches.map((l) => t('debrief.words.launchCause', { launch: l.what, cause: l.cause })),
    );
    out.push('', t('debrief.md.launches', { launches: launches || t('debrief.words.none') }), '');
    out.push(
      t('debrief.md.events', {
        events: semicolonList(r.events.map((e) => e.title)) || t('debrief.words.none'),
      }),
      '',
    );
  }
  out.push(`## ${t('debrief.heading.indicators')}`, '');
  out.push(
    ...table(
      [
        t('debrief.md.indicator'),
        t('debrief.md.start'),
        ...d.rounds.map((r) => t('debrief.words.roundShort', { round: r.round })),
      ],
      d.indicators.map((i) => [i.label, i.start, ...d.rounds.map((r) => r.indicators[i.id])]),
    ),
    '',
    t('debrief.md.marks', {
      tests: commaList(tests) || t('debrief.words.none'),
      talks: commaList(talks.map(String)) || t('debrief.words.none'),
    }),
    '',
  );
  out.push(...recordMarkdown(scenario, game));
  out.push(`## ${t('debrief.heading.chains')}`, '');
  out.push(t('debrief.md.chainsIntro'), '');
  d.causalStory.forEach((thread, i) => {
    out.push(`### ${t('debrief.md.chain', { number: i + 1, label: thread.label })}`, '');
    if (thread.explain) out.push(thread.explain, '');
    const moved = commaList(thread.moved.map((m) => `${m.indicator} ${signed(m.change)}`));
    out.push(
      t('debrief.md.chainMoved', {
        points: thread.weight,
        rounds: roundsInWords(thread.rounds),
        moved,
      }),
      '',
    );
    for (const c of thread.claims) out.push(`- ${claimWithRefs(c, d.sources)}`);
    for (const a of thread.assumptions) out.push(`- ${t('debrief.md.assumption', { text: a })}`);
    if (thread.claims.length + thread.assumptions.length === 0)
      out.push(`- ${t('debrief.md.noEvidence')}`);
    out.push('');
  });
  out.push(`## ${t('debrief.heading.evidence')}`, '');
  out.push(t('debrief.md.evidenceIntro'), '');
  for (const e of decisionEvidence(scenario, d)) {
    out.push(
      `- ${t('debrief.md.evidenceItem', {
        capital: capitalName(e.capital),
        option: e.label,
        rounds: roundsInWords(e.rounds),
      })}`,
    );
    for (const c of e.claims) out.push(`  - ${claimWithRefs(c, d.sources)}`);
    if (e.assumption) out.push(`  - ${t('debrief.md.assumption', { text: e.assumption })}`);
  }
  out.push('');
  out.push(`## ${t('debrief.heading.questions')}`, '');
  d.debriefQuestions.forEach((q, i) => {
    out.push(`${i + 1}. ${q}`, '', `   ${t('debrief.md.yourAnswer')}`, '');
    for (let line = 0; line < 4; line++) out.push(`   ${ANSWER_LINE}`, '');
  });
  out.push(`## ${t('debrief.heading.next')}`, '');
  for (const e of d.whatHappenedNext)
    out.push(`- **${day(e.date)}**: ${e.text} *${t('debrief.md.source', { source: e.source })}*`);
  out.push('', `## ${t('debrief.heading.sources')}`, '');
  for (const s of d.sources) out.push(`- ${sourceLine(s)}`);
  out.push('');
  return out.join('\n');
}
