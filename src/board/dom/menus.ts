import { dateLabel } from '../../dom/date-label';
import { h } from '../../dom/h';
import { seedInput } from '../../dom/seed-input';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { GameLabels } from '../../model/labels';
import { isSeed, MAX_SEED } from '../../model/rng';
import type { Scenario } from '../../model/schema';
import type { Controller, TurnOrder } from '../../model/state';
import type { GameSetup } from '../../protocol/setup';
import type { SoundPort } from '../ports';
import { languageMenu } from './language-menu';
import { classFields, linkTeamNames, readLabels, teamNameField } from './setup-labels';
import { soundControls } from './sound-controls';

/** Where the title screen's buttons lead. */
export interface TitleActions {
  play: () => void;
  lab: () => void;
  evidence: () => void;
}

/** The title screen. */
export function titleScreen(sound: SoundPort, go: TitleActions): HTMLElement {
  return h(
    'section',
    { class: 'panel title-screen', 'aria-labelledby': 'title-heading' },
    // First, so it is in view without scrolling on any screen, in any language.
    h('div', { class: 'title-language' }, languageMenu()),
    h('h1', { id: 'title-heading' }, t('menus.title.name')),
    h('p', { class: 'tagline' }, t('menus.title.tagline')),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: go.play,
        'data-autofocus': true,
        'data-testid': 'play',
      },
      t('menus.title.play'),
    ),
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', onclick: go.lab, 'data-testid': 'open-lab' },
        t('menus.title.lab'),
      ),
      ' ',
      h(
        'button',
        { type: 'button', onclick: go.evidence, 'data-testid': 'open-evidence' },
        t('menus.title.evidence'),
      ),
    ),
    soundControls(sound),
    h('p', { class: 'small' }, t('menus.title.credits')),
  );
}

function roundLength(s: Scenario): string {
  return s.roundLengthDays % 30 === 0
    ? t('menus.select.lengthMonths', { rounds: s.rounds, months: s.roundLengthDays / 30 })
    : t('menus.select.lengthWeeks', { rounds: s.rounds, weeks: s.roundLengthDays / 7 });
}

/** Scenario selection: briefing, learning objectives and length of each scenario. */
export function selectScreen(
  scenarios: Scenario[],
  onChoose: (s: Scenario) => void,
  onBack: () => void,
  onPacks?: (s: Scenario) => void,
): HTMLElement {
  return h(
    'section',
    { class: 'panel select-screen', 'aria-labelledby': 'select-heading' },
    h('h1', { id: 'select-heading' }, t('menus.select.heading')),
    h(
      'ul',
      { class: 'scenario-list' },
      scenarios.map((s, i) =>
        h(
          'li',
          { class: 'scenario' },
          h('h2', {}, s.title),
          h(
            'p',
            { class: 'subtitle' },
            t('menus.select.subtitle', {
              subtitle: s.subtitle,
              date: dateLabel(s.startDate),
              length: roundLength(s),
            }),
          ),
          h(
            'details',
            {},
            h('summary', {}, t('menus.select.objectives')),
            h('p', {}, s.briefing),
            h(
              'ul',
              {},
              s.learningObjectives.map((o) => h('li', {}, o)),
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: () => onChoose(s),
              'data-autofocus': i === 0,
              'data-testid': `choose-${s.id}`,
            },
            t('menus.select.play', { title: s.title }),
          ),
          onPacks
            ? [
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => onPacks(s),
                    'data-testid': `packs-${s.id}`,
                  },
                  t('menus.select.packs'),
                ),
              ]
            : null,
        ),
      ),
    ),
    h('button', { type: 'button', onclick: onBack }, t('common.back')),
  );
}

function radioGroup(
  name: string,
  legend: string,
  choices: [string, string, string?][],
  checked: string,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'radio-group' },
    h('legend', {}, legend),
    choices.map(([value, label, hint]) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name,
          value,
          checked: value === checked,
          'data-testid': `${name}-${value}`,
        }),
        ` ${label}`,
        hint ? h('span', { class: 'hint' }, ` — ${hint}`) : null,
      ),
    ),
  );
}

/**
 * The seed a player typed, or why it cannot be one. Refused rather than clamped: a seed names a
 * game to replay, and a silently changed seed would name another.
 */
export function seedFromText(
  text: string,
): { ok: true; seed: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  // Number('') is 0 and Number('1e3') is 1000: only plain digits are a seed.
  const seed = /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (isSeed(seed)) return { ok: true, seed };
  return {
    ok: false,
    message: t('menus.setup.seedInvalid', { max: MAX_SEED }),
  };
}

/** Who plays each capital, as the setup form stands. */
function controllersOf(data: FormData): Record<CapitalId, Controller> {
  return Object.fromEntries(
    CAPITALS.map((c) => [c, data.get(`who-${c}`) === 'human' ? 'human' : 'ai']),
  ) as Record<CapitalId, Controller>;
}

/** What the setup form gives the team packs: the lens, who plays, the names typed so far. */
export interface SetupForPacks {
  lens: string;
  controllers: Record<CapitalId, Controller>;
  labels: GameLabels | null;
}

/** Setup: who plays each capital, turn order, lens; and the team packs to print for it. */
export function setupScreen(
  scenario: Scenario,
  guideDone: boolean,
  onStart: (setup: GameSetup, guided: boolean) => void,
  onBack: () => void,
  onPacks?: (setup: SetupForPacks) => void,
  /** More settings, before the buttons (a networked room's timer and commit rule). */
  extra: HTMLElement | null = null,
): HTMLElement {
  const form = h(
    'form',
    { class: 'setup-form' },
    classFields(),
    h(
      'div',
      { class: 'capital-setup' },
      CAPITALS.map((c) => {
        const group = radioGroup(
          `who-${c}`,
          capitalName(c),
          [
            ['human', t('menus.setup.humanTeam')],
            ['ai', t('menus.setup.ai')],
          ],
          c === 'us' ? 'human' : 'ai',
        );
        group.append(teamNameField(c, c === 'us'));
        return group;
      }),
    ),
    radioGroup(
      'order',
      t('menus.setup.turnOrder'),
      [
        ['sealed', t('menus.setup.sealed'), t('menus.setup.sealedHint')],
        ['sequential', t('menus.setup.sequential'), t('menus.setup.sequentialHint')],
      ],
      'sealed',
    ),
    radioGroup(
      'lens',
      t('menus.setup.lens'),
      scenario.lenses.map((l) => [l.id, l.title, l.summary] as [string, string, string]),
      'balanced',
    ),
    h(
      'label',
      { class: 'seed' },
      `${t('menus.setup.seed')} `,
      seedInput('seed', {
        // A message set on a wrong seed stays until the player changes it.
        oninput: (event) => (event.target as HTMLInputElement).setCustomValidity(''),
      }),
    ),
    h(
      'label',
      { class: 'guided' },
      h('input', {
        type: 'checkbox',
        name: 'guided',
        checked: !guideDone,
        'data-testid': 'guided',
      }),
      ` ${t('menus.setup.guided')}`,
    ),
    extra,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: onBack }, t('common.back')),
      onPacks
        ? h(
            'button',
            {
              type: 'button',
              'data-testid': 'setup-packs',
              onclick: () => {
                const data = new FormData(form);
                const controllers = controllersOf(data);
                const labels = readLabels(form, controllers);
                if (!labels.ok) return;
                onPacks({
                  lens: String(data.get('lens') ?? 'balanced'),
                  controllers,
                  labels: labels.labels,
                });
              },
            },
            t('menus.setup.printPacks'),
          )
        : null,
      h(
        'button',
        { type: 'submit', class: 'primary', 'data-testid': 'start' },
        t('menus.setup.start'),
      ),
    ),
  );
  linkTeamNames(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const seed = seedFromText(String(data.get('seed') ?? ''));
    if (!seed.ok) {
      // Said beside the field, the browser's way, and the game does not start.
      const input = form.elements.namedItem('seed') as HTMLInputElement;
      input.setCustomValidity(seed.message);
      input.reportValidity();
      return;
    }
    const controllers = controllersOf(data);
    const labels = readLabels(form, controllers);
    if (!labels.ok) return;
    onStart(
      {
        seed: seed.seed,
        lens: String(data.get('lens') ?? 'balanced'),
        turnOrder: (data.get('order') === 'sequential' ? 'sequential' : 'sealed') as TurnOrder,
        controllers,
        ...(labels.labels ? { labels: labels.labels } : {}),
      },
      data.get('guided') === 'on',
    );
  });
  return h(
    'section',
    { class: 'panel setup-screen', 'aria-labelledby': 'setup-heading' },
    h(
      'h1',
      { id: 'setup-heading', 'data-autofocus': true },
      t('menus.setup.heading', { title: scenario.title }),
    ),
    form,
  );
}
