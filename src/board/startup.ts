import type { App } from './app';
import { replayRecord } from './save/game-files';
import { parseRecord } from './save/record-link';
import type { ScreenName } from './screens';

/**
 * Where the game opens: a record in the link (#record=…) is replayed; otherwise the game that
 * was in progress when the page closed is resumed. A save that cannot be opened becomes a
 * notice on the title screen, with the last good save offered.
 */
export function startupScene(app: App, hash: string): ScreenName {
  if (hash.startsWith('#record=')) {
    const parsed = parseRecord(hash);
    const replayed = parsed.ok ? replayRecord(app.scenarios, parsed.record) : parsed;
    history.replaceState(null, '', location.pathname + location.search);
    if (!replayed.ok || !parsed.ok) {
      app.notice = {
        message: replayed.ok ? 'That link could not be opened.' : replayed.message,
        fallback: null,
      };
      return 'TitleScene';
    }
    app.continueFrom(replayed.scenario, parsed.record, replayed.game);
    return replayed.game.outcome ? 'DebriefScene' : 'BoardScene';
  }
  const current = app.saves.current();
  if (!current) return 'TitleScene';
  const opened = app.saves.open(current);
  if (opened.ok) {
    app.resume(opened.save);
    return 'BoardScene';
  }
  app.notice = { message: opened.message, fallback: opened.previous };
  return 'TitleScene';
}
