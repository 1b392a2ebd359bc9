// Phaser's side of the game, loaded after the menus are on the page (see src/main.ts): the
// map, the board, the debrief and the lab.
import Phaser from 'phaser';
import type { Launch } from '../model/launches';
import type { App } from './app';
import { BackdropScene } from './scenes/BackdropScene';
import { BoardScene, type CaptionPlacement } from './scenes/BoardScene';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { LabScene } from './scenes/LabScene';
import type { MapRoomProbe } from './scenes/map-overlays';

/** What the test hook reads from the stage. */
export interface StageProbe {
  animating(): boolean;
  renderer(): 'WebGL' | 'Canvas';
  /** The launch captions shown in the latest reveal. */
  launchCaptions(): string[];
  /** Where those captions went on the page, beside the map's frame. */
  launchCaptionBoxes(): CaptionPlacement[];
  /** Replay the latest reveal with other launches (display only; see BoardScene). */
  replayRevealWith(launches: Launch[]): boolean;
  /** The board map's labels, overlays and flight paths, in page pixels. */
  mapRoom(): MapRoomProbe | null;
}

/** Start Phaser with every scene; Boot hands the screens the stage when it is ready. */
export function startStage(app: App): StageProbe {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    // See-through: the map is painted beneath it (src/board/map-view.ts), on the page's paper.
    transparent: true,
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    audio: { noAudio: true },
    banner: false,
    scene: [
      new BootScene(app),
      new BackdropScene(app),
      new BoardScene(app),
      new DebriefScene(app),
      new LabScene(app),
    ],
  });
  const board = () => {
    const scene = game.scene.getScene('BoardScene') as BoardScene | null;
    return scene?.sys.isActive() ? scene : null;
  };
  return {
    animating: () =>
      (game.scene.getScene('BoardScene') as BoardScene | null)?.isAnimating() ?? false,
    renderer: () => (game.renderer?.type === Phaser.WEBGL ? 'WebGL' : 'Canvas'),
    launchCaptions: () => board()?.launchCaptions() ?? [],
    launchCaptionBoxes: () => board()?.launchCaptionBoxes() ?? [],
    replayRevealWith: (launches) => board()?.replayRevealWith(launches) ?? false,
    mapRoom: () => board()?.mapRoom() ?? null,
  };
}
