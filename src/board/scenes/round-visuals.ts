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
import type { MapPoint } from '../map-data';
import type { MapView } from '../map-view';
import {
  animateTrajectory,
  flightPath,
  type MotionOptions,
  showNuclearTest,
  timeScale,
} from '../missile-view';
import { type Trajectory, trajectoriesFor } from '../trajectories';
import type { Box } from '../view/caption-place';
import { type GestureStep, type LaunchStep, revealPlan } from '../view/reveal-plan';
import { placeOverlay } from './overlay-place';

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

/** The points of the flights as drawn, lifted and on the ground: what overlays keep off. */
function pathsOnMap(view: MapView, flights: Trajectory[]): MapPoint[] {
  return flights.flatMap((f) => [
    ...flightPath(view, f),
    ...f.points.map((p) => view.toScreen(p.x, p.y)),
  ]);
}

/** Points over the nuclear test's rings at their widest, which overlays leave in view. */
function ringsOnMap(view: MapView, place: string): MapPoint[] {
  const at = view.placeToScreen(place);
  const r = 60 * view.scale;
  const points = [at];
  for (const k of [0.5, 1])
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * 2 * Math.PI;
      points.push({ x: at.x + Math.cos(a) * r * k, y: at.y + Math.sin(a) * r * k });
    }
  return points;
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
  const caption = (ms: number): MapCaption => {
    const shown = mapCaption(scene, view, step.place, text, ms);
    placed(shown);
    return shown;
  };
  if (!step.flown) {
    const releaseSite = view.room.about([view.placeToScreen(step.place)], [], view.reach());
    const shown = caption(CAPTION_ONLY_MS * scale);
    // Resolves on time, or at once if the scene shuts down first (a restart after a rewind).
    await new Promise<void>((resolve) => {
      scene.time.delayedCall(CAPTION_ONLY_MS * scale, resolve);
      scene.events.once('shutdown', resolve);
    });
    shown.remove();
    releaseSite();
    return;
  }
  if (step.trajectory === 'nuclear') {
    const releaseRings = view.room.about(ringsOnMap(view, 'punggye-ri'), [], view.reach());
    const shown = caption(4000 * scale);
    await showNuclearTest(scene, view, motion);
    shown.remove();
    releaseRings();
    return;
  }
  const flights = trajectoriesFor(step.trajectory, view.data, step.lanes);
  // What the flight is about goes first, so every overlay that follows keeps off it.
  const releasePath = view.room.about(pathsOnMap(view, flights), [], view.reach());
  app.sound.play('launch');
  const longest = Math.max(...flights.map((f) => (f.delayMs ?? 0) + f.durationMs)) * scale;
  const crossing = step.alert ? flights.find((f) => f.crossesJapan) : undefined;
  let endAlert = () => {};
  if (crossing) {
    const ms = ((crossing.delayMs ?? 0) + crossing.durationMs) * scale;
    endAlert = showAlertBanner(app.overlay.root, ms + 400, (banner) => {
      const bounds = view.bounds();
      const top = { x: bounds.x + bounds.width / 2, y: bounds.y };
      return placeOverlay(scene, view, banner, 'alert-banner', top, [0.9, 0.6, 0.45]).release;
    });
    app.sound.loop('siren', ms);
  }
  // After the banner and the sound captions are up, so it is placed clear of them.
  const shown = caption(longest + 600);
  await Promise.all(flights.map((f) => animateTrajectory(scene, view, f, motion)));
  shown.remove();
  endAlert();
  releasePath();
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
      const flights = trajectoriesFor(step.visual, view.data);
      const release = view.room.about(pathsOnMap(view, flights), ['guam'], view.reach());
      const shown =
        step.visual === 'guam-threat'
          ? mapCaption(scene, view, 'pyongyang', step.caption, 4000 * timeScale(motion) + 600)
          : null;
      return Promise.all(flights.map((f) => animateTrajectory(scene, view, f, motion))).then(() => {
        shown?.remove();
        release();
      });
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
