import { h } from '../../dom/h';
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

/** What each rule for a timer that runs out is called on the panel. */
export const TIME_UP_LABELS: Record<TimeUpRule, string> = {
  'ai-decides': 'the AI decides for teams still deciding',
  'selection-stands': "a team's current choice stands (else the AI decides)",
  'round-waits': 'the round waits for every team',
};

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
    'aria-label': 'Minutes per round',
    'data-testid': 'timer-minutes',
  });
  const atTimeUp = h(
    'select',
    { 'aria-label': 'When time is up', 'data-testid': 'timer-rule' },
    TIME_UP_RULES.map((rule) =>
      h('option', { value: rule, selected: rule === view.timer?.atTimeUp }, TIME_UP_LABELS[rule]),
    ),
  );
  const events = h(
    'select',
    { 'aria-label': 'Event card to inject', 'data-testid': 'inject-select' },
    scenario.events.map((e) => h('option', { value: e.id }, e.title)),
  );
  const rounds = h(
    'select',
    { 'aria-label': 'Round to rewind to', 'data-testid': 'rewind-select' },
    Array.from({ length: game.round }, (_, i) =>
      h('option', { value: i + 1, selected: i + 1 === game.round - 1 }, `Start of round ${i + 1}`),
    ),
  );
  const lenses = h(
    'select',
    { 'aria-label': 'Lens', 'data-testid': 'lens-select' },
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
    h('h2', { id: 'facilitator-title' }, 'Facilitator'),
    row(
      view.paused ? 'Play is paused.' : 'Play is running.',
      view.paused
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: intents.resume,
              'data-testid': 'resume-play',
            },
            'Resume',
          )
        : h(
            'button',
            { type: 'button', onclick: intents.pause, 'data-testid': 'pause-play' },
            'Pause',
          ),
    ),
    row(
      'Round timer',
      minutes,
      atTimeUp,
      view.timer
        ? h('button', { type: 'button', onclick: intents.stopTimer }, 'Stop timer')
        : h(
            'button',
            {
              type: 'button',
              onclick: () =>
                intents.startTimer(Number(minutes.value) || 4, atTimeUp.value as TimeUpRule),
              'data-testid': 'start-timer',
            },
            'Start timer',
          ),
    ),
    row(
      'Inject an event this round',
      events,
      ...gated(
        'Inject',
        'inject',
        () => intents.inject(events.value),
        deciding ? null : 'Only while teams are deciding: inject when the next round opens.',
      ),
    ),
    row(
      'Rewind and branch',
      rounds,
      h(
        'button',
        {
          type: 'button',
          onclick: () => intents.rewind(Number(rounds.value)),
          'data-testid': 'rewind',
        },
        'Rewind (the original is kept)',
      ),
    ),
    row(
      'End the game after this round and debrief',
      ...gated(
        'End now',
        'end-game',
        intents.end,
        view.phase === 'report'
          ? null
          : 'Only after a reveal: the game ends on the round just revealed.',
      ),
    ),
    row(
      'Lens',
      lenses,
      h(
        'button',
        { type: 'button', onclick: () => intents.lens(lenses.value), 'data-testid': 'apply-lens' },
        'Switch lens',
      ),
    ),
    row(
      'Show the AI capitals’ choices and reasons now',
      h('label', {}, reveal, ' Reveal the AI’s reasoning'),
    ),
    view.branch
      ? row(
          'This game is a branch.',
          h(
            'button',
            { type: 'button', onclick: intents.compare, 'data-testid': 'compare' },
            'Compare with the original',
          ),
        )
      : h('span', {}),
    row(
      'Game record',
      h(
        'button',
        { type: 'button', onclick: intents.downloadRecord, 'data-testid': 'download-record' },
        'Download record',
      ),
      h(
        'button',
        { type: 'button', onclick: intents.copyLink, 'data-testid': 'copy-link' },
        'Copy share link',
      ),
    ),
    row(
      `Team packs for round ${game.round}`,
      h(
        'button',
        { type: 'button', onclick: intents.teamPacks, 'data-testid': 'print-team-packs' },
        'Print team packs',
      ),
    ),
    h('button', { type: 'button', class: 'close', onclick: intents.close }, 'Close (Esc)'),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') intents.close();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  return dialog;
}
