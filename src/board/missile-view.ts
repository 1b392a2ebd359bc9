// Animates trajectories and nuclear tests over a MapView. Each call owns what it creates and
// destroys all of it when done, or when the scene shuts down mid-flight.
import type Phaser from 'phaser';
import type { MapPoint } from './map-data';
import type { MapView } from './map-view';
import { pointAt, type Trajectory } from './trajectories';

/** How an animation should play. */
export interface MotionOptions {
  /** Play 4× faster, with no fading loops (for players who ask for less motion). */
  reducedMotion: boolean;
  /** Scales flight and test durations, e.g. 0.75 when several launches play in a row (default 1). */
  pace?: number;
}

/** How much an animation's length is scaled: reduced motion is 4× shorter, times the pace. */
export function timeScale(options: MotionOptions): number {
  return (options.reducedMotion ? 0.25 : 1) * (options.pace ?? 1);
}

/** Options for a nuclear test: the site defaults to Punggye-ri. */
export interface NuclearTestOptions extends MotionOptions {
  site?: string;
  durationMs?: number;
}

// Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
const MISSILE = 0xd55e00;
const BOMBER = 0x0072b2;
const CRUISE = 0xcc79a7;
const SHOCK = 0xe69f00;
const OUTLINE = 0x16212b;
/** Height in map units drawn for alt = 1: enough to make a lofted shot read as steep. */
const LIFT = 80;

/** A flight's path as drawn on the screen (ground points lifted by altitude), in scene pixels. */
export function flightPath(mapView: MapView, trajectory: Trajectory): MapPoint[] {
  return trajectory.points.map((p) => {
    const g = mapView.toScreen(p.x, p.y);
    return { x: g.x, y: g.y - p.alt * LIFT * mapView.scale };
  });
}

/** Runs tweens and owns game objects; finishing destroys them all, exactly once. */
class Run {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly tweens: Phaser.Tweens.Tween[] = [];
  private done = false;
  private resolve: () => void = () => {};
  readonly finished = new Promise<void>((r) => {
    this.resolve = r;
  });

  constructor(readonly scene: Phaser.Scene) {
    scene.events.once('shutdown', this.finish, this);
  }

  own<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.objects.push(o);
    return o;
  }

  /** A 0→1 counter; resolves when it completes (or at once if the run already ended). */
  count(durationMs: number, delayMs: number, onUpdate: (t: number) => void): Promise<void> {
    if (this.done) return Promise.resolve();
    return new Promise((resolve) => {
      const tween = this.scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: Math.max(1, durationMs),
        delay: delayMs,
        onUpdate: (tw) => onUpdate(tw.getValue() ?? 0),
        onComplete: () => resolve(),
        onStop: () => resolve(),
      });
      this.tweens.push(tween);
    });
  }

  wait(ms: number): Promise<void> {
    return this.count(ms, 0, () => {});
  }

  finish(): void {
    if (this.done) return;
    this.done = true;
    this.scene.events.off('shutdown', this.finish, this);
    // stop() is a no-op on tweens that already completed and were removed.
    for (const t of this.tweens) t.stop();
    for (const o of this.objects) o.destroy();
    this.resolve();
  }
}

function colourOf(trajectory: Trajectory): number {
  if (trajectory.kind === 'bomber') return BOMBER;
  return trajectory.kind === 'cruise' ? CRUISE : MISSILE;
}

/** An expanding, fading ring (a splash or a shock wave); static when motion is reduced. */
async function ring(
  run: Run,
  at: MapPoint,
  radius: number,
  colour: number,
  options: MotionOptions,
) {
  const circle = run.own(run.scene.add.circle(at.x, at.y, radius));
  circle.setStrokeStyle(3, colour).setDepth(21);
  if (options.reducedMotion) return run.wait(500);
  return run.count(800, 0, (t) => {
    circle.setScale(0.25 + t * 1.5).setAlpha(1 - t);
  });
}

/** Fly one trajectory: a warhead marker, a trail that thickens with altitude, a splash ring. */
export async function animateTrajectory(
  scene: Phaser.Scene,
  mapView: MapView,
  trajectory: Trajectory,
  options: MotionOptions,
): Promise<void> {
  const run = new Run(scene);
  const speed = timeScale(options);
  const colour = colourOf(trajectory);
  const s = mapView.scale;
  // Screen position of a sample: its ground point lifted by its altitude.
  const screen = (p: { x: number; y: number; alt: number }) => {
    const g = mapView.toScreen(p.x, p.y);
    return { x: g.x, y: g.y - p.alt * LIFT * s };
  };
  const pts = trajectory.points;
  const ground = run.own(scene.add.graphics()).setDepth(19);
  const trail = run.own(scene.add.graphics()).setDepth(20);
  const head = run.own(scene.add.circle(0, 0, Math.max(8, 11 * s), colour)).setDepth(22);
  head.setStrokeStyle(3, 0xffffff).setVisible(false);
  const highest = Math.max(...pts.map((p) => p.alt));

  const draw = (t: number) => {
    const last = t * (pts.length - 1);
    trail.clear();
    ground.clear();
    for (let i = 1; i <= Math.ceil(last) && i < pts.length; i++) {
      const a = pts[i - 1] as Trajectory['points'][number];
      const b = i > last ? pointAt(trajectory, t) : (pts[i] as Trajectory['points'][number]);
      if (trajectory.dashed && i % 2 === 0) continue;
      // Older parts of the trail fade, unless motion is reduced (then the trail is solid).
      const age = (last - i) / (pts.length - 1);
      const alpha = options.reducedMotion ? 0.9 : Math.max(0.25, 1 - age * 1.6);
      const pa = screen(a);
      const pb = screen(b);
      trail
        .lineStyle(Math.max(3, (4 + b.alt * 6) * s), colour, alpha)
        .lineBetween(pa.x, pa.y, pb.x, pb.y);
      if (highest > 0.15) {
        // The ground track shows where the missile passes over (e.g. Hokkaido) under its arc.
        const ga = mapView.toScreen(a.x, a.y);
        const gb = mapView.toScreen(b.x, b.y);
        ground.lineStyle(Math.max(2, 3 * s), OUTLINE, 0.7).lineBetween(ga.x, ga.y, gb.x, gb.y);
      }
    }
    const p = pointAt(trajectory, t);
    const at = screen(p);
    head
      .setPosition(at.x, at.y)
      .setScale(1 + p.alt * 0.9)
      .setVisible(true);
  };

  await run.count(trajectory.durationMs * speed, (trajectory.delayMs ?? 0) * speed, draw);
  const end = pts[pts.length - 1];
  if (end && trajectory.kind !== 'bomber') {
    head.setVisible(false);
    await ring(run, mapView.toScreen(end.x, end.y), Math.max(10, 16 * s), colour, options);
  }
  if (!options.reducedMotion) {
    await run.count(600, 0, (t) => {
      trail.setAlpha(1 - t);
      ground.setAlpha(1 - t);
      head.setAlpha(1 - t);
    });
  }
  run.finish();
  return run.finished;
}

/** Show a nuclear test: concentric shock rings spreading from the test site. */
export async function showNuclearTest(
  scene: Phaser.Scene,
  mapView: MapView,
  options: NuclearTestOptions,
): Promise<void> {
  const run = new Run(scene);
  const at = mapView.placeToScreen(options.site ?? 'punggye-ri');
  const s = mapView.scale;
  const duration = (options.durationMs ?? 2500) * timeScale(options);
  const core = run.own(scene.add.circle(at.x, at.y, Math.max(6, 9 * s), SHOCK)).setDepth(22);
  core.setStrokeStyle(2, OUTLINE);
  const rings = [0, 1, 2].map((i) => {
    const c = run.own(scene.add.circle(at.x, at.y, (30 + i * 25) * s)).setDepth(21);
    c.setStrokeStyle(Math.max(3, 5 * s), i === 1 ? OUTLINE : SHOCK);
    // With motion, each ring stays hidden until its own delayed start.
    return options.reducedMotion ? c : c.setAlpha(0);
  });
  if (options.reducedMotion) {
    // One still frame of the rings: the information without the motion.
    await run.wait(duration);
  } else {
    await Promise.all(
      rings.map((c, i) =>
        run.count(duration * 0.6, i * duration * 0.15, (t) => {
          // Fade late (1 - t²) so each ring is seen clearly while it spreads.
          c.setScale(0.1 + t * 1.4).setAlpha(1 - t * t);
        }),
      ),
    );
    await run.count(duration * 0.25, 0, (t) => core.setAlpha(1 - t));
  }
  run.finish();
  return run.finished;
}
