// The class debrief as Markdown, written from classDebriefJson so the two never disagree.
import { dateLabel } from '../../dom/date-label';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { ClassComparison } from './class-compare';
import { classDebriefJson } from './class-json';
import { firstDivergenceText } from './class-words';

/** A table cell: pipes escaped and line breaks flattened so the row stays one row. */
function cell(text: string | number | null): string {
  return String(text ?? '—')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function table(head: string[], body: (string | number | null)[][]): string[] {
  const row = (cells: (string | number | null)[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [row(head), row(head.map(() => '---')), ...body.map(row)];
}

const ORDER = { sealed: 'sealed', sequential: 'sequential' } as const;

/** The class debrief as a Markdown document: rooms, scores, divergences, paths, the record. */
export function classDebriefMarkdown(scenario: Scenario, c: ClassComparison): string {
  const d = classDebriefJson(scenario, c);
  const rooms = d.rooms.map((r) => r.title);
  const out: string[] = [
    `# Overflight class debrief: ${d.scenario.title}`,
    '',
    `*${d.scenario.subtitle}* — ${d.rooms.length} rooms side by side.`,
    '',
    '## The rooms',
    '',
    ...table(
      ['Room', 'Class and teams', 'How it ended', 'Settings'],
      d.rooms.map((r) => [
        r.title,
        r.filed || '—',
        r.ending,
        `${r.lens.title} · ${ORDER[r.turnOrder]} turns · seed ${r.seed}`,
      ]),
    ),
    '',
    '## Scores against each capital’s own objectives (0–100)',
    '',
    `How a score is worked out: ${d.scoreRule}`,
    '',
    ...table(
      ['Capital', ...rooms],
      CAPITALS.map((capital) => [
        CAPITAL_NAMES[capital],
        ...d.rooms.map((r) => r.scores.find((s) => s.capital === capital)?.score ?? 'not ended'),
      ]),
    ),
    '',
  ];
  for (const r of d.rooms) {
    if (r.scores.length === 0) continue;
    out.push(`**${r.title}, worked out:**`, '');
    for (const s of r.scores) out.push(`- ${s.name}: ${s.working}`);
    out.push('');
  }
  out.push('## Where the rooms diverged', '', firstDivergenceText(d.firstDivergence), '');
  for (const round of d.rounds) {
    out.push(`### Round ${round.round}`, '');
    out.push(
      ...table(
        ['Capital', 'Differs', ...rooms],
        [
          ...round.decisions.map((dec) => [
            dec.name,
            dec.differs ? '≠' : '=',
            ...dec.choices.map((ch) => ch.label),
          ]),
          ['Launches', '', ...round.followed.map((f) => f.launches)],
          ['Events', '', ...round.followed.map((f) => f.events)],
          [
            'Largest changes',
            '',
            ...round.followed.map((f) =>
              f.played ? f.changes.map((ch) => ch.text).join(', ') || 'no change' : '—',
            ),
          ],
        ],
      ),
      '',
    );
  }
  out.push('## The indicators, room by room (0–100)', '');
  const rounds = Array.from({ length: c.rounds }, (_, i) => `R${i + 1}`);
  for (const indicator of d.indicators) {
    out.push(`### ${indicator.label}`, '');
    out.push(
      ...table(
        ['Room', 'Start', ...rounds],
        indicator.rooms.map((p) => [rooms[p.room - 1] ?? '', ...p.values]),
      ),
      '',
    );
  }
  const launches = d.launchRecord;
  out.push('## The record beside the model', '');
  out.push(
    'Launch events per round in each room and in the real record for the same dates (cruise missiles left out: the record does not count them).',
    '',
    ...table(
      ['Launch events', ...launches.rounds.map((r) => `R${r.round} (${dateLabel(r.from)})`)],
      [
        ...launches.rooms.map((values, i) => [rooms[i] ?? '', ...values]),
        ['The record', ...launches.record],
      ],
    ),
    '',
    `The record: ${launches.credit}.`,
    '',
  );
  return out.join('\n');
}
