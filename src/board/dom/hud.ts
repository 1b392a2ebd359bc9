import { phaseOf } from '../../machines/game-machine';
import { CAPITAL_NAMES, CAPITALS, type CapitalId } from '../../model/ids';
import { INDICATOR_DOCS } from '../../model/indicators';
import type { GameSnapshot, Session, SoundPort } from '../ports';
import { dateLabel } from '../view/board-view';
import { whyDecision, whyEvent, whyIndicator, whyOption } from '../view/why';
import { decisionDock } from './decision-dock';
import { h, replaceChildren } from './h';
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
  private active: CapitalId | null = null;
  private lastPhase = '';

  constructor(
    private readonly session: Session,
    private readonly overlay: Overlay,
    private readonly sound: SoundPort,
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
      soundControls(this.sound),
    );
    const why: WhyRequests = {
      indicator: (id) => {
        const round = context.game.history.at(-1)?.round;
        if (round) this.overlay.openWhy(whyIndicator(scenario, context.game, round, id));
      },
      feedItem: (item) => {
        if (item.ref.kind === 'event')
          this.overlay.openWhy(whyEvent(scenario, context.game, item.ref.round, item.ref.eventId));
        else {
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
      feedList(scenario, context, why),
    );
    replaceChildren(this.dock, this.dockFor(phase, snapshot));
    if (context.refusal)
      this.dock.prepend(h('p', { class: 'refusal', role: 'alert' }, context.refusal));
    const kept = focusKey
      ? this.element.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)
      : null;
    if (kept) kept.focus();
    else if (phase !== this.lastPhase || !this.element.contains(document.activeElement)) {
      // The control that had focus is gone (a new phase): start from the dock's heading.
      const start = this.dock.querySelector<HTMLElement>('[data-autofocus], h2');
      if (start && !this.overlay.hasDialog()) {
        if (!start.hasAttribute('tabindex') && start.tagName !== 'BUTTON')
          start.setAttribute('tabindex', '-1');
        start.focus();
      }
    }
    this.lastPhase = phase;
  }

  private dockFor(phase: string, snapshot: GameSnapshot): HTMLElement {
    const { scenario } = this.session;
    const { context } = snapshot;
    if (phase === 'briefing')
      return briefingDock(this.session, () => this.session.send({ type: 'game.start' }));
    if (phase === 'decisions') {
      return decisionDock(scenario, context, this.active, {
        pick: (c) => {
          this.active = c;
          this.update(this.session.snapshot());
        },
        select: (capital, optionId) =>
          this.session.send({ type: 'policy.select', capital, optionId }),
        commit: (capital) => this.session.send({ type: 'policy.commit', capital }),
        revise: (capital) => this.session.send({ type: 'policy.revise', capital }),
        whyOption: (id) => this.overlay.openWhy(whyOption(scenario, id)),
      });
    }
    if (phase === 'report') {
      const record = context.game.history.at(-1);
      return revealDock(scenario, context, {
        next: () => {
          this.active = null;
          this.session.send({ type: 'round.next' });
        },
        whyDecision: (c) =>
          record && this.overlay.openWhy(whyDecision(scenario, c, record.decisions[c])),
        whyEvent: (id) =>
          record && this.overlay.openWhy(whyEvent(scenario, context.game, record.round, id)),
      });
    }
    return h('section', { class: 'dock' }, h('p', {}, 'The game is over.'));
  }
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
