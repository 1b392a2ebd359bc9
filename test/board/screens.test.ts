import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/board/app';
import {
  BACKDROP,
  type MenuController,
  type MenuScreen,
  type ScreenData,
  Screens,
  type Stage,
} from '../../src/board/screens';
import {
  bundledScenarioIds,
  bundledScenarios,
  ensureScenarioTexts,
  installContentText,
} from '../../src/scenario/bundled';

// Every scenario's texts are in, as on a page that has opened them all (the last test starts
// without them).
beforeEach(async () => {
  const english = await import('virtual:overflight-locale/en');
  installContentText(english.content);
  await ensureScenarioTexts(bundledScenarioIds());
});

/** Menus that log when they open and close, and a stage whose scene shut-downs we control. */
function setup() {
  const log: string[] = [];
  const menu =
    (name: MenuScreen): MenuController =>
    (_app, data) => {
      log.push(`open ${name}${data.scenarioId ? ` ${data.scenarioId}` : ''}`);
      return () => log.push(`close ${name}`);
    };
  const menus = {
    TitleScene: menu('TitleScene'),
    ScenarioSelectScene: menu('ScenarioSelectScene'),
    SetupScene: menu('SetupScene'),
    EvidenceScene: menu('EvidenceScene'),
    ClassroomScene: menu('ClassroomScene'),
    RoomSetupScene: menu('RoomSetupScene'),
    JoinScene: menu('JoinScene'),
  };
  const screens = new Screens({} as App, menus, () => log.push('waiting for the map'));
  const pendingShutdowns: (() => void)[] = [];
  let running: string | null = null;
  const stage: Stage & { deferShutdowns: boolean } = {
    deferShutdowns: false,
    run(key: string, data?: ScreenData, then?: () => void) {
      log.push(`stage ${key}${data?.scenarioId ? ` ${data.scenarioId}` : ''}`);
      running = key;
      if (then && stage.deferShutdowns) pendingShutdowns.push(then);
      else then?.();
    },
    running: () => running,
  };
  return { log, screens, stage, pendingShutdowns };
}

describe('moving between screens', () => {
  it('the menus work before Phaser has arrived; a board asked for waits for it', () => {
    const { log, screens, stage } = setup();
    screens.go('TitleScene');
    expect(screens.shown()).toBe('TitleScene');
    screens.go('SetupScene', { scenarioId: 'aug-2017-overflight' });
    screens.go('BoardScene');
    expect(screens.shown()).toBeNull();
    expect(log).toEqual([
      'open TitleScene',
      'close TitleScene',
      'open SetupScene aug-2017-overflight',
      'close SetupScene',
      'waiting for the map',
    ]);
    screens.attach(stage);
    expect(log.at(-1)).toBe('stage BoardScene');
    expect(screens.shown()).toBe('BoardScene');
  });

  it('once Phaser is ready the map goes behind the menu the player is on', () => {
    const { log, screens, stage } = setup();
    screens.go('TitleScene');
    screens.attach(stage);
    expect(log).toEqual(['open TitleScene', `stage ${BACKDROP}`]);
    expect(screens.shown()).toBe('TitleScene');
  });

  it('a menu opens only after the board it replaces has shut down, and not if the player moved on', () => {
    const { log, screens, stage, pendingShutdowns } = setup();
    screens.attach(stage);
    screens.go('DebriefScene');
    stage.deferShutdowns = true;
    screens.go('TitleScene');
    expect(log.at(-1)).toBe(`stage ${BACKDROP}`);
    expect(screens.shown()).toBeNull();
    pendingShutdowns.shift()?.();
    expect(log.at(-1)).toBe('open TitleScene');
    expect(screens.shown()).toBe('TitleScene');

    screens.go('ScenarioSelectScene');
    screens.go('LabScene');
    pendingShutdowns.shift()?.();
    expect(log).not.toContain('open ScenarioSelectScene');
    expect(screens.shown()).toBe('LabScene');
  });

  it('a scenario opens once its whole text has arrived, and only that scenario’s is fetched', async () => {
    const english = await import('virtual:overflight-locale/en');
    installContentText(english.content);
    const { log, screens, stage } = setup();
    screens.attach(stage);
    screens.go('ScenarioSelectScene');
    expect(log.at(-1)).toBe('open ScenarioSelectScene');
    // The list has every scenario's summary, not yet its options.
    const aug = bundledScenarios().find((s) => s.id === 'aug-2017-overflight');
    expect(aug?.briefing).not.toBe('');
    expect(aug?.options[0]?.label).toBe('');
    screens.go('SetupScene', { scenarioId: 'aug-2017-overflight' });
    expect(log.at(-1)).toBe('waiting for the map');
    expect(screens.shown()).toBeNull();
    await expect.poll(() => log.at(-1)).toBe('open SetupScene aug-2017-overflight');
    // Filled in place: the object the list held now reads the whole text.
    expect(aug?.options[0]?.label).not.toBe('');
    const salvo = bundledScenarios().find((s) => s.id === 'mar-2017-salvo');
    expect(salvo?.options[0]?.label).toBe('');
  });
});
