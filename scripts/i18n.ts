// Translation chores. `npx tsx scripts/i18n.ts english <name>` prints a content file's English
// texts by key (name: a scenario id, or `shared` for claims, lenses and sources), for a
// translator; `stamp <locale>` records, for every text that locale has translated, which English
// it was translated from (the lock files `npm run validate` compares against).

import { isLocale } from '../src/i18n/locales';
import { stampLocale } from '../src/i18n/translation-check';
import { englishTexts } from '../src/scenario/text-files';

const [command, arg] = process.argv.slice(2);
if (command === 'english' && arg) {
  const texts = englishTexts(arg);
  if (!texts) {
    console.error(`no content file named ${arg}`);
    process.exit(1);
  }
  console.log(JSON.stringify(texts, null, 2));
} else if (command === 'stamp' && isLocale(arg) && arg !== 'en') {
  for (const line of stampLocale(arg)) console.log(line);
} else {
  console.error('usage: tsx scripts/i18n.ts english <scenario-id|shared> | stamp <ja|ko>');
  process.exit(2);
}
