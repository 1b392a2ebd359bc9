// The parts of Phaser the board uses, built from Phaser's own sources (vite.config.ts points
// `phaser` here in the production build). The prebuilt bundle carries physics, tilemaps,
// particles, text, the loader's file types, sound and more that the board never touches: about
// 350 KiB compressed against about 150 KiB for this, on the path to a student's first board.
//
// Add a part here before using it: a scene's `add.<thing>()` needs that game object's factory
// (`make.<thing>()` its creator), and `Phaser.<Name>` needs the namespace below.
// test/board/phaser-parts.test.ts checks the board's code against this list; the browser tests
// run every scene on it. The dev server (`npm start`) and the typecheck use the whole package.
// The renderers first: their modules require each other in a cycle that Phaser's own bundle
// enters here (entering through the Game instead leaves a batch handler undefined).
import 'phaser-src/renderer/index.js';
// Every scene's core plugins (Phaser refuses to boot without them; see its DefaultPlugins).
import 'phaser-src/cameras/2d/CameraManager.js';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import DataManagerPlugin from 'phaser-src/data/DataManagerPlugin.js';
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/gameobjects/DisplayList.js';
import GameObject from 'phaser-src/gameobjects/GameObject.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import 'phaser-src/gameobjects/graphics/GraphicsCreator.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import Arc from 'phaser-src/gameobjects/shape/arc/Arc.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/UpdateList.js';
import Scale from 'phaser-src/scale/index.js';
import 'phaser-src/scene/ScenePlugin.js';
import Scene from 'phaser-src/scene/Scene.js';
import Time from 'phaser-src/time/index.js';
import Tweens from 'phaser-src/tweens/index.js';

export default {
  AUTO: CONST.AUTO,
  CANVAS: CONST.CANVAS,
  WEBGL: CONST.WEBGL,
  VERSION: CONST.VERSION,
  Data: { DataManagerPlugin },
  Game,
  GameObjects: { GameObject, Graphics, Arc, Rectangle, Text },
  Scale,
  Scene,
  Time,
  Tweens,
};
