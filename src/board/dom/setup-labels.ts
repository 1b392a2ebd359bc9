import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import {
  type GameLabels,
  GameLabelsSchema,
  labelProblemOf,
  labelsOf,
  MAX_CLASS_LENGTH,
  MAX_TEAM_LENGTH,
} from '../../model/labels';
import { labelProblemSentence } from '../view/label-problem-text';

/** Today in the teacher's own time zone, as YYYY-MM-DD (what a date field holds). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A message set on a wrong label stays until the teacher changes it. */
const clearMessage = (event: Event) => (event.target as HTMLInputElement).setCustomValidity('');

/**
 * The setup's record fields: the class and the date (prefilled with today). Optional, and kept
 * apart from play: they only name the game in its record, the saved games and the exports.
 */
export function classFields(): HTMLElement {
  return h(
    'fieldset',
    { class: 'record-labels' },
    h('legend', {}, t('menus.labels.legend')),
    h(
      'label',
      {},
      `${t('menus.labels.class')} `,
      h('input', {
        type: 'text',
        name: 'class-name',
        maxlength: MAX_CLASS_LENGTH,
        placeholder: t('menus.labels.classPlaceholder'),
        autocomplete: 'off',
        oninput: clearMessage,
        'data-testid': 'class-name',
      }),
    ),
    ' ',
    h(
      'label',
      {},
      `${t('menus.labels.date')} `,
      h('input', {
        type: 'date',
        name: 'class-date',
        value: today(),
        oninput: clearMessage,
        'data-testid': 'class-date',
      }),
    ),
  );
}

/** A team's name field, under its capital's choice; enabled only while a human team plays it. */
export function teamNameField(capital: CapitalId, human: boolean): HTMLElement {
  return h(
    'label',
    { class: 'team-name' },
    h(
      'span',
      { class: 'sr-only' },
      `${t('menus.labels.teamName', { capital: capitalName(capital) })} `,
    ),
    h('input', {
      type: 'text',
      name: `team-${capital}`,
      maxlength: MAX_TEAM_LENGTH,
      placeholder: t('menus.labels.teamPlaceholder'),
      autocomplete: 'off',
      disabled: !human,
      oninput: clearMessage,
      'data-testid': `team-${capital}`,
    }),
  );
}

/** Keep each team-name field enabled only while its capital is played by a human team. */
export function linkTeamNames(form: HTMLFormElement): void {
  form.addEventListener('change', () => {
    for (const c of CAPITALS) {
      const input = form.elements.namedItem(`team-${c}`) as HTMLInputElement | null;
      const who = form.querySelector<HTMLInputElement>(`input[name="who-${c}"]:checked`);
      if (input) input.disabled = who?.value !== 'human';
    }
  });
}

/**
 * The labels a teacher typed, checked against the record's own bounds, or — the browser's way,
 * beside the field — why not (and null).
 */
export function readLabels(
  form: HTMLFormElement,
  controllers: Record<CapitalId, 'human' | 'ai'>,
): { ok: true; labels: GameLabels | null } | { ok: false } {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const teams: Partial<Record<CapitalId, string>> = {};
  for (const c of CAPITALS)
    if (controllers[c] === 'human') teams[c] = field(`team-${c}`)?.value ?? '';
  const labels = labelsOf({
    className: field('class-name')?.value,
    date: field('class-date')?.value,
    teams,
  });
  for (const name of ['class-name', 'class-date', ...CAPITALS.map((c) => `team-${c}`)])
    field(name)?.setCustomValidity('');
  if (!labels) return { ok: true, labels: null };
  const parsed = GameLabelsSchema.safeParse(labels);
  if (parsed.success) return { ok: true, labels: parsed.data };
  const issue = parsed.error.issues[0];
  const [where, capital] = issue?.path ?? [];
  const input = field(
    where === 'className'
      ? 'class-name'
      : where === 'date'
        ? 'class-date'
        : `team-${String(capital)}`,
  );
  const problem = issue ? labelProblemOf(labels, issue) : { problem: 'other' as const };
  input?.setCustomValidity(labelProblemSentence(problem));
  input?.reportValidity();
  return { ok: false };
}
