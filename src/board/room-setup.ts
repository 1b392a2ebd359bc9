// The teacher creates a networked room: the game's own setup form (who plays each capital, turn
// order, lens, seed, the class's labels) with the room's settings added: the round timer and
// its rule, and who commits for a team. Then the room's code goes up on the projector.
import { h } from '../dom/h';
import { t } from '../i18n/messages';
import { TIME_UP_RULES, type TimeUpRule } from '../protocol/intents';
import type { App } from './app';
import { setupScreen } from './dom/menus';
import { guideDone } from './menu-screens';
import type { MenuController } from './screens';
import { joinProblemText } from './view/classroom-room';

/** What happens when a round's time is up, as the room's setup offers it. */
function timeUpLabel(rule: TimeUpRule): string {
  switch (rule) {
    case 'ai-decides':
      return t('menus.room.timeUp.aiDecides');
    case 'selection-stands':
      return t('menus.room.timeUp.selectionStands');
    case 'round-waits':
      return t('menus.room.timeUp.roundWaits');
  }
}

/** The room's own settings, beside the game's setup. */
function roomSettings(app: App, scenarioId: string): HTMLElement {
  const scenarios = h(
    'select',
    {
      name: 'room-scenario',
      'aria-label': t('menus.room.scenario'),
      'data-testid': 'room-scenario',
    },
    app.scenarios.map((s) => h('option', { value: s.id, selected: s.id === scenarioId }, s.title)),
  );
  scenarios.addEventListener('change', () =>
    app.go('RoomSetupScene', { scenarioId: scenarios.value }),
  );
  return h(
    'fieldset',
    { class: 'room-settings' },
    h('legend', {}, t('menus.room.legend')),
    h('label', {}, `${t('menus.room.scenario')} `, scenarios),
    h(
      'label',
      {},
      `${t('menus.room.minutes')} `,
      h('input', {
        type: 'number',
        name: 'room-minutes',
        min: 0,
        max: 30,
        value: 5,
        'data-testid': 'room-minutes',
      }),
    ),
    h(
      'label',
      {},
      `${t('menus.room.timeUp')} `,
      h(
        'select',
        { name: 'room-time-up', 'data-testid': 'room-time-up' },
        TIME_UP_RULES.map((rule) =>
          h('option', { value: rule, selected: rule === 'selection-stands' }, timeUpLabel(rule)),
        ),
      ),
    ),
    h(
      'label',
      {},
      `${t('menus.controls.commitRule')} `,
      h(
        'select',
        { name: 'room-commit-rule', 'data-testid': 'room-commit-rule' },
        h('option', { value: 'any' }, t('menus.room.anyMember')),
        h('option', { value: 'captain' }, t('menus.room.captain')),
      ),
    ),
  );
}

/** Create a room from the setup form; on success the console shows its code. */
export const roomSetup: MenuController = (app, data) => {
  const scenario = app.scenarios.find((s) => s.id === data.scenarioId) ?? app.scenarios[0];
  if (!scenario) return () => {};
  let closed = false;
  const settings = roomSettings(app, scenario.id);
  const field = (name: string) =>
    (settings.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement).value;
  const screen = setupScreen(
    scenario,
    guideDone(),
    async (setup) => {
      const connector = await app.classroom?.();
      if (!connector || closed) return;
      const { labels, ...game } = setup;
      const made = await connector.create({
        as: 'facilitator',
        scenarioId: scenario.id,
        setup: { ...game, guided: false },
        commitRule: field('room-commit-rule') === 'captain' ? 'captain' : 'any',
        ...(labels ? { labels } : {}),
      });
      if (closed) return;
      if (!made.ok) {
        app.overlay.announce(joinProblemText(made.problem));
        screen.prepend(h('p', { class: 'refusal', role: 'alert' }, joinProblemText(made.problem)));
        return;
      }
      const minutes = Math.min(30, Math.max(0, Number(field('room-minutes')) || 0));
      if (minutes > 0)
        await made.client.send({
          type: 'facilitator.timer',
          seconds: Math.round(minutes * 60),
          atTimeUp: field('room-time-up') as TimeUpRule,
        });
      // The remote client keeps the key itself: the console keeps the code, to come back to.
      app.classRooms.add(made.client, scenario, made.key ?? '');
      app.classRooms.focus = made.client.code;
      app.go('ClassroomScene', { code: made.client.code });
    },
    () => app.go('ClassroomScene'),
    undefined,
    settings,
  );
  screen.classList.add('room-setup');
  const heading = screen.querySelector('h1');
  if (heading) heading.textContent = t('menus.room.heading', { title: scenario.title });
  const start = screen.querySelector('[data-testid="start"]');
  if (start) start.textContent = t('menus.room.create');
  app.overlay.show(screen);
  return () => {
    closed = true;
  };
};
