import Phaser from 'phaser';
import { createSoundBoard } from './audio/sound-board';
import { App } from './board/app';
import { Overlay } from './board/dom/overlay';
import { verifySave } from './board/save/game-files';
import { SaveStore } from './board/save/save-store';
import './board/dom/board.css';
import { BoardScene } from './board/scenes/BoardScene';
import { BootScene } from './board/scenes/BootScene';
import { DebriefScene } from './board/scenes/DebriefScene';
import { LabScene } from './board/scenes/LabScene';
import { ScenarioSelectScene } from './board/scenes/ScenarioSelectScene';
import { SetupScene } from './board/scenes/SetupScene';
import { TitleScene } from './board/scenes/TitleScene';
import { phaseOf } from './machines/game-machine';
import type { Scenario } from './model/schema';
import { bundledProblems, bundledScenarios } from './scenario/bundled';

const ui = document.getElementById('ui') as HTMLElement;
const overlay = new Overlay(ui);

// Bundled scenarios were checked when the game was built (src/scenario/content-plugin.ts); in
// development, any problems found are listed on screen and the other scenarios stay playable.
const scenarios: Scenario[] = bundledScenarios();
const problems = bundledProblems();

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
const app = new App(scenarios, overlay, sound, saves, () => motionQuery.matches);

if (problems.length > 0) {
  const list = document.createElement('ul');
  for (const p of problems)
    list.append(Object.assign(document.createElement('li'), { textContent: p }));
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'alert');
  panel.append(
    Object.assign(document.createElement('h1'), { textContent: 'A scenario file has errors' }),
    list,
  );
  overlay.show(panel);
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#f7f7f4',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  audio: { noAudio: true },
  banner: false,
  scene: [
    new BootScene(app),
    new TitleScene(app),
    new ScenarioSelectScene(app),
    new SetupScene(app),
    new BoardScene(app),
    new DebriefScene(app),
    new LabScene(app),
  ],
});

/** A read-only view for automated browser tests and for support: never mutates the game. */
const hook = {
  scene: () => game.scene.getScenes(true).map((s) => s.scene.key)[0] ?? null,
  phase: () => (app.session ? phaseOf(app.session.snapshot().value) : null),
  game: () =>
    app.session ? JSON.parse(JSON.stringify(app.session.snapshot().context.game)) : null,
  animating: () => (game.scene.getScene('BoardScene') as BoardScene | null)?.isAnimating() ?? false,
  renderer: () => (game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas'),
};
Object.defineProperty(window, '__overflight', { value: Object.freeze(hook) });
