import { h } from '../../dom/h';
import { phaseOf } from '../../machines/game-machine';
import type { App } from '../app';
import { facilitatorPanel } from '../dom/facilitator-panel';
import { recordOfSession } from '../save/game-files';
import { recordUrl, TOO_LONG_FOR_A_LINK } from '../save/record-link';

/** Save a text as a file the browser downloads. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the board scene does for the facilitator (things that restart or leave the scene). */
export interface SceneHooks {
  restart(): void;
  refresh(): void;
}

/** Open the facilitator's panel over the board. */
export function openFacilitator(app: App, hooks: SceneHooks): void {
  const session = app.session;
  if (!session) return;
  const snapshot = session.snapshot();
  const close = () => app.overlay.closeWhy();
  const panel = facilitatorPanel(
    session.scenario,
    snapshot.context,
    {
      phase: phaseOf(snapshot.value),
      timerRunning: app.timerEndsAt !== null,
      revealAi: app.revealAi,
      hasOrigin: app.origin !== null,
    },
    {
      pause: () => {
        session.send({ type: 'facilitator.pause' });
        openFacilitator(app, hooks);
      },
      resume: () => {
        session.send({ type: 'facilitator.resume' });
        openFacilitator(app, hooks);
      },
      startTimer: (minutes) => {
        app.timerEndsAt = Date.now() + minutes * 60_000;
        close();
        hooks.refresh();
      },
      stopTimer: () => {
        app.timerEndsAt = null;
        close();
        hooks.refresh();
      },
      inject: (eventId) => {
        session.send({ type: 'facilitator.inject', eventId });
        const card = session.scenario.events.find((e) => e.id === eventId);
        app.overlay.announce(
          `The facilitator added an event to this round: ${card?.title ?? eventId}.`,
        );
        close();
      },
      rewind: (round) => {
        close();
        if (app.branch(round)) hooks.restart();
      },
      end: () => {
        session.send({ type: 'facilitator.end' });
        close();
      },
      lens: (id) => {
        session.send({ type: 'facilitator.lens', lens: id });
        close();
      },
      revealAi: (on) => {
        app.revealAi = on;
        hooks.refresh();
      },
      compare: () => {
        const origin = app.origin;
        if (!origin) return;
        // The comparison chart's code is fetched the first time a facilitator asks for it.
        import('../dom/branch-compare').then(
          ({ branchCompare }) =>
            app.overlay.openDialog(
              branchCompare(session.scenario, origin.game, session.snapshot().context.game, close),
            ),
          () => app.overlay.announce('The comparison could not be loaded. Try again.'),
        );
      },
      downloadRecord: () => {
        const record = recordOfSession(session);
        download(
          `overflight-${record.scenarioId}-seed-${record.seed}-record.json`,
          JSON.stringify(record, null, 2),
        );
      },
      copyLink: () => {
        const made = recordUrl(recordOfSession(session), location.href);
        if (!made.ok) {
          // Shown where the link would be, and said aloud: the panel stays open.
          panel.append(
            h('p', { class: 'small', 'data-testid': 'share-link-refused' }, TOO_LONG_FOR_A_LINK),
          );
          app.overlay.announce(TOO_LONG_FOR_A_LINK);
          return;
        }
        const link = made.url;
        navigator.clipboard?.writeText(link).then(
          () => app.overlay.announce('Share link copied.'),
          () => app.overlay.announce('Could not copy: select the link and copy it.'),
        );
        panel.append(
          h(
            'p',
            { class: 'small' },
            h(
              'label',
              {},
              'Share link: ',
              h('input', {
                type: 'text',
                readonly: true,
                value: link,
                'data-testid': 'share-link',
                size: 40,
              }),
            ),
          ),
        );
      },
      close,
    },
  );
  app.overlay.openDialog(panel);
}

/** The facilitator's timer as text for the top bar ("⏱ 3:05"), or null when none runs. */
export function timerText(app: App): string | null {
  if (app.timerEndsAt === null) return null;
  const left = Math.max(0, Math.ceil((app.timerEndsAt - Date.now()) / 1000));
  if (left === 0) return '⏱ Time is up';
  return `⏱ ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}
