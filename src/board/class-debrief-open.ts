// Opening the class debrief: from the title screen's "Compare games…" or from the networked
// console, which hands over its rooms' records. The screen's code loads only when it is opened.
import { t } from '../i18n/messages';
import type { GameRecord } from '../model/record';
import { ensureScenarioTexts } from '../scenario/bundled';
import type { App } from './app';
import { comparePicker } from './dom/compare-picker';
import { compareRooms, type RoomInput } from './view/class-compare';
import { classRefusalText } from './view/class-words';

/** What a teacher is told when the screen's code cannot be fetched (a dropped connection). */
const notLoaded = () => t('debrief.open.notLoaded');

/**
 * Show the class debrief of 2–8 rooms' games of one scenario over the current screen. `names`
 * (optional, in the records' order) names the rooms ("Group A"); `back` is what its Back button
 * does (default: the title screen). Resolves with null once it is shown, or with why it cannot
 * be, in plain words naming the room at fault (then nothing changes on screen).
 */
export async function openClassDebrief(
  app: App,
  records: readonly GameRecord[],
  names: readonly (string | undefined)[] = [],
  back: () => void = () => app.go('TitleScene'),
): Promise<string | null> {
  const inputs: RoomInput[] = records.map((record, i) => {
    const name = names[i]?.trim();
    return name ? { record, name } : { record };
  });
  // The rooms' scenarios in full: their options and rules are named in the comparison.
  await ensureScenarioTexts([...new Set(records.map((r) => r.scenarioId))]).catch(() => {});
  const compared = compareRooms(app.scenarios, inputs);
  if (!compared.ok) return classRefusalText(compared.refusal);
  const { comparison } = compared;
  const scenario = app.scenarios.find((s) => s.id === comparison.scenarioId);
  if (!scenario) return notLoaded();
  try {
    const { classDebriefScreen } = await import('./dom/class-debrief');
    app.overlay.show(classDebriefScreen(scenario, comparison, { back }));
    return null;
  } catch {
    return notLoaded();
  }
}

/** "Compare games…": pick saved games and record files, then open the class debrief. */
export function openComparePicker(app: App): void {
  app.overlay.openDialog(
    comparePicker(app.saves.list(), {
      savedRecord: (id) => {
        const opened = app.saves.open(id);
        return opened.ok ? opened.save.record : opened.message;
      },
      compare: (games) =>
        openClassDebrief(
          app,
          games.map((g) => g.record),
          games.map((g) => g.name),
        ),
      close: () => app.overlay.closeWhy(),
    }),
  );
}
