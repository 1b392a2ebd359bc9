import type { App } from './app';
import { parseRecord } from './save/record-link';
import type { ScreenData, ScreenName } from './screens';

/**
 * Where a networked device opens, from its address: a student's join link (?join=CODE, from
 * the QR code), a projector's (?watch=CODE), the teacher's console (?console); else null.
 */
export function classroomStart(search: string): { screen: ScreenName; data: ScreenData } | null {
  const params = new URLSearchParams(search);
  const join = params.get('join');
  const watch = params.get('watch');
  if (watch) return { screen: 'JoinScene', data: { code: watch.toUpperCase(), watch: true } };
  if (join !== null) return { screen: 'JoinScene', data: { code: join.toUpperCase() } };
  if (params.has('console')) return { screen: 'ClassroomScene', data: {} };
  return null;
}

/**
 * Where the game opens: a record in the link (#record=…) is replayed; otherwise the game that
 * was in progress when the page closed is resumed. A save that cannot be opened becomes a
 * notice on the title screen, with the last good save offered.
 */
export function startupScene(app: App, hash: string): ScreenName {
  if (hash.startsWith('#record=')) {
    const parsed = parseRecord(hash);
    history.replaceState(null, '', location.pathname + location.search);
    const opened = parsed.ok ? app.open(parsed.record) : parsed.message;
    if (typeof opened === 'string') {
      app.notice = { message: opened, fallback: null };
      return 'TitleScene';
    }
    return app.screenOf(opened);
  }
  const current = app.saves.current();
  if (!current) return 'TitleScene';
  const opened = app.saves.open(current);
  if (opened.ok) {
    const session = app.open(opened.save.record, opened.save.id, opened.save.branchOf?.id);
    if (typeof session !== 'string') return app.screenOf(session);
    app.notice = { message: session, fallback: null };
    return 'TitleScene';
  }
  app.notice = { message: opened.message, fallback: opened.previous };
  return 'TitleScene';
}
