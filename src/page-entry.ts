// The page's first script. It starts on the reader's language straight away, so that the
// language's catalog and texts download beside the game's own code rather than after it, then
// runs the game's page (src/main.ts), which waits for the same language before drawing.
import { startPageLocale } from './i18n/page-locale';

startPageLocale();
await import('./main');
