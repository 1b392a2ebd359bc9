import { CLASSROOM_COOKIE, type CreateOptions, type JoinOptions } from '../protocol/classroom';
import type { ClassroomConnector, Joined, JoinProblem } from '../protocol/classroom-connector';

/** What the classroom server's health route answers (src/server/http-routes.ts). */
const SERVICE = 'overflight-classroom';

/** Colyseus's code for a room id that no room has (a code typed wrong, or a room closed). */
const NO_SUCH_ROOM = 4212;

/** A failed join's code (docs/protocol.md) as the page's problem. */
function problemOf(code: number): JoinProblem {
  switch (code) {
    case NO_SUCH_ROOM:
      return 'no-such-room';
    case 4401:
      return 'not-facilitator';
    case 4413:
      return 'room-full';
    case 4400:
    case 4422:
      return 'bad-name';
    case 4423:
      return 'room-locked';
    default:
      return 'unreachable';
  }
}

/** The remote client's code (with the Colyseus SDK), fetched when a class is run or joined. */
const remote = () =>
  Promise.all([import('./remote-game'), import('./remote-connection')]).then(
    ([game, connection]) => ({ ...game, ...connection }),
  );

/**
 * The page's way to the classroom server that serves it: on a page the server marked with its
 * cookie (CLASSROOM_COOKIE), it asks `GET /classroom/health` once,
 * and creates and joins rooms with the remote client (src/client/remote-game.ts), which keeps
 * a seat's token (and the facilitator's key) in this browser and reconnects by itself.
 */
export function serverConnector(origin: string): ClassroomConnector {
  let health: Promise<boolean> | null = null;
  const connect = async (
    target: { create: Omit<CreateOptions, 'as'> } | { code: string; join: JoinOptions },
  ): Promise<Joined> => {
    const { RemoteGame, joinErrorCode, forgetCredentials } = await remote();
    try {
      return { ok: true, client: await RemoteGame.connect(target, { endpoints: [origin] }) };
    } catch (error) {
      const code = joinErrorCode(error);
      // A student whose seat token no longer works (removed, or the room was reset) joins
      // afresh under their name.
      if (code === 4403 && 'join' in target && target.join.as === 'student') {
        forgetCredentials(globalThis.localStorage, target.code);
        return connect({ code: target.code, join: { as: 'student', name: target.join.name } });
      }
      return { ok: false, problem: problemOf(code) };
    }
  };
  return {
    available: () => {
      // Served by a plain web server (no cookie): no classroom, and nothing to ask.
      if (!globalThis.document?.cookie.split('; ').includes(CLASSROOM_COOKIE))
        return Promise.resolve(false);
      health ??= fetch(new URL('/classroom/health', origin), { cache: 'no-store' })
        .then((response) => (response.ok ? response.json() : null))
        .then((body) => body?.service === SERVICE)
        .catch(() => false);
      return health;
    },
    create: ({ as: _as, ...options }) => connect({ create: options }),
    join: (code, join) => connect({ code, join }),
  };
}
