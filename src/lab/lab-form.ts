import { h, replaceChildren } from '../dom/h';
import { seedInput } from '../dom/seed-input';
import { t } from '../i18n/messages';
import { CAPITALS } from '../model/ids';
import type { Scenario } from '../model/schema';
import { type PlanField, planField } from './lab-plan-field';
import {
  DEFAULT_GAMES,
  type LabRequest,
  type LabStrategy,
  MAX_GAMES,
  type StrategyKey,
} from './lab-run';

/** The lab's settings form: what it shows, and what it reads back. */
export interface LabForm {
  element: HTMLFormElement;
  /** The scenario chosen now. */
  scenario(): Scenario;
  /** The request the form describes (checked by requestProblems before it runs). */
  read(): LabRequest;
  /** Lock the settings while a run is going, so results always match what is on screen. */
  setBusy(busy: boolean): void;
}

/** The two strategies' keys, used in names and test ids (`a-us`, `b-lens`). */
export type { StrategyKey };

function labelled(text: string, control: HTMLElement): HTMLElement {
  return h('label', {}, h('span', { class: 'lab-label' }, text), control);
}

/** The crisis the lab opens on: the one the teaching guide starts with. */
export const GUIDE_SCENARIO = 'aug-2017-overflight';

function strategyFields(
  scenario: Scenario,
  key: StrategyKey,
  plans: Map<string, PlanField>,
): HTMLElement[] {
  return [
    ...CAPITALS.map((c) => {
      const field = planField(scenario, key, c);
      plans.set(`${key}-${c}`, field);
      return field.element;
    }),
    labelled(
      t('lab.form.lens'),
      h(
        'select',
        { name: `${key}-lens`, 'data-testid': `${key}-lens` },
        scenario.lenses.map((l) => h('option', { value: l.id }, l.title)),
      ),
    ),
  ];
}

/** The settings form: crisis, turn order, games and seed, then strategy A and (optional) B. */
export function labForm(scenarios: Scenario[]): LabForm {
  const scenarioSelect = h(
    'select',
    { name: 'scenario', 'data-testid': 'lab-scenario' },
    scenarios.map((s) => h('option', { value: s.id, selected: s.id === GUIDE_SCENARIO }, s.title)),
  );
  const compare = h('input', { type: 'checkbox', name: 'compare', 'data-testid': 'lab-compare' });
  const fieldsA = h('div', { class: 'lab-fields' });
  const fieldsB = h('div', { class: 'lab-fields' });
  const strategyB = h(
    'fieldset',
    { class: 'lab-strategy strategy-b', disabled: true },
    // Controls in a fieldset's first legend stay usable while the fieldset is disabled.
    h('legend', {}, h('label', {}, compare, ' ', t('lab.form.compare'))),
    fieldsB,
  );
  compare.addEventListener('change', () => {
    strategyB.disabled = !compare.checked;
  });
  const current = () => scenarios.find((s) => s.id === scenarioSelect.value) ?? scenarios[0];
  const plans = new Map<string, PlanField>();
  const fillStrategies = () => {
    const scenario = current();
    if (!scenario) return;
    plans.clear();
    replaceChildren(fieldsA, strategyFields(scenario, 'a', plans));
    replaceChildren(fieldsB, strategyFields(scenario, 'b', plans));
  };
  scenarioSelect.addEventListener('change', fillStrategies);
  fillStrategies();

  const settings = h(
    'fieldset',
    { class: 'lab-settings' },
    h('legend', { class: 'sr-only' }, t('lab.form.settings')),
    h(
      'div',
      { class: 'lab-general' },
      labelled(t('lab.form.crisis'), scenarioSelect),
      labelled(
        t('lab.form.turnOrder'),
        h(
          'select',
          { name: 'turnOrder', 'data-testid': 'lab-turn-order' },
          h('option', { value: 'sealed' }, t('lab.form.sealed')),
          h('option', { value: 'sequential' }, t('lab.form.sequential')),
        ),
      ),
      labelled(
        t('lab.form.games', { max: String(MAX_GAMES) }),
        h('input', {
          type: 'number',
          name: 'runs',
          value: DEFAULT_GAMES,
          min: 1,
          max: MAX_GAMES,
          step: 1,
          required: true,
          'data-testid': 'lab-runs',
        }),
      ),
      labelled(t('lab.form.seed'), seedInput('lab-seed', { required: true })),
    ),
    h(
      'div',
      { class: 'lab-strategies' },
      h(
        'fieldset',
        { class: 'lab-strategy strategy-a' },
        h('legend', {}, t('lab.form.strategyA')),
        fieldsA,
      ),
      strategyB,
    ),
  );
  const element = h('form', { class: 'lab-form', novalidate: true }, settings);

  const readStrategy = (data: FormData, key: StrategyKey): LabStrategy => {
    const fixed: LabStrategy['fixed'] = {};
    for (const capital of CAPITALS) {
      const entry = plans.get(`${key}-${capital}`)?.read();
      if (entry !== undefined) fixed[capital] = entry;
    }
    return { fixed, lens: String(data.get(`${key}-lens`) ?? 'balanced') };
  };
  return {
    element,
    scenario: () => current() as Scenario,
    read: () => {
      // FormData skips disabled controls, so read before anything is locked.
      const data = new FormData(element);
      const request: LabRequest = {
        scenarioId: String(data.get('scenario') ?? ''),
        turnOrder: data.get('turnOrder') === 'sequential' ? 'sequential' : 'sealed',
        runs: Number(data.get('runs')),
        seed: Number(data.get('seed')),
        a: readStrategy(data, 'a'),
      };
      if (compare.checked) request.b = readStrategy(data, 'b');
      return request;
    },
    setBusy: (busy) => {
      settings.disabled = busy;
    },
  };
}
