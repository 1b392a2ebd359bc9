import { LocalGame } from '../client/local-game';
import { openRecord } from '../client/open-record';
import type { GameRecord } from '../model/record';
import type { Scenario } from '../model/schema';
import type { ClassroomClient } from '../protocol/classroom';
import type { ClassroomConnector } from '../protocol/classroom-connector';
import type { GameSetup } from '../protocol/setup';
import { ClassRooms } from './class-rooms';
import type { Overlay } from './dom/overlay';
import type { MapData } from './map-data';
import { Session, type SoundPort } from './ports';
import { SeatHost } from './remote-seat';
import { saveOf } from './save/game-files';
import { openRecordText } from './save/open-record-text';
import type { SaveEnvelope, SaveStore } from './save/save-store';
import type { ScreenData, ScreenName, Screens } from './screens';

/**
 * What the scenes share, passed to each scene's constructor rather than kept in Phaser's
 * registry: the scenarios, the HTML layer, the sound board, the saved games, the player's motion
 * preference, the baked map once loaded, and the game in progress (if any).
 */
export class App {
  session: Session | null = null;
  map: MapData | null = null;
  /** A message to show on the next screen (e.g. a save that could not be opened). */
  notice: { message: string; fallback: SaveEnvelope | null } | null = null;
  /** The screens and how to move between them (set up by main.ts). */
  screens: Screens | null = null;
  /** How this page reaches networked rooms (set by main.ts: the classroom server's client). */
  classroom: (() => Promise<ClassroomConnector>) | null = null;
  /** The rooms this page runs as the teacher's class console. */
  readonly classRooms: ClassRooms;

  constructor(
    readonly scenarios: Scenario[],
    readonly overlay: Overlay,
    readonly sound: SoundPort,
    readonly saves: SaveStore,
    private readonly prefersReducedMotion: () => boolean,
    storage: Storage | null = null,
  ) {
    this.classRooms = new ClassRooms(storage);
  }

  /** Whether the player asks for less motion (the system setting, read now). */
  get reducedMotion(): boolean {
    return this.prefersReducedMotion();
  }

  /** Go to another screen. */
  go(screen: ScreenName, data?: ScreenData): void {
    this.screens?.go(screen, data);
  }

  /** Start a new game, ending any previous one so its host and listeners are released. */
  startSession(scenario: Scenario, setup: GameSetup): Session {
    this.endSession();
    this.session = new Session(scenario, LocalGame.start(scenario, setup));
    return this.session;
  }

  /**
   * Open a game from its record (a save, an imported file or a link): its log replays through
   * the game's own rules to the state it was in, and play goes on from there. A record without
   * a log (an older version, or one the command line made) is continued from its last round.
   * Returns a problem in plain words, or the session.
   */
  open(record: GameRecord, saveId?: string, branchOf?: string): Session | string {
    const scenario = this.scenarios.find((s) => s.id === record.scenarioId);
    if (!scenario) return openRecordText({ code: 'wrong-scenario', scenarioId: record.scenarioId });
    this.endSession();
    const opened = openRecord(scenario, record);
    if (!opened.ok) return openRecordText(opened.error);
    this.session = new Session(scenario, opened.game, saveId, branchOf ?? null);
    return this.session;
  }

  /**
   * Take a networked seat (a team's device, a projector): its room's game becomes the session.
   * Returns a problem in plain words, or the session.
   */
  enterRoom(client: ClassroomClient): Session | string {
    const scenarioId = client.room().scenarioId;
    const scenario = this.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) return openRecordText({ code: 'wrong-scenario', scenarioId });
    this.endSession();
    this.session = new Session(scenario, new SeatHost(client), undefined, null, client);
    return this.session;
  }

  /** Make a session the current one without stopping the one before (the console's rooms). */
  useSession(session: Session): void {
    this.session = session;
  }

  /** The screen an opened game belongs on: its debrief once it is over, else the board. */
  screenOf(session: Session): 'BoardScene' | 'DebriefScene' {
    return session.public.view().phase === 'debrief' ? 'DebriefScene' : 'BoardScene';
  }

  /**
   * Save the game in progress (every round, and on demand). A finished game stays the current
   * one while its debrief is open, so a reload reopens the debrief; leaving it forgets it.
   */
  autosave(): void {
    // A networked room's game is kept by the classroom server, not in this browser.
    if (!this.session || this.session.room) return;
    const save = saveOf(this.session);
    this.saves.save(save);
    this.saves.setCurrent(save.id);
  }

  /** Leave a finished game's debrief: a reload then opens the title, not this game again. */
  leaveDebrief(): void {
    this.saves.setCurrent(null);
    this.endSession();
  }

  /** End the game in progress. */
  endSession(): void {
    this.session?.stop();
    this.session = null;
  }
}
