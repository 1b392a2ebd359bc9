// The class debrief as Markdown, written from classDebriefJson so the two never disagree.
import { dateLabel } from '../../dom/date-label';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { ClassComparison } from './class-compare';
import { classDebriefJson } from './class-json';
import { classSettings, firstDivergenceText } from './class-words';
import { commaList } from './debrief-words';

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

/** The class debrief as a Markdown document: rooms, scores, divergences, paths, the record. */
export function classDebriefMarkdown(scenario: Scenario, c: ClassComparison): string {
  const d = classDebriefJson(scenario, c);
  const rooms = d.rooms.map((r) => r.title);
  const out: string[] = [
    `# ${t('debrief.class.mdTitle', { title: d.scenario.title })}`,
    '',
    t('debrief.class.mdSubtitle', { subtitle: d.scenario.subtitle, count: d.rooms.length }),
    '',
    `## ${t('debrief.class.roomsHeading')}`,
    '',
    ...table(
      [
        t('debrief.class.roomHead'),
        t('debrief.class.classAndTeams'),
        t('debrief.heading.howItEnded'),
        t('debrief.class.settingsHead'),
      ],
      d.rooms.map((r) => [
        r.title,
        r.filed || '—',
        r.ending,
        classSettings(r.lens.title, r.turnOrder, r.seed),
      ]),
    ),
    '',
    `## ${t('debrief.heading.scores')}`,
    '',
    t('debrief.md.scoreRule', { rule: d.scoreRule }),
    '',
    ...table(
      [t('debrief.heading.capital'), ...rooms],
      CAPITALS.map((capital) => [
        capitalName(capital),
        ...d.rooms.map(
          (r) =>
            r.scores.find((s) => s.capital === capital)?.score ?? t('debrief.class.notEndedCell'),
        ),
      ]),
    ),
    '',
  ];
  for (const r of d.rooms) {
    if (r.scores.length === 0) continue;
    out.push(`**${t('debrief.class.workedOut', { room: r.title })}**`, '');
    for (const s of r.scores)
      out.push(`- ${t('debrief.scores.capital', { capital: s.name })}${s.working}`);
    out.push('');
  }
  out.push(
    `## ${t('debrief.class.divergedHeading')}`,
    '',
    firstDivergenceText(d.firstDivergence),
    '',
  );
  for (const round of d.rounds) {
    out.push(`### ${t('debrief.class.round', { round: round.round })}`, '');
    out.push(
      ...table(
        [t('debrief.heading.capital'), t('debrief.class.differs'), ...rooms],
        [
          ...round.decisions.map((dec) => [
            dec.name,
            dec.differs ? '≠' : '=',
            ...dec.choices.map((ch) => ch.label),
          ]),
          [t('debrief.class.launches'), '', ...round.followed.map((f) => f.launches)],
          [t('debrief.class.events'), '', ...round.followed.map((f) => f.events)],
          [
            t('debrief.class.largestChanges'),
            '',
            ...round.followed.map((f) =>
              f.played
                ? commaList(f.changes.map((ch) => ch.text)) || t('debrief.class.noChange')
                : '—',
            ),
          ],
        ],
      ),
      '',
    );
  }
  out.push(`## ${t('debrief.class.pathsHeadingRange')}`, '');
  const rounds = Array.from({ length: c.rounds }, (_, i) =>
    t('debrief.words.roundShort', { round: i + 1 }),
  );
  for (const indicator of d.indicators) {
    out.push(`### ${indicator.label}`, '');
    out.push(
      ...table(
        [t('debrief.class.roomHead'), t('debrief.md.start'), ...rounds],
        indicator.rooms.map((p) => [rooms[p.room - 1] ?? '', ...p.values]),
      ),
      '',
    );
  }
  const launches = d.launchRecord;
  out.push(`## ${t('debrief.heading.record')}`, '');
  out.push(
    t('debrief.class.recordIntro'),
    '',
    ...table(
      [
        t('debrief.class.launchEvents'),
        ...launches.rounds.map((r) =>
          t('debrief.class.roundFrom', { round: r.round, date: dateLabel(r.from) }),
        ),
      ],
      [
        ...launches.rooms.map((values, i) => [rooms[i] ?? '', ...values]),
        [t('debrief.class.theRecord'), ...launches.record],
      ],
    ),
    '',
    t('debrief.record.credit', { credit: launches.credit }),
    '',
  );
  return out.join('\n');
}
