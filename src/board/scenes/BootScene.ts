import Phaser from 'phaser';
import mapJson from '../../../assets/map/northeast-asia.json';
import type { App } from '../app';
import { parseMapData } from '../map-data';
import { PhaserStage } from './phaser-stage';

/**
 * Boot: makes the little art the board draws with (a pixel, drawn, not downloaded), reads the
 * baked map, and hands the screens the stage. The map (13 KB compressed) ships inside the game's
 * code rather than as a file fetched after Phaser has started: on a slow network that second
 * round trip cost more than the bytes.
 */
export class BootScene extends Phaser.Scene {
  constructor(private readonly app: App) {
    super('BootScene');
  }

  create(): void {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff).fillRect(0, 0, 4, 4);
    g.generateTexture('pixel', 4, 4);
    g.destroy();
    this.app.map = parseMapData(mapJson);
    // The menus have been on the page all along; from now on the map is drawn behind them.
    this.app.screens?.attach(new PhaserStage(this.game, this.scene.key));
  }
}
