import type Phaser from 'phaser';

/** The inline properties fitGameCanvas sets on the game's box (its CSS puts it over the page). */
const BOX_PROPERTIES = ['inset', 'left', 'top', 'width', 'height'] as const;

/**
 * Put the game's canvas over just `rect` (page pixels, rounded out to whole pixels), or back
 * over the whole page with null. The board draws only in its stage, and every frame the browser
 * copies and composites the whole canvas: in software rendering that cost grows with its area.
 */
export function fitGameCanvas(scene: Phaser.Scene, rect: DOMRectReadOnly | null): void {
  const box = scene.game.canvas.parentElement;
  if (!box) return;
  if (rect) {
    const left = Math.floor(rect.left);
    const top = Math.floor(rect.top);
    Object.assign(box.style, {
      inset: 'auto',
      left: `${left}px`,
      top: `${top}px`,
      width: `${Math.ceil(rect.right) - left}px`,
      height: `${Math.ceil(rect.bottom) - top}px`,
    });
  } else {
    for (const property of BOX_PROPERTIES) box.style.removeProperty(property);
  }
  // Phaser looks at its parent's size only twice a second: resize the canvas now.
  if (scene.scale.getParentBounds()) scene.scale.refresh();
}
