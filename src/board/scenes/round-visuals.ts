import type Phaser from 'phaser';
import type { Scenario } from '../../model/schema';
import type { RoundRecord } from '../../model/state';
import type { App } from '../app';
import { showAlertBanner } from '../dom/alert-banner';
import { mapLabel, showDefence, showExercise, showSanctions, showTalks } from '../event-visuals';
import type { MapView } from '../map-view';
import { animateTrajectory, type MotionOptions, showNuclearTest, timeScale } from '../missile-view';
import { trajectoriesFor } from '../trajectories';
import { type GestureStep, type LaunchStep, revealPlan } from '../view/reveal-plan';

/** How long a launch past the flights' limit keeps its caption on the map, unscaled. */
const CAPTION_ONLY_MS = 1600;

/**
 * Play a resolved round on the map: the bell, then each of Pyongyang's launches in turn (its
 * flight with the launch sound and its caption; the J-Alert banner and siren only while a missile
 * crosses Japan), then the capitals' other moves together. `onCaption` hears each launch caption
 * as it goes up. Resolves when every animation has finished.
 */
export async function playRoundVisuals(
  scene: Phaser.Scene,
  app: App,
  view: MapView,
  scenario: Scenario,
  record: RoundRecord,
  onCaption: (caption: string) => void = () => {},
): Promise<void> {
  const plan = revealPlan(scenario, record);
  app.sound.play('bell');
  for (const step of plan.launches) {
    if (!scene.sys.isActive()) return;
    onCaption(step.caption);
    await playLaunch(scene, app, view, step, { reducedMotion: app.reducedMotion, pace: plan.pace });
  }
  const motion = { reducedMotion: app.reducedMotion };
  await Promise.all(plan.gestures.map((g) => playGesture(scene, app, view, g, motion)));
}

/** One launch: its caption at the launch site, then its flight (or the test's shock rings). */
async function playLaunch(
  scene: Phaser.Scene,
  app: App,
  view: MapView,
  step: LaunchStep,
  motion: MotionOptions,
): Promise<void> {
  const scale = timeScale(motion);
  // In a round of several launches the map says which one this is, as the earlier caption is gone.
  const label = step.position ? `${step.caption} (${step.position})` : step.caption;
  if (!step.flown) {
    mapLabel(scene, view, step.place, label, CAPTION_ONLY_MS * scale);
    // Resolves on time, or at once if the scene shuts down first (a restart after a rewind).
    await new Promise<void>((resolve) => {
      scene.time.delayedCall(CAPTION_ONLY_MS * scale, resolve);
      scene.events.once('shutdown', resolve);
    });
    return;
  }
  if (step.trajectory === 'nuclear') {
    mapLabel(scene, view, step.place, label, 4000 * scale);
    await showNuclearTest(scene, view, motion);
    return;
  }
  const flights = trajectoriesFor(step.trajectory, view.data, step.lanes);
  app.sound.play('launch');
  const longest = Math.max(...flights.map((f) => (f.delayMs ?? 0) + f.durationMs)) * scale;
  mapLabel(scene, view, step.place, label, longest + 600);
  const crossing = step.alert ? flights.find((f) => f.crossesJapan) : undefined;
  let endAlert = () => {};
  if (crossing) {
    const ms = ((crossing.delayMs ?? 0) + crossing.durationMs) * scale;
    endAlert = showAlertBanner(app.overlay.root, ms + 400);
    app.sound.loop('siren', ms);
  }
  await Promise.all(flights.map((f) => animateTrajectory(scene, view, f, motion)));
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
    case 'bomber':
      if (step.visual === 'guam-threat')
        mapLabel(scene, view, 'pyongyang', step.caption, 4000 * timeScale(motion) + 600);
      return Promise.all(
        trajectoriesFor(step.visual, view.data).map((f) =>
          animateTrajectory(scene, view, f, motion),
        ),
      );
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
