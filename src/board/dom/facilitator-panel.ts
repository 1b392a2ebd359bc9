import { h } from '../../dom/h';
import { type MessageKey, t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import { TIME_UP_RULES, type TimeUpRule } from '../../protocol/intents';
import type { SeatView } from '../../protocol/view';
import { trapFocus } from './why-panel';

/** What the facilitator's controls do; the machines re-check every intent. */
export interface FacilitatorIntents {
  pause(): void;
  resume(): void;
  startTimer(minutes: number, atTimeUp: TimeUpRule): void;
  stopTimer(): void;
  inject(eventId: string): void;
  rewind(round: number): void;
  lens(id: string): void;
  revealAi(on: boolean): void;
  compare(): void;
  end(): void;
  downloadRecord(): void;
  copyLink(): void;
  /** Open the team packs for the round being decided, ready to print. */
  teamPacks(): void;
  close(): void;
}

const TIME_UP_KEYS: Record<TimeUpRule, MessageKey> = {
  'ai-decides': 'play.timeUp.aiDecides',
  'selection-stands': 'play.timeUp.selectionStands',
  'round-waits': 'play.timeUp.roundWaits',
};

/** What a rule for a timer that runs out is called on the panel, in the page's language. */
export function timeUpLabel(rule: TimeUpRule): string {
  return t(TIME_UP_KEYS[rule]);
}

function row(label: string, ...controls: HTMLElement[]): HTMLElement {
  return h(
    'div',
    { class: 'facilitator-row' },
    h('span', { class: 'facilitator-label' }, label),
    ...controls,
  );
}

/**
 * A button that may be greyed out: then a line beside it says why, and the button points to
 * that line (aria-describedby) for screen readers.
 */
function gated(
  label: string,
  testId: string,
  onclick: () => void,
  whyNot: string | null,
): HTMLElement[] {
  const id = `${testId}-why-not`;
  const button = h(
    'button',
    {
      type: 'button',
      disabled: whyNot !== null,
      onclick,
      'data-testid': testId,
      ...(whyNot ? { 'aria-describedby': id, title: whyNot } : {}),
    },
    label,
  );
  return whyNot
    ? [button, h('span', { class: 'why-disabled', id, 'data-testid': id }, whyNot)]
    : [button];
}

/**
 * The facilitator's controls, opened with Alt+Shift+F (Shift+F when not typing) or the Facilitator button: pause, a round
 * timer, inject an event, rewind to the start of an earlier round (a branch; the original is
 * kept), switch the lens, reveal the AI's reasoning, compare with the original, export.
 */
export function facilitatorPanel(
  scenario: Scenario,
  view: SeatView,
  intents: FacilitatorIntents,
): HTMLElement {
  const game = view.game;
  const minutes = h('input', {
    type: 'number',
    min: 1,
    max: 30,
    // The timer set, if any (a fresh one offers four minutes).
    value: view.timer ? view.timer.seconds / 60 : 4,
    'aria-label': t('play.facilitator.minutes'),
    'data-testid': 'timer-minutes',
  });
  const atTimeUp = h(
    'select',
    { 'aria-label': t('play.facilitator.atTimeUp'), 'data-testid': 'timer-rule' },
    TIME_UP_RULES.map((rule) =>
      h('option', { value: rule, selected: rule === view.timer?.atTimeUp }, timeUpLabel(rule)),
    ),
  );
  const events = h(
    'select',
    { 'aria-label': t('play.facilitator.injectSelect'), 'data-testid': 'inject-select' },
    scenario.events.map((e) => h('option', { value: e.id }, e.title)),
  );
  const rounds = h(
    'select',
    { 'aria-label': t('play.facilitator.rewindSelect'), 'data-testid': 'rewind-select' },
    Array.from({ length: game.round }, (_, i) =>
      h(
        'option',
        { value: i + 1, selected: i + 1 === game.round - 1 },
        t('play.facilitator.roundStart', { round: i + 1 }),
      ),
    ),
  );
  const lenses = h(
    'select',
    { 'aria-label': t('play.facilitator.lensSelect'), 'data-testid': 'lens-select' },
    scenario.lenses.map((l) => h('option', { value: l.id, selected: l.id === game.lens }, l.title)),
  );
  const deciding = view.phase === 'decisions';
  const reveal = h('input', {
    type: 'checkbox',
    checked: view.revealAi,
    'data-testid': 'reveal-ai',
  });
  reveal.addEventListener('change', () => intents.revealAi(reveal.checked));
  const dialog = h(
    'div',
    {
      class: 'why-dialog facilitator',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'facilitator-title',
      tabindex: '-1',
      'data-testid': 'facilitator',
    },
    h('h2', { id: 'facilitator-title' }, t('play.facilitator.heading')),
    row(
      view.paused ? t('play.facilitator.paused') : t('play.facilitator.running'),
      view.paused
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: intents.resume,
              'data-testid': 'resume-play',
            },
            t('play.facilitator.resume'),
          )
        : h(
            'button',
            { type: 'button', onclick: intents.pause, 'data-testid': 'pause-play' },
            t('play.facilitator.pause'),
          ),
    ),
    row(
      t('play.facilitator.timer'),
      minutes,
      atTimeUp,
      view.timer
        ? h(
            'button',
            { type: 'button', onclick: intents.stopTimer },
            t('play.facilitator.stopTimer'),
          )
        : h(
            'button',
            {
              type: 'button',
              onclick: () =>
                intents.startTimer(Number(minutes.value) || 4, atTimeUp.value as TimeUpRule),
              'data-testid': 'start-timer',
            },
            t('play.facilitator.startTimer'),
          ),
    ),
    row(
      t('play.facilitator.injectRow'),
      events,
      ...gated(
        t('play.facilitator.inject'),
        'inject',
        () => intents.inject(events.value),
        deciding ? null : t('play.facilitator.injectWhyNot'),
      ),
    ),
    row(
      t('play.facilitator.rewindRow'),
      rounds,
      h(
        'button',
        {
          type: 'button',
          onclick: () => intents.rewind(Number(rounds.value)),
          'data-testid': 'rewind',
        },
        t('play.facilitator.rewind'),
      ),
    ),
    row(
      t('play.facilitator.endRow'),
      ...gated(
        t('play.facilitator.end'),
        'end-game',
        intents.end,
        view.phase === 'report' ? null : t('play.facilitator.endWhyNot'),
      ),
    ),
    row(
      t('play.facilitator.lensRow'),
      lenses,
      h(
        'button',
        { type: 'button', onclick: () => intents.lens(lenses.value), 'data-testid': 'apply-lens' },
        t('play.facilitator.switchLens'),
      ),
    ),
    row(
      t('play.facilitator.revealRow'),
      h('label', {}, reveal, ` ${t('play.facilitator.reveal')}`),
    ),
    view.branch
      ? row(
          t('play.facilitator.branchRow'),
          h(
            'button',
            { type: 'button', onclick: intents.compare, 'data-testid': 'compare' },
            t('play.facilitator.compare'),
          ),
        )
      : h('span', {}),
    row(
      t('play.facilitator.recordRow'),
      h(
        'button',
        { type: 'button', onclick: intents.downloadRecord, 'data-testid': 'download-record' },
        t('play.facilitator.download'),
      ),
      h(
        'button',
        { type: 'button', onclick: intents.copyLink, 'data-testid': 'copy-link' },
        t('play.facilitator.copyLink'),
      ),
    ),
    row(
      t('play.facilitator.packsRow', { round: game.round }),
      h(
        'button',
        { type: 'button', onclick: intents.teamPacks, 'data-testid': 'print-team-packs' },
        t('play.facilitator.packs'),
      ),
    ),
    h('button', { type: 'button', class: 'close', onclick: intents.close }, t('play.closeEsc')),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') intents.close();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  return dialog;
}
