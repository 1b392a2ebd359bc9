// The menus: title, scenario list and setup. HTML only (no Phaser), so a player can choose and
// set up a game while the map is still loading on a slow connection.
import type { App } from './app';
import { selectScreen, setupScreen, titleScreen } from './dom/menus';
import { savedGamesPanel } from './dom/saved-games';
import { replayRecord } from './save/game-files';
import { parseRecord } from './save/record-link';
import type { SaveEnvelope } from './save/save-store';
import { showWhenLoaded } from './scenes/lazy-screen';
import type { MenuController, MenuScreen } from './screens';

/** Whether a player has already been through the guided first round on this browser. */
export function guideDone(): boolean {
  try {
    return window.localStorage.getItem('overflight.guide.done') === '1';
  } catch {
    return false;
  }
}

/** Open a saved game where it was: the board, or the debrief of a finished game. */
function openSave(app: App, save: SaveEnvelope): void {
  if (!app.resume(save)) return;
  app.go(save.finished ? 'DebriefScene' : 'BoardScene');
}

/** Title: the game's name, Play, saved games, sound settings and the lab. */
const title: MenuController = (app) => {
  const render = (): void => {
    const screen = titleScreen(app.sound, {
      play: () => app.go('ScenarioSelectScene'),
      lab: () => app.go('LabScene'),
      evidence: () => app.go('EvidenceScene', { returnTo: 'TitleScene' }),
    });
    screen.append(
      savedGamesPanel(app.saves.list(), app.notice, {
        resume: (id) => {
          const opened = app.saves.open(id);
          if (opened.ok) openSave(app, opened.save);
          else {
            app.notice = { message: opened.message, fallback: opened.previous };
            render();
          }
        },
        remove: (id) => {
          app.saves.delete(id);
          render();
        },
        openFallback: (save) => {
          app.notice = null;
          openSave(app, save);
        },
        dismissNotice: () => {
          app.notice = null;
          render();
        },
        importText: (text) => {
          const parsed = parseRecord(text);
          const replayed = parsed.ok ? replayRecord(app.scenarios, parsed.record) : parsed;
          if (!parsed.ok || !replayed.ok) {
            app.notice = {
              message: replayed.ok ? 'That file could not be opened.' : replayed.message,
              fallback: null,
            };
            render();
            return;
          }
          app.continueFrom(replayed.scenario, parsed.record, replayed.game);
          app.go(replayed.game.outcome ? 'DebriefScene' : 'BoardScene');
        },
      }),
    );
    app.overlay.show(screen);
  };
  render();
  return () => {};
};

/** Scenario selection: each crisis with its briefing, learning objectives and length. */
const select: MenuController = (app) => {
  app.overlay.show(
    selectScreen(
      app.scenarios,
      (scenario) => app.go('SetupScene', { scenarioId: scenario.id }),
      () => app.go('TitleScene'),
    ),
  );
  return () => {};
};

/** Setup: who plays each capital (a team or the AI), turn order and lens; then the board. */
const setup: MenuController = (app, data) => {
  const scenario = app.scenarios.find((s) => s.id === data.scenarioId) ?? app.scenarios[0];
  if (!scenario) return () => {};
  app.overlay.show(
    setupScreen(
      scenario,
      guideDone(),
      (settings, guided) => {
        app.startSession(scenario, settings);
        app.guided =
          guided && Object.values(settings.controllers).filter((c) => c === 'human').length === 1;
        app.go('BoardScene');
      },
      () => app.go('ScenarioSelectScene'),
    ),
  );
  return () => {};
};

/**
 * The evidence screen: sources, claims, the rules that use them and what each lens does. Its
 * code (and the lab worker it starts on demand) loads only when it is opened.
 */
const evidence: MenuController = (app, data) => {
  const back = () => app.go(data.returnTo ?? 'TitleScene');
  const current =
    app.scenarios.find((s) => s.id === data.scenarioId) ??
    app.session?.scenario ??
    app.scenarios[0];
  if (!current) return () => {};
  return showWhenLoaded(
    app,
    'evidence',
    () => import('../lab/evidence-screen'),
    ({ evidenceScreen }) => {
      const { element, cleanup } = evidenceScreen(app.scenarios, current, back);
      app.overlay.show(element);
      return cleanup;
    },
    back,
  );
};

/** Every menu, by screen name. */
export const MENUS: Readonly<Record<MenuScreen, MenuController>> = {
  TitleScene: title,
  ScenarioSelectScene: select,
  SetupScene: setup,
  EvidenceScene: evidence,
};
