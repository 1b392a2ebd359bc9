import { h } from '../../dom/h';

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
                'Run a class (teams on their own devices)',
              ),
              ' ',
              h(
                'button',
                { type: 'button', onclick: go.join, 'data-testid': 'join-class' },
                'Join a class',
              ),
            )
          : h(
              'p',
              { class: 'small', 'data-testid': 'class-needs-server' },
              'A class with each team on its own phone or laptop needs the classroom server: ',
              h('code', {}, 'npm run classroom'),
              '.',
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
    h('h1', { id: 'no-class-heading' }, 'A class on devices needs the classroom server'),
    h(
      'p',
      {},
      'On the teacher’s computer, in the game’s folder, run ',
      h('code', {}, 'npm run classroom'),
      ' and open the address it prints. Students then join from their phones, tablets or laptops on the same network.',
    ),
    h('p', {}, 'Without it, the whole class can still play on this one screen (solo or hotseat).'),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: back, 'data-autofocus': true },
      'Back',
    ),
  );
}
