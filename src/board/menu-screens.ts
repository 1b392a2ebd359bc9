// The menus: title, scenario list and setup. HTML only (no Phaser), so a player can choose and
// set up a game while the map is still loading on a slow connection.
import { t } from '../i18n/messages';
import { ensureScenarioTexts } from '../scenario/bundled';
import type { App } from './app';
import { openComparePicker } from './class-debrief-open';
import { classroomConsole } from './classroom-console';
import { classEntry } from './dom/class-entry';
import { selectScreen, setupScreen, titleScreen } from './dom/menus';
import { savedGamesPanel } from './dom/saved-games';
import { joinMenu } from './join-menu';
import { roomSetup } from './room-setup';
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
function openSave(app: App, save: SaveEnvelope): string | null {
  const session = app.open(save.record, save.id, save.branchOf?.id);
  if (typeof session === 'string') return session;
  app.go(app.screenOf(session));
  return null;
}

/**
 * The saved games, each named by its scenario's title in the page's language (a save keeps the
 * title it was saved under; the language may have changed since).
 */
function titledNow(app: App) {
  return app.saves.list().map((save) => ({
    ...save,
    title: app.scenarios.find((s) => s.id === save.scenarioId)?.title ?? save.title,
  }));
}

/** Title: the game's name, Play, saved games, sound settings and the lab. */
const title: MenuController = (app) => {
  const render = (): void => {
    const screen = titleScreen(app.sound, {
      play: () => app.go('ScenarioSelectScene'),
      lab: () => app.go('LabScene'),
      evidence: () => app.go('EvidenceScene', { returnTo: 'TitleScene' }),
    });
    const classroom = app.classroom;
    screen
      .querySelector('[data-testid="open-evidence"]')
      ?.closest('p')
      ?.after(
        classEntry(classroom ? classroom().then((c) => c.available()) : Promise.resolve(false), {
          run: () => app.go('ClassroomScene'),
          join: () => app.go('JoinScene'),
        }),
      );
    screen.append(
      savedGamesPanel(titledNow(app), app.notice, {
        resume: (id) => {
          const opened = app.saves.open(id);
          const problem = opened.ok ? openSave(app, opened.save) : opened.message;
          if (problem !== null) {
            app.notice = { message: problem, fallback: opened.ok ? null : opened.previous };
            render();
          }
        },
        remove: (id) => {
          app.saves.delete(id);
          render();
        },
        openFallback: (save) => {
          app.notice = null;
          const problem = openSave(app, save);
          if (problem !== null) {
            app.notice = { message: problem, fallback: null };
            render();
          }
        },
        dismissNotice: () => {
          app.notice = null;
          render();
        },
        importText: (text) => {
          const parsed = parseRecord(text);
          const opened = parsed.ok ? app.open(parsed.record) : parsed.message;
          if (typeof opened === 'string') {
            app.notice = { message: opened, fallback: null };
            render();
            return;
          }
          app.go(app.screenOf(opened));
        },
        compare: () => openComparePicker(app),
      }),
    );
    app.overlay.show(screen);
  };
  render();
  return () => {};
};

/**
 * The team packs' code, fetched the first time a teacher asks for them, with the whole text of
 * the scenario they print (a scenario list holds only each scenario's summary).
 */
function withPacks(
  app: App,
  scenarioId: string,
  open: (module: typeof import('./dom/team-pack')) => void,
): void {
  Promise.all([import('./dom/team-pack'), ensureScenarioTexts([scenarioId])]).then(
    ([module]) => open(module),
    () => app.overlay.announce(t('menus.packsFailed')),
  );
}

/** Scenario selection: each crisis with its briefing, learning objectives and length. */
const select: MenuController = (app) => {
  app.overlay.show(
    selectScreen(
      app.scenarios,
      (scenario) => app.go('SetupScene', { scenarioId: scenario.id }),
      () => app.go('TitleScene'),
      (scenario) =>
        withPacks(app, scenario.id, ({ openStartingPack }) =>
          openStartingPack(app.overlay, scenario, 'balanced', {}),
        ),
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
        const solo = Object.values(settings.controllers).filter((c) => c === 'human').length === 1;
        app.startSession(scenario, { ...settings, guided: guided && solo });
        app.go('BoardScene');
      },
      () => app.go('ScenarioSelectScene'),
      ({ lens, controllers, labels }) =>
        withPacks(app, scenario.id, ({ openStartingPack }) =>
          openStartingPack(app.overlay, scenario, lens, { controllers, labels }),
        ),
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
    { loading: 'menus.evidence.loading', failed: 'menus.evidence.failed' },
    () => import('../lab/evidence-screen'),
    ({ evidenceScreen }) => {
      const { element, cleanup, focus } = evidenceScreen(app.scenarios, current, back);
      app.overlay.show(element, !data.focus);
      if (data.focus) focus(data.focus);
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
  ClassroomScene: classroomConsole,
  RoomSetupScene: roomSetup,
  JoinScene: joinMenu,
};
