// The game's page, run by the page's first script (src/page-entry.ts) once its code is here. The
// menus come up as soon as the language is in; Phaser's code, the larger part, is fetched at the
// same time and draws the map once it is ready.
import { createSoundBoard } from './audio/howler-sound-board';
import { App } from './board/app';
import { Overlay } from './board/dom/overlay';
import { MENUS } from './board/menu-screens';
import { verifySave } from './board/save/game-files';
import { SaveStore } from './board/save/save-store';
import { Screens } from './board/screens';
import type { StageProbe } from './board/stage';
import { classroomStart, startupScene } from './board/startup';
import { h } from './dom/h';
import './board/dom/board.css';
import './board/dom/network.css';
import { serverConnector } from './client/server-connector';
import { canvasText } from './i18n/canvas-text';
import { t } from './i18n/messages';
import { canvasFontReady, startPageLocale } from './i18n/page-locale';
import type { Launch } from './model/launches';
import { registerOffline } from './offline/register-offline';
import type { ClassroomConnector } from './protocol/classroom-connector';
import { bundledProblems, bundledScenarios } from './scenario/bundled';

// The page's language first: its catalog and scenario texts are in place before anything draws.
await startPageLocale();

// Bundled scenarios were checked when the game was built (src/scenario/content-plugin.ts); in
// development, any problems found are listed on screen and the other scenarios stay playable.
const scenarios = bundledScenarios();
const problems = bundledProblems();

const overlay = new Overlay(document.getElementById('ui') as HTMLElement);
const sound = createSoundBoard();
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
const saves = new SaveStore(storage, verifySave(scenarios));
sound.onCaption((caption) => overlay.caption(caption.text));
// Read at every use, so a player who turns on "reduce motion" mid-game gets it at once.
const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const app = new App(scenarios, overlay, sound, saves, () => motionQuery.matches, storage);
// Networked rooms: through the classroom server that serves this page; a test page may ask for
// an in-page fake server instead (?fake-classroom), to be built without one.
let classroom: Promise<ClassroomConnector> | null = null;
app.classroom = () => {
  classroom ??= new URLSearchParams(location.search).has('fake-classroom')
    ? import('./client/fake-classroom').then(({ FakeClassroom }) => {
        const fake = new FakeClassroom(scenarios);
        // Tests add the other devices of the room through it (test pages only).
        Object.defineProperty(window, '__fakeClassroom', { value: fake });
        return fake;
      })
    : Promise.resolve(serverConnector(location.origin));
  return classroom;
};
const screens = new Screens(app, MENUS, () =>
  overlay.show(
    h(
      'section',
      { class: 'panel loading-panel' },
      h('p', { role: 'status', class: 'loading' }, t('common.loadingMap')),
    ),
    false,
  ),
);
app.screens = screens;
// Every "why?" panel links to the sources screen (a citation: at its paragraph); Back returns to
// the screen it was opened on.
overlay.onEvidence = (focus) =>
  screens.go('EvidenceScene', {
    returnTo: screens.shown() ?? 'TitleScene',
    ...(app.session ? { scenarioId: app.session.scenario.id } : {}),
    ...(focus ? { focus } : {}),
  });

// A classroom link opens its room; a record in the link is replayed, a game left in progress
// resumed; otherwise the title.
const networked = classroomStart(location.search);
const first = networked?.screen ?? startupScene(app, location.hash);
const firstData = networked?.data ?? {};
if (problems.length > 0) {
  overlay.show(
    h(
      'section',
      { class: 'panel', role: 'alert' },
      h('h1', {}, t('common.scenarioErrors')),
      h(
        'ul',
        {},
        problems.map((p) => h('li', {}, p)),
      ),
      h(
        'button',
        { type: 'button', onclick: () => screens.go(first, firstData) },
        t('common.continue'),
      ),
    ),
  );
} else screens.go(first, firstData);

let stage: StageProbe | null = null;
// The map's labels are drawn on a canvas: their glyphs (Japanese, Korean) must have arrived
// before it draws, or it draws empty boxes.
Promise.all([import('./board/stage'), canvasFontReady(canvasText())]).then(
  ([module]) => {
    stage = module.startStage(app);
  },
  () =>
    overlay.show(
      h(
        'section',
        { class: 'panel', role: 'alert' },
        h('h1', {}, t('common.mapFailed')),
        h('p', {}, t('common.mapFailedHint')),
      ),
    ),
);

// A built game keeps a copy of itself for offline use, once the page has loaded.
registerOffline();

/**
 * A read-only view for automated browser tests and for support: never mutates the game (its one
 * action replays a reveal on the map, for tests and screenshots of rounds that are rare in play).
 */
const hook = {
  scene: () => screens.shown(),
  phase: () => app.session?.public.view().phase ?? null,
  /** The game as the public view shows it (no seed or random state until it is over). */
  game: () => {
    const view = app.session?.public.view();
    return view ? JSON.parse(JSON.stringify(view.ended ?? view.game)) : null;
  },
  animating: () => stage?.animating() ?? false,
  renderer: () => stage?.renderer() ?? null,
  launchCaptions: () => stage?.launchCaptions() ?? [],
  /** Where the latest reveal's launch captions went on the page, beside the map's frame. */
  launchCaptionBoxes: () => stage?.launchCaptionBoxes() ?? [],
  /** Display only: replays the latest reveal on the map with these launches; the game is untouched. */
  replayRevealWith: (launches: Launch[]) => stage?.replayRevealWith(launches) ?? false,
  /** The board map's label, badge, caption and banner boxes and flight path, in page pixels. */
  mapRoom: () => stage?.mapRoom() ?? null,
};
Object.defineProperty(window, '__overflight', { value: Object.freeze(hook) });
