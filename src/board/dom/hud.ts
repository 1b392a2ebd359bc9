import { dateLabel } from '../../dom/date-label';
import { h, replaceChildren } from '../../dom/h';
import { t } from '../../i18n/messages';
import { roundDate } from '../../model/state';
import type { GameClient } from '../../protocol/client';
import type { IntentBody } from '../../protocol/intents';
import type { Refusal } from '../../protocol/refusals';
import type { Session, SoundPort } from '../ports';
import { refusalText } from '../view/refusal-text';
import { facilitatorKeys } from '../view/shortcuts';
import { whyDecision, whyEvent, whyIndicator } from '../view/why';
import { whyLaunch } from '../view/why-launch';
import type { DockState } from './decision-dock';
import { type DockContext, dockFor } from './hud-dock';
import { clearGuideTargets, GUIDE_STEPS, guidePanel } from './hud-guide';
import { aiReasoning, capitalList, feedList, gaugeList, type WhyRequests } from './hud-parts';
import { languageMenu } from './language-menu';
import type { Overlay } from './overlay';
import { connectionBadge, youBadge } from './room-parts';
import { soundControls } from './sound-controls';

/**
 * The board's HTML layer: top bar, gauges, capitals, the dock (briefing, decisions or reveal)
 * and the feed, laid over the map. It renders the projector's public view, and the view of the
 * one team whose turn is on screen; it sends intents through the session's clients. The only
 * state it keeps is which team's cards are on screen, drafts, and the last refusal.
 */
export class BoardHud {
  readonly element: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly top: HTMLElement;
  private readonly side: HTMLElement;
  private readonly dock: HTMLElement;
  /** Over the map, above the dock: the guide and a card's details (the map is still then). */
  private readonly float: HTMLElement;
  private readonly dockState: DockState = {
    active: null,
    shown: null,
    revisit: null,
    drafts: {},
    detail: null,
  };
  /** A short confirmation of the facilitator's last action, shown on the board for a while. */
  private notice: { text: string; kind: 'done' | 'refused' } | null = null;
  private noticeTimer = 0;
  private lastPhase = '';
  private guideStep = 0;
  private refusal: Refusal | null = null;

  constructor(
    private readonly session: Session,
    private readonly overlay: Overlay,
    private readonly sound: SoundPort,
    private readonly controls: HudControls,
  ) {
    this.top = h('header', { class: 'topbar' });
    this.stage = h('div', { class: 'stage', 'aria-hidden': 'true' });
    // Scrolls on small screens: focusable, so a keyboard can scroll it too.
    this.side = h('aside', { class: 'side', tabindex: 0, 'aria-label': t('common.sidePanel') });
    this.dock = h('div', { class: 'dock-area' });
    this.float = h('div', { class: 'float-layer' });
    this.element = h(
      'div',
      { class: 'board', 'data-testid': 'board' },
      this.top,
      this.stage,
      this.float,
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

  /**
   * Send an intent as a seat; a refusal is shown in the dock until the next accepted intent.
   * (The views re-render the board on every change; a refusal changes nothing, so it is drawn
   * here.)
   */
  private send(client: GameClient, intent: IntentBody, done?: (ok: boolean) => void): void {
    client.send(intent).then((ack) => {
      const before = this.refusal;
      this.refusal = ack.ok ? null : ack.refusal;
      done?.(ack.ok);
      if (before !== this.refusal || done) this.update();
    });
  }

  /**
   * Show a short confirmation of the facilitator's action on the board (and say it to screen
   * readers) for a while; a refusal of one is shown the same way, in its own colour.
   */
  confirm(text: string, kind: 'done' | 'refused' = 'done', ms = 12_000): void {
    this.notice = { text, kind };
    this.overlay.announce(text);
    window.clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => {
      this.notice = null;
      this.update();
    }, ms);
    this.update();
  }

  /** Stop the confirmation's timer (the board is leaving). */
  dispose(): void {
    window.clearTimeout(this.noticeTimer);
  }

  /** Re-render from the current views, keeping keyboard focus on the same control. */
  update(): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const { scenario } = this.session;
    const view = this.session.public.view();
    const room = this.session.room;
    const { game, phase } = view;
    const lens = scenario.lenses.find((l) => l.id === game.lens);
    const last = game.history.at(-1);
    const revealed = (phase === 'report' || phase === 'debrief') && last;
    const roundText = revealed
      ? t('play.hud.roundRevealed', {
          round: last.round,
          rounds: scenario.rounds,
          date: dateLabel(last.date),
        })
      : t('play.hud.round', {
          round: game.round,
          rounds: scenario.rounds,
          date: dateLabel(roundDate(scenario, game.round)),
        });
    replaceChildren(
      this.top,
      h('h1', {}, scenario.title),
      h('p', { class: 'round', 'data-testid': 'round' }, roundText),
      h(
        'p',
        { class: 'lens', title: lens?.summary ?? '' },
        t('play.hud.lens', { lens: lens?.title ?? game.lens }),
      ),
      view.paused
        ? h('p', { class: 'paused', 'data-testid': 'paused' }, t('play.hud.paused'))
        : null,
      h(
        'p',
        { class: 'timer', 'data-testid': 'timer', 'data-timer': '', 'aria-live': 'off' },
        this.controls.timerText() ?? '',
      ),
      // Sound and the facilitator's button wrap together, to the right, when the countdown
      // needs the room.
      room ? youBadge(room.room()) : null,
      h(
        'div',
        { class: 'topbar-tools' },
        room ? connectionBadge(room.status()) : null,
        soundControls(this.sound),
        this.languageMenu(),
        room && this.controls.console
          ? h(
              'button',
              { type: 'button', 'data-testid': 'open-console', onclick: this.controls.console },
              t('play.hud.console'),
            )
          : null,
        this.session.facilitates()
          ? h(
              'button',
              {
                type: 'button',
                class: 'facilitator-button',
                'data-testid': 'open-facilitator',
                title: facilitatorKeys(),
                onclick: () => this.controls.facilitator(),
              },
              t('play.hud.facilitator'),
            )
          : null,
      ),
    );
    const why: WhyRequests = {
      indicator: (id) => {
        const round = game.history.at(-1)?.round;
        if (round) this.overlay.openWhy(whyIndicator(scenario, game, round, id));
      },
      feedItem: (item) => {
        if (item.ref.kind === 'event')
          this.overlay.openWhy(whyEvent(scenario, game, item.ref.round, item.ref.eventId));
        else if (item.ref.kind === 'launch') {
          const chain = whyLaunch(scenario, game, item.ref.round, item.ref.index);
          if (chain) this.overlay.openWhy(chain);
        } else {
          const record = game.history.find((r) => r.round === item.ref.round);
          const decision = record?.decisions[item.ref.capital];
          if (decision) this.overlay.openWhy(whyDecision(scenario, item.ref.capital, decision));
        }
      },
    };
    replaceChildren(
      this.side,
      gaugeList(scenario, view, why),
      capitalList(view),
      view.aiReasoning ? aiReasoning(scenario, view.aiReasoning) : null,
      feedList(scenario, view, why),
    );
    const dockContext: DockContext = {
      session: this.session,
      overlay: this.overlay,
      state: this.dockState,
      send: (client, intent, done) => this.send(client, intent, done),
      rerender: () => this.update(),
      timer: this.controls.timerText(),
    };
    replaceChildren(this.dock, dockFor(dockContext, view));
    replaceChildren(this.float, ...this.dock.querySelectorAll<HTMLElement>('[data-float]'));
    const guiding = view.guided && !this.controls.guideSeen() && this.guideStep < GUIDE_STEPS;
    if (guiding && phase === 'decisions' && game.round === 1 && !view.paused) {
      this.float.prepend(this.guide());
    }
    if (view.paused && phase !== 'decisions') {
      this.dock.prepend(h('p', { class: 'refusal', role: 'status' }, t('play.hud.pausedNotice')));
    }
    if (this.notice)
      this.dock.prepend(
        h(
          'p',
          {
            class: this.notice.kind === 'done' ? 'confirmation' : 'refusal',
            role: 'status',
            'data-testid': 'confirmation',
          },
          this.notice.text,
        ),
      );
    if (this.refusal)
      this.dock.prepend(
        h('p', { class: 'refusal', role: 'alert' }, refusalText(scenario, this.refusal)),
      );
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

  /** The language menu, keeping keyboard focus when the top bar is drawn again. */
  private languageMenu(): HTMLElement {
    const menu = languageMenu(true);
    menu.querySelector('select')?.setAttribute('data-key', 'language');
    return menu;
  }

  /** The guided first round: one step at a time, with the part of the board it explains outlined. */
  private guide(): HTMLElement {
    return guidePanel(this.element, this.guideStep, {
      next: () => {
        this.guideStep++;
        this.update();
        this.element.querySelector<HTMLElement>(`[data-key="guide-${this.guideStep}"]`)?.focus();
      },
      finish: () => {
        this.guideStep = GUIDE_STEPS;
        clearGuideTargets(this.element);
        this.controls.guideDone();
        this.update();
      },
    });
  }
}

/** The controls the board scene gives the HUD (the facilitator, the timer, the guide). */
export interface HudControls {
  facilitator(): void;
  timerText(): string | null;
  guideDone(): void;
  /** Whether this browser's player has finished the guide already (it is not shown again). */
  guideSeen(): boolean;
  /** A networked facilitator's way back to the class console. */
  console?: () => void;
}
