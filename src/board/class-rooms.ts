import type { Scenario } from '../model/schema';
import type { ClassroomClient } from '../protocol/classroom';
import type { ClassroomConnector } from '../protocol/classroom-connector';
import { Session } from './ports';
import { SeatHost } from './remote-seat';

/** One room of the class as the teacher's page holds it: its facilitator seat, as a session. */
export interface ClassRoom {
  client: ClassroomClient;
  scenario: Scenario;
  session: Session;
}

/** Where a teacher's page keeps the codes and keys of its rooms, to come back after a reload. */
const STORAGE_KEY = 'overflight.classroom.console';

/**
 * The rooms a teacher runs from one page (a class split into groups): their facilitator seats,
 * the one in focus, and each room's code and key kept in this browser so that a reloaded
 * console takes its rooms back.
 */
export class ClassRooms {
  readonly rooms: ClassRoom[] = [];
  focus: string | null = null;
  private restoring: Promise<void> | null = null;

  constructor(private readonly storage: Storage | null) {}

  /**
   * Add a room this page created (or took back); its code, and its key if the page holds it
   * ('' when the classroom client keeps it), are kept for a reload (null: already kept).
   */
  add(client: ClassroomClient, scenario: Scenario, key: string | null): ClassRoom {
    const session = new Session(scenario, new SeatHost(client), undefined, null, client);
    const room = { client, scenario, session };
    this.rooms.push(room);
    this.focus ??= client.code;
    if (key)
      this.save([
        ...this.saved().filter((r) => r.code !== client.code),
        { code: client.code, key },
      ]);
    return room;
  }

  /** The room in focus, if any. */
  focused(): ClassRoom | null {
    return this.rooms.find((r) => r.client.code === this.focus) ?? this.rooms[0] ?? null;
  }

  /** A room by its code. */
  get(code: string): ClassRoom | null {
    return this.rooms.find((r) => r.client.code === code) ?? null;
  }

  /**
   * Take back the rooms this browser ran before a reload (once). A room the server no longer
   * has is forgotten; a server that cannot be reached leaves them for the next try.
   */
  restore(connector: ClassroomConnector, scenarios: readonly Scenario[]): Promise<void> {
    this.restoring ??= (async () => {
      const kept: { code: string; key: string }[] = [];
      for (const { code, key } of this.saved()) {
        if (this.get(code)) {
          kept.push({ code, key });
          continue;
        }
        const joined = await connector.join(code, { as: 'facilitator', key });
        if (!joined.ok) {
          if (joined.problem === 'unreachable') kept.push({ code, key });
          continue;
        }
        const scenario = scenarios.find((s) => s.id === joined.client.room().scenarioId);
        if (!scenario) continue;
        kept.push({ code, key });
        this.add(joined.client, scenario, null);
      }
      this.save(kept);
    })().finally(() => {
      this.restoring = null;
    });
    return this.restoring;
  }

  private saved(): { code: string; key: string }[] {
    try {
      const parsed = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed)
        ? parsed.filter(
            (r): r is { code: string; key: string } =>
              typeof r?.code === 'string' && typeof r?.key === 'string',
          )
        : [];
    } catch {
      return [];
    }
  }

  private save(rooms: { code: string; key: string }[]): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(rooms));
    } catch {
      // Storage blocked: a reload loses the console's rooms (they go on on the server).
    }
  }
}
