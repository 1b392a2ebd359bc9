import { type Child, h, replaceChildren } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { GameRecord } from '../../model/record';
import { parseRecord, readRecordFile } from '../save/record-link';
import type { SaveSummary } from '../save/save-store';
import { MAX_ROOMS, MIN_ROOMS } from '../view/class-compare';
import { savedGameName } from './saved-games';
import { tParts } from './t-parts';
import { trapFocus } from './why-panel';

/** A game chosen to compare: its record and the name its room goes by (a save's or a file's). */
export interface ChosenGame {
  record: GameRecord;
  name: string;
}

/** What the picker asks of the title screen. */
export interface ComparePickerIntents {
  /** A saved game's record, or why it cannot be read (in plain words). */
  savedRecord(id: string): GameRecord | string;
  /** Open the class debrief; resolves with null once shown, else why not (shown in the picker). */
  compare(games: ChosenGame[]): Promise<string | null>;
  close(): void;
}

/** A name as a teacher typed it or a file is called: never translated. */
const typed = (name: string) => h('span', { translate: 'no' }, name);

/** What is wrong with one chosen game, named as the picker names it. */
export function problemWith(name: string, problem: string): Child[] {
  return tParts('debrief.picker.problem', { name: typed(name) }, { problem });
}

/**
 * "Compare games…": choose 2–8 games of one scenario — saved games on this browser and record
 * files (a class's rooms downloaded from the server, or games from other computers) — and open
 * the class debrief. A file that is not a record, or a choice that cannot be compared, is named
 * in the picker's message and nothing else happens.
 */
export function comparePicker(saves: SaveSummary[], intents: ComparePickerIntents): HTMLElement {
  let files: ChosenGame[] = [];
  const problem = h('p', { class: 'refusal', role: 'alert', 'data-testid': 'compare-problem' });
  problem.hidden = true;
  const say = (text: Child[] | string | null) => {
    replaceChildren(problem, text ?? '');
    problem.hidden = text === null;
  };
  const boxes = saves.map((save) => ({
    save,
    box: h('input', { type: 'checkbox', value: save.id, 'data-testid': `compare-save-${save.id}` }),
  }));
  const fileList = h('ul', { class: 'compare-files', 'data-testid': 'compare-file-list' });
  const input = h('input', {
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
    'data-testid': 'compare-files',
  });
  input.addEventListener('change', async () => {
    say(null);
    const chosen = [...(input.files ?? [])];
    const read = await Promise.all(
      chosen.map(async (file) => ({ file, parsed: parseRecord(await readRecordFile(file)) })),
    );
    const bad = read.find((r) => !r.parsed.ok);
    if (bad && !bad.parsed.ok) say(problemWith(bad.file.name, bad.parsed.message));
    files = read.flatMap((r) =>
      r.parsed.ok ? [{ record: r.parsed.record, name: r.file.name.replace(/\.json$/i, '') }] : [],
    );
    fileList.replaceChildren(...files.map((f) => h('li', { translate: 'no' }, f.name)));
  });
  const open = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'compare-open' },
    t('debrief.picker.compare'),
  ) as HTMLButtonElement;
  open.addEventListener('click', async () => {
    const games: ChosenGame[] = [];
    for (const { save, box } of boxes) {
      if (!box.checked) continue;
      const record = intents.savedRecord(save.id);
      if (typeof record === 'string') return say(problemWith(savedGameName(save), record));
      games.push({ record, name: savedGameName(save) });
    }
    games.push(...files);
    if (games.length < MIN_ROOMS || games.length > MAX_ROOMS)
      return say(
        t('debrief.picker.howMany', { min: MIN_ROOMS, max: MAX_ROOMS, count: games.length }),
      );
    open.disabled = true;
    say(await intents.compare(games));
    open.disabled = false;
  });
  const dialog = h(
    'div',
    {
      class: 'why-dialog compare-picker',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'compare-picker-title',
      tabindex: '-1',
      'data-testid': 'compare-picker',
    },
    h('h2', { id: 'compare-picker-title' }, t('debrief.picker.title')),
    h('p', { class: 'hint' }, t('debrief.picker.hint', { min: MIN_ROOMS, max: MAX_ROOMS })),
    saves.length > 0
      ? h(
          'fieldset',
          {},
          h('legend', {}, t('debrief.picker.saved')),
          h(
            'ul',
            { class: 'compare-saves' },
            boxes.map(({ save, box }) =>
              h(
                'li',
                {},
                h(
                  'label',
                  {},
                  box,
                  ' ',
                  save.finished
                    ? tParts('debrief.picker.saveFinished', { name: typed(savedGameName(save)) })
                    : tParts(
                        'debrief.picker.saveRound',
                        { name: typed(savedGameName(save)) },
                        { round: save.round },
                      ),
                ),
              ),
            ),
          ),
        )
      : null,
    h('label', {}, t('debrief.picker.files'), input),
    fileList,
    problem,
    h(
      'p',
      {},
      open,
      ' ',
      h('button', { type: 'button', onclick: intents.close }, t('debrief.picker.cancel')),
    ),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') intents.close();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  return dialog;
}
