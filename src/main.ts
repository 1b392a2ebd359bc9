import { startPlainPage } from './app/plain-page';

startPlainPage(document.getElementById('app') as HTMLElement);
