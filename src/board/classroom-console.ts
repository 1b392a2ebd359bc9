// The teacher's class console: every room at a glance, the one in focus with the facilitator's
// controls (the same panel as on the board) and the room's own (teams, captain, lock, rule).
import { h } from '../dom/h';
import { t } from '../i18n/messages';
import type { GameRecord } from '../model/record';
import type { RoomRefusal } from '../protocol/classroom';
import type { IntentBody } from '../protocol/intents';
import { openClassDebrief } from './class-debrief-open';
import type { ClassRoom } from './class-rooms';
import { classroomUnavailable } from './dom/class-entry';
import { type ConsoleActions, consoleScreen } from './dom/room-console';
import { roomCodeCard } from './dom/room-parts';
import { download, openFacilitator } from './scenes/board-facilitation';
import type { MenuController } from './screens';
import { roomRefusalText } from './view/classroom-room';
import { refusalText } from './view/refusal-text';

/** The console: its rooms taken back after a reload, redrawn whenever any of them changes. */
export const classroomConsole: MenuController = (app) => {
  const rooms = app.classRooms;
  const stops: (() => void)[] = [];
  const watched = new Set<string>();
  let closed = false;
  let away = false;
  let notice: { text: string; kind: 'done' | 'refused' } | null = null;
  let pending = 0;
  const say = (text: string, kind: 'done' | 'refused' = 'done') => {
    notice = { text, kind };
    app.overlay.announce(text);
    render();
  };
  const room = (code: string): ClassRoom | null => rooms.get(code);
  const send = (code: string, intent: IntentBody) => {
    const target = room(code);
    return target?.client.send(intent).then((ack) => {
      if (!ack.ok) say(refusalText(target.scenario, ack.refusal), 'refused');
    });
  };
  const sendRoom = (refused: Promise<RoomRefusal | null> | undefined) =>
    refused?.then((refusal) => {
      if (refusal) say(roomRefusalText(refusal), 'refused');
    });
  const actions: ConsoleActions = {
    focus: (code) => {
      rooms.focus = code;
      render();
    },
    addRoom: () => app.go('RoomSetupScene'),
    back: () => app.go('TitleScene'),
    // The class debrief compares the finished rooms' games, named by their codes; Back returns
    // here. With fewer than two, it says why, and the records can still be kept as a file.
    debrief: () => {
      away = true;
      const done = rooms.rooms.filter((r) => r.client.view().phase === 'debrief');
      const records = done
        .map((r) => r.client.view().secrets?.record)
        .filter((r): r is GameRecord => r !== undefined);
      openClassDebrief(
        app,
        records,
        done.map((r) => t('menus.console.roomName', { code: r.client.code })),
        () => app.go('ClassroomScene'),
      ).then((problem) => {
        if (problem === null) return;
        away = false;
        say(problem, 'refused');
        download('overflight-class-records.json', JSON.stringify(records, null, 2));
      });
    },
    advance: (code) => {
      const phase = room(code)?.client.view().phase;
      if (phase === 'briefing') send(code, { type: 'game.start' });
      else if (phase === 'report') send(code, { type: 'round.next' });
    },
    facilitator: (code) => {
      const target = room(code);
      if (!target) return;
      app.useSession(target.session);
      openFacilitator(app, {
        restart: (text) => say(text ?? t('menus.console.done')),
        refresh: render,
        confirm: (text, kind) => say(text, kind),
      });
    },
    board: (code) => {
      const target = room(code);
      if (!target) return;
      app.useSession(target.session);
      app.go('BoardScene');
    },
    showCode: (code) => {
      const card = roomCodeCard(code, location.href, true);
      const dialog = h(
        'div',
        {
          class: 'why-dialog code-dialog',
          role: 'dialog',
          'aria-label': t('menus.console.room', { code }),
          tabindex: '-1',
        },
        card,
        h(
          'button',
          { type: 'button', class: 'close', onclick: () => app.overlay.closeWhy() },
          t('common.close'),
        ),
      );
      dialog.addEventListener('keydown', (e) => e.key === 'Escape' && app.overlay.closeWhy());
      app.overlay.openDialog(dialog);
    },
    lock: (code, locked) => sendRoom(room(code)?.client.sendRoom('room.lock', { locked })),
    commitRule: (code, rule) => sendRoom(room(code)?.client.sendRoom('room.commitRule', { rule })),
    move: (code, memberId, capital) =>
      sendRoom(room(code)?.client.sendRoom('member.move', { memberId, capital })),
    captain: (code, memberId) =>
      sendRoom(room(code)?.client.sendRoom('member.captain', { memberId })),
    remove: (code, memberId) =>
      sendRoom(room(code)?.client.sendRoom('member.remove', { memberId })),
  };
  function render(): void {
    // Off to the class debrief: the console draws itself again when the teacher comes back.
    if (closed || away) return;
    // A dialog (the facilitator's panel, the code) stays open: the console redraws after it.
    if (app.overlay.hasDialog()) {
      window.clearTimeout(pending);
      pending = window.setTimeout(render, 400);
      return;
    }
    for (const r of rooms.rooms) watch(r);
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.testid;
    app.overlay.show(consoleScreen(rooms.rooms, rooms.focus, notice, actions), false);
    const again = focusKey
      ? app.overlay.current()?.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focusKey)}"]`)
      : null;
    again?.focus();
  }
  const later = () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(render, 50);
  };
  function watch(r: ClassRoom): void {
    if (watched.has(r.client.code)) return;
    watched.add(r.client.code);
    stops.push(
      r.client.subscribe(later),
      r.client.subscribeRoom(later),
      r.client.subscribeStatus(later),
    );
  }
  app.overlay.show(
    h('section', { class: 'panel' }, h('p', { role: 'status' }, t('menus.console.opening'))),
  );
  (async () => {
    const connector = await app.classroom?.();
    const available = connector ? await connector.available() : false;
    if (closed) return;
    if (!connector || !available) {
      app.overlay.show(classroomUnavailable(() => app.go('TitleScene')));
      return;
    }
    history.replaceState(null, '', `${location.pathname}?console`);
    await rooms.restore(connector, app.scenarios);
    render();
  })();
  return () => {
    closed = true;
    window.clearTimeout(pending);
    for (const stop of stops) stop();
  };
};
