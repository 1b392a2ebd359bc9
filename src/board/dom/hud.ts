import { dateLabel } from '../../dom/date-label';
import { h, replaceChildren } from '../../dom/h';
import { phaseOf } from '../../machines/game-machine';
import { roundDate } from '../../model/state';
import type { GameSnapshot, Session, SoundPort } from '../ports';
import { visibleDecisions } from '../view/board-view';
import { whyDecision, whyEvent, whyIndicator } from '../view/why';
import { whyLaunch } from '../view/why-launch';
import { whyOption } from '../view/why-option';
import { briefingDock } from './briefing-dock';
import { type DockState, decisionDock } from './decision-dock';
import { clearGuideTargets, GUIDE, guidePanel } from './hud-guide';
import { aiReasoning, capitalList, feedList, gaugeList, type WhyRequests } from './hud-parts';
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
      : `Round ${context.game.round} of ${scenario.rounds} · ${dateLabel(roundDate(scenario, context.game.round))}`;
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
    return guidePanel(this.element, this.guideStep, {
      next: () => {
        this.guideStep++;
        this.update(this.session.snapshot());
        this.element.querySelector<HTMLElement>(`[data-key="guide-${this.guideStep}"]`)?.focus();
      },
      finish: () => {
        this.guideStep = GUIDE.length;
        clearGuideTargets(this.element);
        this.controls.guideDone();
        this.update(this.session.snapshot());
      },
    });
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

/** The controls the board scene gives the HUD (the facilitator, the timer, the guide). */
export interface HudControls {
  facilitator(): void;
  timerText(): string | null;
  revealAi(): boolean;
  guided: boolean;
  guideDone(): void;
}
