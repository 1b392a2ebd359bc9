// Which screen the player is on, and how the game moves between screens. The menus (title,
// scenario list, setup) are HTML only and need no Phaser, so they work while Phaser's code is
// still arriving on a slow network; the map behind them and the screens that draw on the map
// (board, debrief, lab) run on the stage, Phaser's side, once it is ready.
import { bundledScenarioIds, ensureScenarioTexts, scenarioTextsReady } from '../scenario/bundled';
import type { App } from './app';

/** The HTML-only screens. */
export type MenuScreen =
  | 'TitleScene'
  | 'ScenarioSelectScene'
  | 'SetupScene'
  | 'EvidenceScene'
  /** The teacher's class console (networked rooms). */
  | 'ClassroomScene'
  /** The teacher creates a networked room. */
  | 'RoomSetupScene'
  /** A student or a projector joins a room by its code. */
  | 'JoinScene';
/** The screens Phaser draws. */
export type StageScreen = 'BoardScene' | 'DebriefScene' | 'LabScene';
/** Every screen, by the name the test hook reports. */
export type ScreenName = MenuScreen | StageScreen;
/** The Phaser scene that draws the dimmed map behind the menus. */
export const BACKDROP = 'BackdropScene';

const MENUS: readonly ScreenName[] = [
  'TitleScene',
  'ScenarioSelectScene',
  'SetupScene',
  'EvidenceScene',
  'ClassroomScene',
  'RoomSetupScene',
  'JoinScene',
];
const isMenu = (screen: ScreenName): screen is MenuScreen => MENUS.includes(screen);

/** Data a screen is opened with (the setup screen takes the scenario chosen). */
export interface ScreenData {
  scenarioId?: string;
  /** Where Back leads from a screen that can be opened from several (the evidence screen). */
  returnTo?: ScreenName;
  /** Where the sources screen opens: a paragraph ("001:14") or a source ("001"). */
  focus?: string;
  /** A room's code (from a scanned link, ?join=CODE, or a projector's ?watch=CODE). */
  code?: string;
  /** Join the room as its projector. */
  watch?: boolean;
}

/** Phaser's side: runs one scene at a time. */
export interface Stage {
  /**
   * Stop the running scene and start `key`. `then` runs once the old scene has shut down (at
   * once when the call comes from outside Phaser's step, as clicks do), so a menu never shows
   * before the board it replaces has cleared its part of the page.
   */
  run(key: StageScreen | typeof BACKDROP, data?: ScreenData, then?: () => void): void;
  /** The scene running now, if any. */
  running(): string | null;
}

/** Opens a menu on the page and returns what closes it. */
export type MenuController = (app: App, data: ScreenData) => () => void;

/** The screens of one page, and the stage once Phaser has started. */
export class Screens {
  private screen: ScreenName = 'TitleScene';
  private data: ScreenData = {};
  private close: (() => void) | null = null;
  private stage: Stage | null = null;
  /** Counts every move, so a menu whose turn has passed before it could open stays shut. */
  private move = 0;
  /** The screen asked for waits for its scenario's texts. */
  private textsPending = false;

  /**
   * `waiting` shows that a screen is waiting for Phaser (on a slow network, a player may reach
   * "Start" before the map has arrived).
   */
  constructor(
    private readonly app: App,
    private readonly menus: Readonly<Record<MenuScreen, MenuController>>,
    private readonly waiting: () => void,
  ) {}

  /** The screen the player sees, once it is on the page (null while it is still loading). */
  shown(): ScreenName | null {
    if (isMenu(this.screen)) return this.close ? this.screen : null;
    return this.stage?.running() === this.screen ? this.screen : null;
  }

  /**
   * The scenarios whose whole text a screen shows: the one being set up, played or debriefed;
   * every one for the screens that list or compare them in full. The scenario list and the
   * title need only the summaries every language ships with.
   */
  private textsFor(screen: ScreenName, data: ScreenData): string[] {
    if (screen === 'SetupScene' || screen === 'BoardScene' || screen === 'DebriefScene') {
      const id = data.scenarioId ?? this.app.session?.scenario.id;
      return id ? [id] : [];
    }
    if (screen === 'TitleScene' || screen === 'ScenarioSelectScene' || screen === 'JoinScene')
      return [];
    return bundledScenarioIds();
  }

  /** Go to a screen (once the texts it shows have arrived). */
  go(screen: ScreenName, data: ScreenData = {}): void {
    this.close?.();
    this.close = null;
    this.screen = screen;
    this.data = data;
    const move = ++this.move;
    const texts = this.textsFor(screen, data);
    if (texts.every(scenarioTextsReady)) {
      this.textsPending = false;
      this.open(screen, data, move);
      return;
    }
    this.textsPending = true;
    this.waiting();
    const open = () => {
      if (move !== this.move) return;
      this.textsPending = false;
      this.open(screen, data, move);
    };
    // A text that cannot arrive (offline before the game was cached) leaves the summary shown.
    ensureScenarioTexts(texts).then(open, open);
  }

  private open(screen: ScreenName, data: ScreenData, move: number): void {
    if (isMenu(screen)) {
      const open = () => {
        if (move === this.move) this.close = this.menus[screen](this.app, data);
      };
      if (this.stage) this.stage.run(BACKDROP, {}, open);
      else open();
    } else if (this.stage) {
      this.stage.run(screen, data);
    } else this.waiting();
  }

  /** Phaser is ready: draw the map behind the menu, or open the screen that was waiting. */
  attach(stage: Stage): void {
    this.stage = stage;
    if (isMenu(this.screen) || this.textsPending) stage.run(BACKDROP);
    else stage.run(this.screen, this.data);
  }
}
