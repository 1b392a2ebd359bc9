import './classroom.css';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { CapitalId } from '../../model/ids';
import type { GameClient } from '../../protocol/client';
import { type IntentBody, MAX_RATIONALE_LENGTH } from '../../protocol/intents';
import type { SeatView } from '../../protocol/view';
import type { Session } from '../ports';
import { commitGate } from '../view/classroom-room';
import { teamReason } from '../view/hotseat';
import { whyDecision, whyEvent } from '../view/why';
import { whyLaunch } from '../view/why-launch';
import { whyOption } from '../view/why-option';
import { briefingDock } from './briefing-dock';
import { bigTimer, type DockState, decisionDock } from './decision-dock';
import { scoreDialog, scoreList } from './objectives';
import type { Overlay } from './overlay';
import { revealDock } from './reveal-dock';
import { committedDock, withoutFacilitatorButtons, withProposals } from './team-room';

/** What the dock needs from the HUD that holds it. */
export interface DockContext {
  session: Session;
  overlay: Overlay;
  state: DockState;
  /** Send an intent as a seat; `done` hears whether it was taken. */
  send(client: GameClient, intent: IntentBody, done?: (ok: boolean) => void): void;
  rerender(): void;
  timer: string | null;
}

/**
 * While play is paused, the decisions dock hides the team's cards and its reason being typed
 * (a projector shows them to the whole room); the reason is kept and comes back on resume.
 */
function pausedDock(timer: string | null): HTMLElement {
  return h(
    'section',
    {
      class: 'dock paused-dock',
      'aria-labelledby': 'paused-heading',
      'data-testid': 'paused-dock',
    },
    bigTimer(timer, 'paused-timer'),
    h('h2', { id: 'paused-heading' }, t('play.dock.pausedHeading')),
    h('p', {}, t('play.dock.pausedText')),
  );
}

/**
 * The dock for the phase: the briefing, the decisions (or the pause over them), the reveal. A
 * device that does not run the game has no Begin or Next round; a networked team's shows its
 * proposals; a projector's shows who has committed.
 */
export function dockFor(ctx: DockContext, view: SeatView): HTMLElement {
  const dock = phaseDock(ctx, view);
  return ctx.session.facilitates() ? dock : withoutFacilitatorButtons(dock);
}

function phaseDock(ctx: DockContext, view: SeatView): HTMLElement {
  const { session, overlay, state, send } = ctx;
  const { scenario, facilitator } = session;
  const { phase, game } = view;
  const scoreHow = (capitals: CapitalId[]) =>
    overlay.openDialog(scoreDialog(scenario, game, capitals, () => overlay.closeWhy()));
  if (phase === 'briefing')
    return briefingDock(scenario, view, () => send(facilitator, { type: 'game.start' }));
  if (phase === 'decisions') {
    if (view.paused) return pausedDock(ctx.timer);
    const onScreen = session.screenTeams();
    if (onScreen?.length === 0) return committedDock(view, ctx.timer);
    const team = (capital: CapitalId) => session.team(capital);
    const dock = decisionDock(
      scenario,
      view,
      (c) => team(c).view(),
      state,
      {
        pick: (c) => {
          state.detail = null;
          state.active = c;
          ctx.rerender();
        },
        ready: (c) => {
          state.shown = c;
          state.detail = null;
          ctx.rerender();
        },
        revisit: (c) => {
          state.detail = null;
          state.revisit = c;
          state.shown = null;
          ctx.rerender();
        },
        draft: (c, text) => {
          state.drafts[c] = text;
        },
        // In a networked room a choice is a member's proposal, with the reason typed so far.
        select: (capital, optionId) => {
          state.detail = null;
          const rationale = session.room ? state.drafts[capital]?.trim() : '';
          send(
            team(capital),
            {
              type: 'policy.select',
              capital,
              optionId,
              ...(rationale ? { rationale: rationale.slice(0, MAX_RATIONALE_LENGTH) } : {}),
            },
            () => undefined,
          );
        },
        details: (optionId) => {
          state.detail = optionId;
          ctx.rerender();
        },
        scoreHow,
        // One intent: the reason typed goes with the commit. A team that came back to revise
        // hands the device on once it has committed again.
        commit: (capital) => {
          const rationale = state.drafts[capital]?.trim();
          const revisit = state.revisit;
          if (revisit === capital) state.revisit = null;
          send(
            team(capital),
            {
              type: 'policy.commit',
              capital,
              ...(rationale ? { rationale: rationale.slice(0, MAX_RATIONALE_LENGTH) } : {}),
            },
            (ok) => {
              if (ok) state.drafts[capital] = '';
              else if (state.revisit === null) state.revisit = revisit;
            },
          );
        },
        // The reason committed comes back into the box, to be kept or changed.
        revise: (capital) => {
          const reason = teamReason(team(capital).view().own?.selection);
          if (reason && !state.drafts[capital]) state.drafts[capital] = reason;
          send(team(capital), { type: 'policy.revise', capital });
        },
        // What a deciding team may see (the decisions locked this round) is public: every seat's
        // view holds the same, so the option's "why?" reads it from the view on screen.
        whyOption: (id) =>
          overlay.openWhy(whyOption(scenario, id, { game, visible: view.visible })),
      },
      ctx.timer,
      onScreen,
    );
    const capital = onScreen?.[0];
    const room = session.room?.room();
    return capital && room
      ? withProposals(dock, scenario, room, capital, commitGate(room, capital))
      : dock;
  }
  if (phase === 'report') {
    const record = game.history.at(-1);
    const dock = revealDock(scenario, view, {
      next: () => {
        state.detail = null;
        state.active = null;
        state.shown = null;
        state.revisit = null;
        send(facilitator, { type: 'round.next' });
      },
      whyDecision: (c) => record && overlay.openWhy(whyDecision(scenario, c, record.decisions[c])),
      whyEvent: (id) => record && overlay.openWhy(whyEvent(scenario, game, record.round, id)),
      whyLaunch: (index) => {
        const chain = record && whyLaunch(scenario, game, record.round, index);
        if (chain) overlay.openWhy(chain);
      },
    });
    // Every capital's score now, under the decisions that moved it; how, one click away.
    dock.querySelector('.decisions-revealed')?.after(scoreList(scenario, game, scoreHow));
    return dock;
  }
  return h('section', { class: 'dock' }, h('p', {}, t('play.dock.gameOver')));
}
