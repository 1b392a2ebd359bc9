import type Phaser from 'phaser';
import type { Scenario } from '../../model/schema';
import type { RoundRecord } from '../../model/state';
import type { App } from '../app';
import { showAlertBanner } from '../dom/alert-banner';
import {
  type MapCaption,
  mapCaption,
  showDefence,
  showExercise,
  showSanctions,
  showTalks,
} from '../event-visuals';
import type { MapView } from '../map-view';
import {
  animateTrajectory,
  flightPath,
  type MotionOptions,
  showNuclearTest,
  timeScale,
} from '../missile-view';
import { type Trajectory, trajectoriesFor } from '../trajectories';
import type { Box, Obstacle } from '../view/caption-place';
import { type GestureStep, type LaunchStep, revealPlan } from '../view/reveal-plan';

/** How long a launch past the flights' limit keeps its caption on the map, unscaled. */
const CAPTION_ONLY_MS = 1600;

/** A launch caption as it went up on the map (for the test hook): its words and its box. */
export interface ShownCaption {
  caption: string;
  /** The box it was placed in, in scene pixels. */
  box: Box;
  /** Whether it is still on the map. */
  up(): boolean;
}

/**
 * Play a resolved round on the map: the bell, then each of Pyongyang's launches in turn (its
 * flight with the launch sound and its caption; the J-Alert banner and siren only while a missile
 * crosses Japan), then the capitals' other moves together. `onCaption` hears each launch caption
 * as it goes up. Each caption comes down with its own animation. Resolves when every animation
 * has finished.
 */
export async function playRoundVisuals(
  scene: Phaser.Scene,
  app: App,
  view: MapView,
  scenario: Scenario,
  record: RoundRecord,
  onCaption: (shown: ShownCaption) => void = () => {},
): Promise<void> {
  const plan = revealPlan(scenario, record);
  app.sound.play('bell');
  for (const step of plan.launches) {
    if (!scene.sys.isActive()) return;
    const motion = { reducedMotion: app.reducedMotion, pace: plan.pace };
    await playLaunch(scene, app, view, step, motion, (shown) =>
      onCaption({ caption: step.caption, box: shown.box, up: shown.up }),
    );
  }
  const motion = { reducedMotion: app.reducedMotion };
  await Promise.all(plan.gestures.map((g) => playGesture(scene, app, view, g, motion)));
}

/** HTML over the map that captions keep off: the J-Alert banner and the sound captions. */
function overlaysOnMap(scene: Phaser.Scene, root: HTMLElement): Obstacle[] {
  const canvas = scene.game.canvas.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('.alert-banner, .captions .caption')].map((e) => {
    const r = e.getBoundingClientRect();
    return {
      box: { x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height },
      weight: 2,
      name: e.classList.contains('alert-banner') ? 'J-Alert banner' : 'sound caption',
    };
  });
}

/** The flights' paths as small boxes a caption should not hide the missile behind. */
function pathsOnMap(view: MapView, flights: Trajectory[]): Obstacle[] {
  const r = Math.max(8, 12 * view.scale);
  return flights.flatMap((f) =>
    flightPath(view, f)
      .filter((_, i) => i % 3 === 0)
      .map((p) => ({
        box: { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r },
        weight: 1.5,
        name: 'flight path',
      })),
  );
}

/** The nuclear test's rings (at their widest), which its caption should leave in view. */
function ringsOnMap(view: MapView, place: string): Obstacle[] {
  const at = view.placeToScreen(place);
  const r = 60 * view.scale;
  return [
    { box: { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r }, weight: 1, name: 'test' },
  ];
}

/**
 * One launch: its caption by the launch site, then its flight (or the test's shock rings); the
 * caption comes down as the animation ends, so it never lingers over the next launch.
 */
async function playLaunch(
  scene: Phaser.Scene,
  app: App,
  view: MapView,
  step: LaunchStep,
  motion: MotionOptions,
  placed: (shown: MapCaption) => void,
): Promise<void> {
  const scale = timeScale(motion);
  // In a round of several launches the map says which one this is, as the earlier caption is gone.
  const text = step.mapLines.join('\n');
  const caption = (ms: number, keepClear: Obstacle[] = []): MapCaption => {
    const avoid = [...overlaysOnMap(scene, app.overlay.root), ...keepClear];
    const shown = mapCaption(scene, view, step.place, text, ms, avoid);
    placed(shown);
    return shown;
  };
  if (!step.flown) {
    const shown = caption(CAPTION_ONLY_MS * scale);
    // Resolves on time, or at once if the scene shuts down first (a restart after a rewind).
    await new Promise<void>((resolve) => {
      scene.time.delayedCall(CAPTION_ONLY_MS * scale, resolve);
      scene.events.once('shutdown', resolve);
    });
    shown.remove();
    return;
  }
  if (step.trajectory === 'nuclear') {
    const shown = caption(4000 * scale, ringsOnMap(view, step.place));
    await showNuclearTest(scene, view, motion);
    shown.remove();
    return;
  }
  const flights = trajectoriesFor(step.trajectory, view.data, step.lanes);
  app.sound.play('launch');
  const longest = Math.max(...flights.map((f) => (f.delayMs ?? 0) + f.durationMs)) * scale;
  const crossing = step.alert ? flights.find((f) => f.crossesJapan) : undefined;
  let endAlert = () => {};
  if (crossing) {
    const ms = ((crossing.delayMs ?? 0) + crossing.durationMs) * scale;
    endAlert = showAlertBanner(app.overlay.root, ms + 400);
    app.sound.loop('siren', ms);
  }
  // After the banner and the sound captions are up, so it is placed clear of them.
  const shown = caption(longest + 600, pathsOnMap(view, flights));
  await Promise.all(flights.map((f) => animateTrajectory(scene, view, f, motion)));
  shown.remove();
  endAlert();
}

const HOME = {
  northKorea: 'pyongyang',
  us: 'pacific-east-of-boso',
  japan: 'tokyo',
  southKorea: 'seoul',
};

/** A capital's move that is not a launch, as it played before launches were data. */
function playGesture(
  scene: Phaser.Scene,
  app: App,
  view: MapView,
  step: GestureStep,
  motion: MotionOptions,
): Promise<unknown> {
  const options = { reducedMotion: motion.reducedMotion, caption: step.caption };
  const home = HOME[step.capital];
  switch (step.visual) {
    case 'guam-threat':
    case 'bomber': {
      const shown =
        step.visual === 'guam-threat'
          ? mapCaption(scene, view, 'pyongyang', step.caption, 4000 * timeScale(motion) + 600)
          : null;
      return Promise.all(
        trajectoriesFor(step.visual, view.data).map((f) =>
          animateTrajectory(scene, view, f, motion),
        ),
      ).then(() => shown?.remove());
    }
    case 'exercise':
      return showExercise(scene, view, options);
    case 'sanctions':
      return showSanctions(scene, view, options);
    case 'talks':
      app.sound.play('chime');
      return showTalks(
        scene,
        view,
        home,
        step.capital === 'northKorea' ? 'seoul' : 'pyongyang',
        options,
      );
    case 'defence':
      return showDefence(scene, view, home === 'pacific-east-of-boso' ? 'tokyo' : home, options);
    default:
      return Promise.resolve();
  }
}
