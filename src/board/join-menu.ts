// A student's and a projector's way into a room: the code (from a scanned link or typed) and a
// name; then a team to pick, or a wait to be placed; then the room's board. A reloaded page
// comes back to its seat: the address keeps the code (?join= or ?watch=), this browser the name,
// and the classroom client the seat's token.
import type { ClassroomClient } from '../protocol/classroom';
import { isTeamSeat } from '../protocol/seat';
import type { App } from './app';
import { joinScreen, lobbyScreen } from './dom/join-screens';
import type { MenuController } from './screens';
import { deviceSeat, joinProblemText, roomRefusalText } from './view/classroom-room';

const NAME_KEY = 'overflight.classroom.student';

/** The name this browser joined a room with, to join again after a reload. */
function rememberedName(code: string | undefined): string | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(NAME_KEY) ?? 'null');
    return saved && saved.code === code && typeof saved.name === 'string' ? saved.name : null;
  } catch {
    return null;
  }
}

function remember(code: string, name: string | null): void {
  try {
    if (name) window.localStorage.setItem(NAME_KEY, JSON.stringify({ code, name }));
    else window.localStorage.removeItem(NAME_KEY);
  } catch {
    // Storage blocked: after a reload the student types the name again.
  }
}

const followed = new WeakSet<ClassroomClient>();

/**
 * Keep a student's screen on their seat for as long as the page lives: the board once on a
 * team (placed by the teacher or by themselves), the lobby when taken off one.
 */
function followSeat(app: App, client: ClassroomClient): void {
  if (followed.has(client)) return;
  followed.add(client);
  client.subscribeRoom((room) => {
    if (app.session?.room !== client) return;
    const shown = app.screens?.shown();
    const seat = deviceSeat(room);
    if (seat && isTeamSeat(seat) && shown === 'JoinScene') app.go('BoardScene');
    else if (seat === null && shown === 'BoardScene') app.go('JoinScene', { code: client.code });
  });
}

/** The join form, then the lobby; a projector goes straight to the room's board. */
export const joinMenu: MenuController = (app, data) => {
  let closed = false;
  const stops: (() => void)[] = [];
  const typed = {
    code: data.code ?? '',
    name: rememberedName(data.code) ?? '',
    problem: null as string | null,
    busy: false,
  };
  const form = () => app.overlay.show(joinScreen(typed, { join, watch, back }));
  const back = () => {
    history.replaceState(null, '', location.pathname);
    app.go('TitleScene');
  };
  const failed = (problem: string) => {
    typed.problem = problem;
    typed.busy = false;
    if (!closed) form();
  };
  async function connect(code: string, as: 'student' | 'projector', name = '') {
    typed.busy = true;
    typed.problem = null;
    form();
    const connector = await app.classroom?.();
    if (!connector) return failed(joinProblemText('unreachable'));
    const joined = await connector.join(
      code,
      as === 'student' ? { as: 'student', name } : { as: 'projector' },
    );
    if (closed) return;
    if (!joined.ok) return failed(joinProblemText(joined.problem));
    const session = app.enterRoom(joined.client);
    if (typeof session === 'string') return failed(session);
    history.replaceState(
      null,
      '',
      `${location.pathname}?${as === 'student' ? 'join' : 'watch'}=${code}`,
    );
    if (as === 'student') {
      remember(code, name);
      followSeat(app, joined.client);
    }
    lobbyOrBoard();
  }
  function join(code: string, name: string) {
    typed.code = code;
    typed.name = name;
    void connect(code, 'student', name);
  }
  function watch(code: string) {
    typed.code = code;
    void connect(code, 'projector');
  }
  let lobbyProblem: string | null = null;
  /** A student without a team waits in the lobby; with one (or a projector), the board. */
  function lobbyOrBoard(): void {
    const client = app.session?.room;
    if (!client || closed) {
      form();
      return;
    }
    if (deviceSeat(client.room()) !== null) {
      app.go('BoardScene');
      return;
    }
    const show = () => {
      if (closed || deviceSeat(client.room()) !== null) return;
      app.overlay.show(
        lobbyScreen(client.room(), client.view(), client.status(), lobbyProblem, {
          pick: (capital) =>
            client.sendRoom('team.join', { capital }).then((refusal) => {
              lobbyProblem = refusal ? roomRefusalText(refusal) : null;
              show();
            }),
          leave: () => {
            remember(client.code, null);
            void client.leave();
            app.endSession();
            back();
          },
        }),
        false,
      );
    };
    stops.push(client.subscribeRoom(show), client.subscribeStatus(show));
    show();
  }
  // Back on a seat (a reload): join again at once with the name this browser used.
  const current = app.session?.room;
  if (current && deviceSeat(current.room()) === null) lobbyOrBoard();
  else if (data.code && data.watch) watch(data.code);
  else if (data.code && typed.name) join(data.code, typed.name);
  else form();
  return () => {
    closed = true;
    for (const stop of stops) stop();
  };
};
