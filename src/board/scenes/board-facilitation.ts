import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { IntentBody } from '../../protocol/intents';
import type { SeatView } from '../../protocol/view';
import type { App } from '../app';
import { facilitatorPanel, timeUpLabel } from '../dom/facilitator-panel';
import { shareLink } from '../dom/share-link';
import { refusalText } from '../view/refusal-text';

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
  /** Restart the board, showing a confirmation once it is back. */
  restart(notice?: string): void;
  refresh(): void;
  /** A short confirmation on the board (and said to screen readers), or a refusal's words. */
  confirm(text: string, kind?: 'done' | 'refused'): void;
}

/** Open the facilitator's panel over the board. */
export function openFacilitator(app: App, hooks: SceneHooks): void {
  const session = app.session;
  if (!session) return;
  const { facilitator, scenario } = session;
  const close = () => app.overlay.closeWhy();
  /** Send a facilitator's intent; a refusal is said aloud and shown. */
  const send = (intent: IntentBody, then?: () => void) =>
    facilitator.send(intent).then((ack) => {
      if (ack.ok) then?.();
      else hooks.confirm(refusalText(scenario, ack.refusal), 'refused');
    });
  const panel = facilitatorPanel(scenario, facilitator.view(), {
    pause: () => send({ type: 'facilitator.pause' }, () => openFacilitator(app, hooks)),
    resume: () =>
      send({ type: 'facilitator.resume' }, () => {
        hooks.confirm(t('play.confirm.resumed'));
        openFacilitator(app, hooks);
      }),
    startTimer: (minutes, atTimeUp) => {
      close();
      const seconds = Math.round(minutes * 60);
      send({ type: 'facilitator.timer', seconds, atTimeUp }, () =>
        hooks.confirm(
          t('play.confirm.timerSet', {
            minutes: String(seconds / 60),
            rule: timeUpLabel(atTimeUp),
          }),
        ),
      );
    },
    stopTimer: () => {
      close();
      send({ type: 'facilitator.timer', seconds: null, atTimeUp: 'round-waits' }, () =>
        hooks.confirm(t('play.confirm.timerStopped')),
      );
    },
    inject: (eventId) => {
      close();
      const card = scenario.events.find((e) => e.id === eventId);
      send({ type: 'facilitator.inject', eventId }, () =>
        hooks.confirm(t('play.confirm.injected', { event: card?.title ?? eventId })),
      );
    },
    rewind: (round) => {
      close();
      // The game as it stands stays saved; the branch is saved apart from it.
      app.autosave();
      send({ type: 'facilitator.rewind', round }, () => {
        session.saveBranchApart();
        app.autosave();
        hooks.restart(t('play.confirm.rewound', { round }));
      });
    },
    end: () => {
      close();
      send({ type: 'facilitator.end' });
    },
    lens: (id) => {
      close();
      const title = scenario.lenses.find((l) => l.id === id)?.title ?? id;
      send({ type: 'facilitator.lens', lens: id }, () =>
        hooks.confirm(t('play.confirm.lens', { lens: title })),
      );
    },
    revealAi: (on) => send({ type: 'facilitator.revealAi', on }),
    compare: () => {
      const branch = facilitator.view().branch;
      if (!branch) return;
      // The comparison chart's code is fetched the first time a facilitator asks for it.
      import('../dom/branch-compare').then(
        ({ branchCompare }) =>
          app.overlay.openDialog(
            branchCompare(scenario, branch.original, facilitator.view().game, close),
          ),
        () => app.overlay.announce(t('play.confirm.compareFailed')),
      );
    },
    downloadRecord: () => {
      const record = session.host.record();
      download(
        `overflight-${record.scenarioId}-seed-${record.seed}-record.json`,
        JSON.stringify(record, null, 2),
      );
    },
    copyLink: () => {
      // Shown in the panel, which stays open; said aloud too.
      panel.append(
        shareLink(session.host.record(), location.href, (text) => app.overlay.announce(text)),
      );
    },
    teamPacks: () => {
      // The packs' code is fetched the first time a facilitator asks for them.
      import('../dom/team-pack').then(
        ({ openGamePack }) => {
          const view = facilitator.view();
          openGamePack(app.overlay, scenario, view.game, {
            labels: view.labels,
            controllers: view.controllers,
          });
        },
        () => app.overlay.announce(t('play.confirm.packsFailed')),
      );
    },
    close,
  });
  app.overlay.openDialog(panel);
}

/** What the top bar says when the round's time has run out. */
export function timeIsUp(): string {
  return t('play.timer.up');
}

/**
 * The round timer as text for the top bar ("Time 3:05", "Time 3:05, paused"), in words rather
 * than clock symbols a classroom computer's fonts may lack, or null when
 * none is set or the round is not being decided.
 */
export function timerText(view: SeatView, now: number): string | null {
  const timer = view.timer;
  if (!timer || view.phase !== 'decisions') return null;
  if (timer.timeUp) return timeIsUp();
  const ms = timer.deadline !== null ? timer.deadline - now : timer.remainingMs;
  if (ms === null) return null;
  const left = Math.max(0, Math.ceil(ms / 1000));
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return t(timer.deadline === null ? 'play.timer.paused' : 'play.timer.running', { clock });
}
