// The benchmark's floor: the least a Phaser 4 WebGL page can do. It draws a few shapes, keeps a
// few tweens running (the frame-time floor), and sets `window.__bare.firstFrame` once Phaser has
// rendered its first frame (the load benchmark's "playable" signal for this page).
import Phaser from 'phaser';

interface BareHook {
  firstFrame: boolean;
  renderer: string | null;
}
declare global {
  interface Window {
    __bare: BareHook;
  }
}

const hook: BareHook = { firstFrame: false, renderer: null };
window.__bare = hook;

class BareScene extends Phaser.Scene {
  constructor() {
    super('BareScene');
  }

  create(): void {
    const { width, height } = this.scale;
    const colours = [0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9];
    const outline = this.add.graphics();
    outline.lineStyle(2, 0x16212b).strokeRect(24, 24, width - 48, height - 48);
    colours.forEach((colour, i) => {
      const x = ((i + 1) * width) / (colours.length + 1);
      const y = height / 2;
      const shape =
        i % 3 === 0
          ? this.add.rectangle(x, y, 60, 60, colour)
          : i % 3 === 1
            ? this.add.circle(x, y, 32, colour)
            : this.add.triangle(x, y, 0, 60, 30, 0, 60, 60, colour);
      this.tweens.add({
        targets: shape,
        y: y + (i % 2 === 0 ? -1 : 1) * height * 0.3,
        angle: 180,
        duration: 1200 + i * 150,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      hook.renderer = this.game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
      hook.firstFrame = true;
    });
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: '#f7f7f4',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  audio: { noAudio: true },
  banner: false,
  scene: [BareScene],
});
