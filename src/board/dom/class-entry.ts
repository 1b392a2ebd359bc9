import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { tParts } from './t-parts';

/** The command that starts the classroom server (typed as it is, in any language). */
const command = () => h('code', { translate: 'no' }, 'npm run classroom');

/** Where the title's classroom buttons lead. */
export interface ClassEntryActions {
  run(): void;
  join(): void;
}

/**
 * The title screen's way into a class on devices: "Run a class" and "Join a class" when this
 * page is served by the classroom server; otherwise one quiet line on how to get one.
 */
export function classEntry(available: Promise<boolean>, go: ClassEntryActions): HTMLElement {
  const entry = h('div', { class: 'class-entry', 'data-testid': 'class-entry' });
  available.then(
    (yes) => {
      entry.replaceChildren(
        yes
          ? h(
              'p',
              {},
              h(
                'button',
                { type: 'button', onclick: go.run, 'data-testid': 'run-class' },
                t('menus.class.run'),
              ),
              ' ',
              h(
                'button',
                { type: 'button', onclick: go.join, 'data-testid': 'join-class' },
                t('menus.class.join'),
              ),
            )
          : h(
              'p',
              { class: 'small', 'data-testid': 'class-needs-server' },
              tParts('menus.class.needsServer', { command: command() }),
            ),
      );
    },
    () => {},
  );
  return entry;
}

/** Said when the console is opened on a page the classroom server does not serve. */
export function classroomUnavailable(back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'no-class-heading', 'data-testid': 'no-classroom' },
    h('h1', { id: 'no-class-heading' }, t('menus.class.unavailableHeading')),
    h('p', {}, tParts('menus.class.unavailableHow', { command: command() })),
    h('p', {}, t('menus.class.unavailableSolo')),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: back, 'data-autofocus': true },
      t('common.back'),
    ),
  );
}
