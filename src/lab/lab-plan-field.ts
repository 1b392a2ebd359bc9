import { h } from '../dom/h';
import { type MessageKey, t } from '../i18n/messages';
import { capitalName } from '../i18n/names';
import type { CapitalId } from '../model/ids';
import { type PolicyEntry, resolveEntry } from '../model/policy';
import type { Scenario } from '../model/schema';
import { describeEntry } from './lab-plan-words';

/** How a capital's choices are laid out over the rounds. */
export type PlanKind = 'every' | 'alternate' | 'phased' | 'rounds';

const PLAN_KINDS: readonly PlanKind[] = ['every', 'alternate', 'phased', 'rounds'];

const PLAN_NAMES: Record<PlanKind, MessageKey> = {
  every: 'lab.plan.every',
  alternate: 'lab.plan.alternate',
  phased: 'lab.plan.phased',
  rounds: 'lab.plan.rounds',
};

/** One capital's plan in a strategy: its controls, and the policy entry they describe. */
export interface PlanField {
  element: HTMLElement;
  /** The entry the controls describe, or undefined when the AI decides every round. */
  read(): PolicyEntry | undefined;
}

function labelled(text: string, control: HTMLElement, extra = ''): HTMLElement {
  return h('label', { class: extra }, h('span', { class: 'lab-label' }, text), control);
}

/**
 * A capital's plan: a kind (every round, alternating, phased, round by round) and the options
 * it needs, with the plan in words beneath. Test ids: `<key>-<capital>-plan`, `<key>-<capital>`
 * (the first option), `<key>-<capital>-second`, `<key>-<capital>-through`, `<key>-<capital>-r<n>`.
 */
export function planField(scenario: Scenario, key: string, capital: CapitalId): PlanField {
  const id = `${key}-${capital}`;
  const options = scenario.options.filter((o) => o.capital === capital);
  const optionSelect = (testId: string, name: string) =>
    h(
      'select',
      { 'data-testid': testId, name },
      h('option', { value: '' }, t('lab.plan.aiDecides')),
      options.map((o) =>
        h(
          'option',
          { value: o.id },
          o.available ? t('lab.plan.whenOpen', { option: o.label }) : o.label,
        ),
      ),
    ) as HTMLSelectElement;
  const kind = h(
    'select',
    { 'data-testid': `${id}-plan`, name: `${id}-plan` },
    PLAN_KINDS.map((k) => h('option', { value: k }, t(PLAN_NAMES[k]))),
  ) as HTMLSelectElement;
  const first = optionSelect(id, id);
  const second = optionSelect(`${id}-second`, `${id}-second`);
  const through = h('input', {
    type: 'number',
    min: 1,
    max: scenario.rounds - 1,
    step: 1,
    value: Math.floor(scenario.rounds / 2),
    'data-testid': `${id}-through`,
    name: `${id}-through`,
    class: 'lab-through',
  }) as HTMLInputElement;
  const perRound = Array.from({ length: scenario.rounds }, (_, i) =>
    optionSelect(`${id}-r${i + 1}`, `${id}-r${i + 1}`),
  );
  const firstLabel = h('span', { class: 'lab-label' });
  const secondLabel = h('span', { class: 'lab-label' });
  const firstField = h('label', {}, firstLabel, first);
  const secondField = h('label', {}, secondLabel, second);
  const throughField = labelled(t('lab.plan.switchAfter'), through, 'lab-through-field');
  const roundsField = h(
    'div',
    {
      class: 'lab-rounds',
      role: 'group',
      'aria-label': t('lab.plan.roundByRound', { capital: capitalName(capital) }),
    },
    perRound.map((select, i) => labelled(t('lab.plan.round', { round: i + 1 }), select)),
  );
  const words = h('p', { class: 'lab-plan-words small', 'data-testid': `${id}-words` });

  const choice = (select: HTMLSelectElement) => select.value || null;
  const read = (): PolicyEntry | undefined => {
    const plan = kind.value as PlanKind;
    let entry: PolicyEntry;
    if (plan === 'every') entry = choice(first) ?? '';
    else if (plan === 'alternate') entry = { alternate: [choice(first), choice(second)] };
    else if (plan === 'phased')
      entry = {
        phases: [
          { option: choice(first), through: Number(through.value) },
          { option: choice(second) },
        ],
      };
    else entry = perRound.map(choice);
    if (entry === '') return undefined;
    const rounds = Array.from({ length: scenario.rounds }, (_, i) => i + 1);
    return rounds.every((r) => resolveEntry(entry, r) === null) ? undefined : entry;
  };
  const describe = () => {
    const entry = read();
    words.textContent =
      entry === undefined
        ? t('lab.plan.aiEveryRound')
        : t('lab.plan.words', { plan: describeEntry(scenario, entry) });
  };
  const layout = () => {
    const plan = kind.value as PlanKind;
    firstLabel.textContent = t(
      plan === 'alternate'
        ? 'lab.plan.odd'
        : plan === 'phased'
          ? 'lab.plan.first'
          : 'lab.plan.option',
    );
    secondLabel.textContent = t(plan === 'alternate' ? 'lab.plan.even' : 'lab.plan.then');
    firstField.hidden = plan === 'rounds';
    secondField.hidden = plan === 'every' || plan === 'rounds';
    throughField.hidden = plan !== 'phased';
    roundsField.hidden = plan !== 'rounds';
    describe();
  };
  let previous = kind.value as PlanKind;
  kind.addEventListener('change', () => {
    // Round by round starts from the plan it replaces, so a teacher can adjust one round.
    if (kind.value === 'rounds' && previous !== 'rounds') {
      const kindNow = kind.value;
      kind.value = previous;
      const entry = read();
      kind.value = kindNow;
      perRound.forEach((select, i) => {
        select.value = entry === undefined ? '' : (resolveEntry(entry, i + 1) ?? '');
      });
    }
    previous = kind.value as PlanKind;
    layout();
  });
  const fieldset = h(
    'fieldset',
    { class: 'lab-plan', 'data-testid': `${id}-field` },
    h('legend', {}, capitalName(capital)),
    h(
      'div',
      { class: 'lab-plan-controls' },
      labelled(t('lab.plan.plan'), kind),
      firstField,
      throughField,
      secondField,
    ),
    roundsField,
    words,
  );
  fieldset.addEventListener('change', describe);
  fieldset.addEventListener('input', describe);
  layout();
  return { element: fieldset, read };
}
