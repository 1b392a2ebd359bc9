import type Phaser from 'phaser';
import { CAPITALS } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { RoundRecord } from '../../model/state';
import type { App } from '../app';
import { showAlertBanner } from '../dom/alert-banner';
import { mapLabel, showDefence, showExercise, showSanctions, showTalks } from '../event-visuals';
import type { MapView } from '../map-view';
import { animateTrajectory, showNuclearTest } from '../missile-view';
import { TRAJECTORY_KINDS, type TrajectoryKind, trajectoriesFor } from '../trajectories';
import { visualCaption, visualFor } from '../view/visuals';

/** The map visuals that are flights (every trajectory kind but the nuclear test's rings). */
const FLIGHTS = new Set<string>(TRAJECTORY_KINDS.filter((k) => k !== 'nuclear'));

/**
 * Play a resolved round on the map: the bell, Pyongyang's move (flights with launch sound; an
 * alert banner and siren while a missile crosses Japan), then the others' moves. Resolves when
 * every animation has finished.
 */
export async function playRoundVisuals(
  scene: Phaser.Scene,
  app: App,
  view: MapView,
  scenario: Scenario,
  record: RoundRecord,
): Promise<void> {
  const motion = { reducedMotion: app.reducedMotion };
  app.sound.play('bell');
  const nk = record.decisions.northKorea;
  const nkOption = scenario.optionIndex[nk.optionId];
  const nkVisual = visualFor(nkOption);
  if (FLIGHTS.has(nkVisual)) {
    const flights = trajectoriesFor(nkVisual as TrajectoryKind, view.data);
    if (nkVisual !== 'guam-threat') app.sound.play('launch');
    const longest =
      Math.max(...flights.map((f) => (f.delayMs ?? 0) + f.durationMs)) *
      (app.reducedMotion ? 0.25 : 1);
    mapLabel(
      scene,
      view,
      'pyongyang',
      visualCaption('northKorea', nkOption?.label ?? ''),
      longest + 600,
    );
    const crossing = flights.find((f) => f.crossesJapan);
    let endAlert = () => {};
    if (crossing) {
      const ms = (crossing.delayMs ?? 0) + crossing.durationMs * (app.reducedMotion ? 0.25 : 1);
      endAlert = showAlertBanner(app.overlay.root, ms + 400);
      app.sound.loop('siren', ms);
    }
    await Promise.all(flights.map((f) => animateTrajectory(scene, view, f, motion)));
    endAlert();
  } else if (nkVisual === 'nuclear') {
    mapLabel(
      scene,
      view,
      'punggye-ri',
      visualCaption('northKorea', nkOption?.label ?? ''),
      app.reducedMotion ? 1200 : 4000,
    );
    await showNuclearTest(scene, view, motion);
  } else if (nkVisual === 'talks') {
    app.sound.play('chime');
    await showTalks(scene, view, 'pyongyang', 'seoul', {
      ...motion,
      caption: visualCaption('northKorea', nkOption?.label ?? ''),
    });
  }
  const others = CAPITALS.filter((c) => c !== 'northKorea').map((capital) => {
    const option = scenario.optionIndex[record.decisions[capital].optionId];
    const visual = visualFor(option);
    const options = { ...motion, caption: visualCaption(capital, option?.label ?? '') };
    const home =
      capital === 'us' ? 'pacific-east-of-boso' : capital === 'japan' ? 'tokyo' : 'seoul';
    switch (visual) {
      case 'bomber':
        return Promise.all(
          trajectoriesFor('bomber', view.data).map((f) =>
            animateTrajectory(scene, view, f, motion),
          ),
        );
      case 'exercise':
        return showExercise(scene, view, options);
      case 'sanctions':
        return showSanctions(scene, view, options);
      case 'talks':
        app.sound.play('chime');
        return showTalks(scene, view, home, 'pyongyang', options);
      case 'defence':
        return showDefence(scene, view, home === 'pacific-east-of-boso' ? 'tokyo' : home, options);
      default:
        return Promise.resolve();
    }
  });
  await Promise.all(others);
}
