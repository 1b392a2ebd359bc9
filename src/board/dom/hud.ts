import { dateLabel } from '../../dom/date-label';
import { h, replaceChildren } from '../../dom/h';
import type { GameContext } from '../../machines/game-events';
import { phaseOf } from '../../machines/game-machine';
import { CAPITAL_NAMES, CAPITALS } from '../../model/ids';
import { INDICATOR_DOCS } from '../../model/indicators';
import type { Scenario } from '../../model/schema';
import type { GameSnapshot, Session, SoundPort } from '../ports';
import { visibleDecisions } from '../view/board-view';
import { whyDecision, whyEvent, whyIndicator } from '../view/why';
import { whyLaunch } from '../view/why-launch';
import { whyOption } from '../view/why-option';
import { type DockState, decisionDock } from './decision-dock';
import { capitalList, feedList, gaugeList, type WhyRequests } from './hud-parts';
import type { Overlay } from './overlay';
import { revealDock } from './reveal-dock';
import { soundControls } from './sound-controls';

/**
 * The board's HTML layer: top bar, gauges, capitals, the dock (briefing, decisions or reveal)
 * and the feed, laid over the map. It renders snapshots and sends intents; the only state it
 * keeps is which human capital's cards are on screen.
 */
export class BoardHud {
  readonly element: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly top: HTMLElement;
  private readonly side: HTMLElement;
  private readonly dock: HTMLElement;
  private readonly dockState: DockState = { active: null, shown: null, drafts: {} };
  private lastPhase = '';
  private guideStep = 0;

  constructor(
    private readonly session: Session,
    private readonly overlay: Overlay,
    private readonly sound: SoundPort,
    private readonly controls: HudControls,
  ) {
    this.top = h('header', { class: 'topbar' });
    this.stage = h('div', { class: 'stage', 'aria-hidden': 'true' });
    this.side = h('aside', { class: 'side' });
    this.dock = h('div', { class: 'dock-area' });
    this.element = h(
      'div',
      { class: 'board', 'data-testid': 'board' },
      this.top,
      this.stage,
      // The dock (what to do now) comes before the side column in the tab order.
      this.dock,
      this.side,
    );
  }

  /** The element whose box the map fills. */
  stageElement(): HTMLElement {
    return this.stage;
  }

  /** The rectangle the map should fill, in page pixels. */
  stageRect(): DOMRect {
    return this.stage.getBoundingClientRect();
  }

  /** Re-render from a snapshot, keeping keyboard focus on the same control. */
  update(snapshot: GameSnapshot): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const { scenario } = this.session;
    const { context } = snapshot;
    const phase = phaseOf(snapshot.value);
    const lens = scenario.lenses.find((l) => l.id === context.game.lens);
    const last = context.game.history.at(-1);
    const revealed = (phase === 'report' || phase === 'debrief') && last;
    const roundText = revealed
      ? `Round ${last.round} of ${scenario.rounds} · ${dateLabel(last.date)} · revealed`
      : `Round ${context.game.round} of ${scenario.rounds} · ${dateLabel(roundStart(scenario.startDate, scenario.roundLengthDays, context.game.round))}`;
    replaceChildren(
      this.top,
      h('h1', {}, scenario.title),
      h('p', { class: 'round', 'data-testid': 'round' }, roundText),
      h(
        'p',
        { class: 'lens', title: lens?.summary ?? '' },
        `Lens: ${lens?.title ?? context.game.lens}`,
      ),
      context.paused ? h('p', { class: 'paused', 'data-testid': 'paused' }, '⏸ Paused') : null,
      h(
        'p',
        { class: 'timer', 'data-testid': 'timer', 'aria-live': 'off' },
        this.controls.timerText() ?? '',
      ),
      soundControls(this.sound),
      h(
        'button',
        {
          type: 'button',
          class: 'facilitator-button',
          'data-testid': 'open-facilitator',
          title: 'Facilitator controls (Shift+F)',
          onclick: () => this.controls.facilitator(),
        },
        'Facilitator',
      ),
    );
    const why: WhyRequests = {
      indicator: (id) => {
        const round = context.game.history.at(-1)?.round;
        if (round) this.overlay.openWhy(whyIndicator(scenario, context.game, round, id));
      },
      feedItem: (item) => {
        if (item.ref.kind === 'event')
          this.overlay.openWhy(whyEvent(scenario, context.game, item.ref.round, item.ref.eventId));
        else if (item.ref.kind === 'launch') {
          const chain = whyLaunch(scenario, context.game, item.ref.round, item.ref.index);
          if (chain) this.overlay.openWhy(chain);
        } else {
          const record = context.game.history.find((r) => r.round === item.ref.round);
          const decision = record?.decisions[item.ref.capital];
          if (decision) this.overlay.openWhy(whyDecision(scenario, item.ref.capital, decision));
        }
      },
    };
    replaceChildren(
      this.side,
      gaugeList(scenario, context, why),
      capitalList(context),
      this.controls.revealAi() && phase === 'decisions' ? aiReasoning(scenario, context) : null,
      feedList(scenario, context, why),
    );
    replaceChildren(this.dock, this.dockFor(phase, snapshot));
    if (
      this.controls.guided &&
      phase === 'decisions' &&
      context.game.round === 1 &&
      this.guideStep < GUIDE.length
    ) {
      this.dock.prepend(this.guide());
    }
    if (context.paused) {
      this.dock.prepend(
        h('p', { class: 'refusal', role: 'status' }, 'Play is paused by the facilitator.'),
      );
    }
    if (context.refusal)
      this.dock.prepend(h('p', { class: 'refusal', role: 'alert' }, context.refusal));
    const kept = focusKey
      ? this.element.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)
      : null;
    if (kept) kept.focus();
    else if (phase !== this.lastPhase || !this.element.contains(document.activeElement)) {
      // The control that had focus is gone (a new phase): start from the dock's heading.
      const start =
        this.dock.querySelector<HTMLElement>('[data-autofocus]') ??
        this.dock.querySelector<HTMLElement>('h2');
      if (start && !this.overlay.hasDialog()) {
        if (!start.hasAttribute('tabindex') && start.tagName !== 'BUTTON')
          start.setAttribute('tabindex', '-1');
        start.focus();
      }
    }
    this.lastPhase = phase;
  }

  /** The guided first round: one step at a time, with the part of the board it explains outlined. */
  private guide(): HTMLElement {
    const step = GUIDE[this.guideStep] as (typeof GUIDE)[number];
    for (const el of this.element.querySelectorAll('.guide-target'))
      el.classList.remove('guide-target');
    queueMicrotask(() => this.element.querySelector(step.target)?.classList.add('guide-target'));
    const finish = () => {
      this.guideStep = GUIDE.length;
      for (const el of this.element.querySelectorAll('.guide-target'))
        el.classList.remove('guide-target');
      this.controls.guideDone();
      this.update(this.session.snapshot());
    };
    const last = this.guideStep === GUIDE.length - 1;
    return h(
      'section',
      {
        class: 'guide',
        role: 'region',
        'aria-labelledby': 'guide-heading',
        'data-testid': 'guide',
      },
      h(
        'h2',
        { id: 'guide-heading' },
        `Guided first round · ${this.guideStep + 1} of ${GUIDE.length}: ${step.title}`,
      ),
      h('p', {}, step.text),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-key': `guide-${this.guideStep}`,
          'data-testid': 'guide-next',
          onclick: () => {
            if (last) finish();
            else {
              this.guideStep++;
              this.update(this.session.snapshot());
              this.element
                .querySelector<HTMLElement>(`[data-key="guide-${this.guideStep}"]`)
                ?.focus();
            }
          },
        },
        last ? 'Done — start playing' : 'Next',
      ),
      ' ',
      last
        ? null
        : h(
            'button',
            { type: 'button', 'data-testid': 'guide-skip', onclick: finish },
            'Skip the guide',
          ),
    );
  }

  private dockFor(phase: string, snapshot: GameSnapshot): HTMLElement {
    const { scenario } = this.session;
    const { context } = snapshot;
    if (phase === 'briefing')
      return briefingDock(this.session, () => this.session.send({ type: 'game.start' }));
    if (phase === 'decisions') {
      const rerender = () => this.update(this.session.snapshot());
      return decisionDock(scenario, context, this.dockState, {
        pick: (c) => {
          this.dockState.active = c;
          rerender();
        },
        ready: (c) => {
          this.dockState.shown = c;
          rerender();
        },
        draft: (c, text) => {
          this.dockState.drafts[c] = text;
        },
        select: (capital, optionId) =>
          this.session.send({ type: 'policy.select', capital, optionId }),
        commit: (capital) => {
          const rationale = this.dockState.drafts[capital]?.trim();
          const chosen = this.session.snapshot().context.selections[capital];
          if (rationale && chosen) {
            this.session.send({
              type: 'policy.select',
              capital,
              optionId: chosen.optionId,
              rationale,
            });
          }
          this.session.send({ type: 'policy.commit', capital });
          this.dockState.drafts[capital] = '';
        },
        revise: (capital) => this.session.send({ type: 'policy.revise', capital }),
        whyOption: (id) =>
          this.overlay.openWhy(
            whyOption(scenario, id, { game: context.game, visible: visibleDecisions(context) }),
          ),
      });
    }
    if (phase === 'report') {
      const record = context.game.history.at(-1);
      return revealDock(scenario, context, {
        next: () => {
          this.dockState.active = null;
          this.dockState.shown = null;
          this.session.send({ type: 'round.next' });
        },
        whyDecision: (c) =>
          record && this.overlay.openWhy(whyDecision(scenario, c, record.decisions[c])),
        whyEvent: (id) =>
          record && this.overlay.openWhy(whyEvent(scenario, context.game, record.round, id)),
        whyLaunch: (index) => {
          const chain = record && whyLaunch(scenario, context.game, record.round, index);
          if (chain) this.overlay.openWhy(chain);
        },
      });
    }
    return h('section', { class: 'dock' }, h('p', {}, 'The game is over.'));
  }
}

/** The steps of the guided first round (solo play). */
const GUIDE: { title: string; text: string; target: string }[] = [
  {
    title: 'The world state',
    text: 'These gauges are the crisis in numbers, 0 to 100: each one says what it measures when you point at it. After each round they show how much they moved (▲ up, ▼ down).',
    target: '.gauges',
  },
  {
    title: 'Reading a card',
    text: 'Each card is something your capital can do this round: what it is, what it costs, and what the model expects it to change — a range where the outcome is uncertain. Closed options say why they are closed.',
    target: '.card',
  },
  {
    title: 'Choosing',
    text: 'Choose a card, add a one-line reason if you like, then commit. You can revise until every capital has committed.',
    target: '.commit-bar',
  },
  {
    title: 'Why?',
    text: 'After the reveal, select any gauge, any line of the feed, or the “Why?” beside a decision: you will see the rule behind the change, the claim it rests on and the source paragraph — or a note that it is a designer assumption.',
    target: '.feed',
  },
];

/** The controls the board scene gives the HUD (the facilitator, the timer, the guide). */
export interface HudControls {
  facilitator(): void;
  timerText(): string | null;
  revealAi(): boolean;
  guided: boolean;
  guideDone(): void;
}

/** The AI capitals' current choices and reasons, shown only when the facilitator asks. */
function aiReasoning(scenario: Scenario, context: GameContext): HTMLElement {
  const items = CAPITALS.filter(
    (c) => context.controllers[c] === 'ai' && context.selections[c],
  ).map((c) => {
    const d = context.selections[c];
    const why = d?.rationale && typeof d.rationale !== 'string' ? d.rationale.text : '';
    return h(
      'li',
      {},
      h(
        'strong',
        {},
        `${CAPITAL_NAMES[c]}: ${scenario.optionIndex[d?.optionId ?? '']?.label ?? ''}`,
      ),
      ` — ${why}`,
    );
  });
  return h(
    'section',
    { class: 'ai-reasoning', 'data-testid': 'ai-reasoning', 'aria-labelledby': 'ai-heading' },
    h('h2', { id: 'ai-heading' }, 'AI reasoning (facilitator view)'),
    h('ul', {}, items),
  );
}

function roundStart(start: string, days: number, round: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (round - 1) * days);
  return date.toISOString().slice(0, 10);
}

function briefingDock(session: Session, onBegin: () => void): HTMLElement {
  const { scenario, setup } = session;
  return h(
    'section',
    { class: 'dock briefing', 'aria-labelledby': 'briefing-heading' },
    h('h2', { id: 'briefing-heading', 'data-autofocus': true }, 'Briefing'),
    h('p', {}, scenario.briefing),
    h(
      'div',
      { class: 'role-briefs' },
      CAPITALS.map((c) =>
        h(
          'details',
          { open: setup.controllers[c] === 'human' },
          h(
            'summary',
            {},
            `${CAPITAL_NAMES[c]} — ${setup.controllers[c] === 'human' ? 'your team' : 'AI'}`,
          ),
          h('p', {}, scenario.capitals[c].roleBrief),
          h(
            'ul',
            {},
            scenario.capitals[c].objectives.map((o) =>
              h(
                'li',
                {},
                `${o.label} (keep ${INDICATOR_DOCS[o.indicator].label.toLowerCase()} ${o.want})`,
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-key': 'begin',
        'data-testid': 'begin',
        onclick: onBegin,
      },
      'Begin round 1',
    ),
  );
}
