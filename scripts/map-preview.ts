// Dev-only visual check of the board map and every trajectory kind; not part of the game build.
// Served by Vite at /scripts/map-preview.html. Query: ?mode=paths (all paths, static),
// ?mode=animate (default: each kind in turn), ?reduced=1 (reduced motion).
import Phaser from 'phaser';
import mapJson from '../assets/map/northeast-asia.json';
import { parseMapData } from '../src/board/map-data';
import { MapView } from '../src/board/map-view';
import { animateTrajectory, showNuclearTest } from '../src/board/missile-view';
import { TRAJECTORY_KINDS, type Trajectory, trajectoriesFor } from '../src/board/trajectories';

const query = new URLSearchParams(location.search);
const mode = query.get('mode') ?? 'animate';
const reducedMotion = query.get('reduced') === '1';

/** Read-only state for the screenshot script to wait on. */
interface PreviewHook {
  ready: boolean;
  current: string;
  played: string[];
  /** Scene object count before any animation, then after each: equal if views clean up. */
  baseline: number;
  childCounts: number[];
  /** Objects left after MapView.destroy() on a throwaway view (should be 0). */
  leftAfterDestroy: number;
}
const hook: PreviewHook = {
  ready: false,
  current: '',
  played: [],
  baseline: 0,
  childCounts: [],
  leftAfterDestroy: -1,
};
(window as unknown as { __mapPreview: PreviewHook }).__mapPreview = hook;

const PATH_COLOURS: Record<string, number> = {
  bomber: 0x0072b2,
  cruise: 0xcc79a7,
  'guam-threat': 0x8a2be2,
};

/** Draw a trajectory's whole ground track and lifted arc at once, for checking geography. */
function drawStatic(scene: Phaser.Scene, view: MapView, t: Trajectory): void {
  const g = scene.add.graphics().setDepth(20);
  const colour = PATH_COLOURS[t.kind] ?? (t.crossesJapan ? 0xd55e00 : 0x7a1f00);
  const pts = t.points.map((p) => ({ ground: view.toScreen(p.x, p.y), alt: p.alt }));
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (!a || !b || (t.dashed && i % 2 === 0)) continue;
    g.lineStyle(1.5, 0x16212b, 0.5).lineBetween(a.ground.x, a.ground.y, b.ground.x, b.ground.y);
    const lift = 115 * view.scale;
    g.lineStyle(2 + b.alt * 4, colour, 0.9);
    g.lineBetween(a.ground.x, a.ground.y - a.alt * lift, b.ground.x, b.ground.y - b.alt * lift);
  }
  const last = pts[pts.length - 1];
  if (last) g.lineStyle(3, colour).strokeCircle(last.ground.x, last.ground.y, 9);
}

class MapPreviewScene extends Phaser.Scene {
  constructor() {
    super('MapPreviewScene');
  }

  create(): void {
    const map = parseMapData(mapJson);
    const before = this.children.length;
    new MapView(this, map, { x: 0, y: 0, width: 400, height: 250 }).destroy();
    hook.leftAfterDestroy = this.children.length - before;
    const view = new MapView(this, map, { x: 16, y: 16, width: 1888, height: 1048 });
    const caption = this.add
      .text(24, 1072, '', { fontFamily: 'DejaVu Sans, Arial', fontSize: '22px', color: '#ffffff' })
      .setOrigin(0, 1)
      .setDepth(30);
    if (mode === 'paths') {
      for (const kind of TRAJECTORY_KINDS) {
        for (const t of trajectoriesFor(kind, map)) drawStatic(this, view, t);
      }
      hook.ready = true;
      return;
    }
    hook.baseline = this.children.length;
    hook.ready = true;
    void this.playAll(view, map, caption);
  }

  /** Play every kind in turn, forever, so a person can watch each animation. */
  private async playAll(
    view: MapView,
    map: ReturnType<typeof parseMapData>,
    caption: Phaser.GameObjects.Text,
  ) {
    for (;;) {
      for (const kind of TRAJECTORY_KINDS) {
        hook.current = kind;
        const flights = trajectoriesFor(kind, map);
        const japan = flights.some((f) => f.crossesJapan) ? ' — crosses Japan' : '';
        caption.setText(`${kind}${japan}${reducedMotion ? ' (reduced motion)' : ''}`);
        if (kind === 'nuclear') await showNuclearTest(this, view, { reducedMotion });
        else
          await Promise.all(
            flights.map((f) => animateTrajectory(this, view, f, { reducedMotion })),
          );
        hook.played.push(kind);
        hook.childCounts.push(this.children.length);
      }
    }
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  width: 1920,
  height: 1080,
  backgroundColor: '#0e151b',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  scene: [MapPreviewScene],
});
