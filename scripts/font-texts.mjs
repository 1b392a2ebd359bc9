// The texts a language's web font must draw (read by scripts/build-fonts.mjs and its test): those
// the screens before the first board show, and all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The UI catalogs whose texts the screens before the first board show. */
const FIRST_CATALOGS = ['common.json', 'menus.json', 'play.json'];
/** The content texts those screens show: the summaries, the capitals and gauges, the lenses. */
const FIRST_SCENARIO_KEY =
  /^(title|subtitle|briefing|learningObjectives|capitals|indicators|lenses)\b/;

/** A locale's texts: those the first screens show, and all of them. */
export function fontTexts(root, locale) {
  let first = '';
  let all = '';
  for (const f of readdirSync(join(root, 'src/i18n', locale)).filter((n) => n.endsWith('.json'))) {
    const text = readFileSync(join(root, 'src/i18n', locale, f), 'utf8');
    all += text;
    if (FIRST_CATALOGS.includes(f)) first += text;
  }
  for (const f of readdirSync(join(root, 'scenarios/text', locale)).filter((n) =>
    n.endsWith('.json'),
  )) {
    const texts = JSON.parse(readFileSync(join(root, 'scenarios/text', locale, f), 'utf8'));
    for (const [key, value] of Object.entries(texts)) {
      all += value;
      if (FIRST_SCENARIO_KEY.test(key)) first += value;
    }
  }
  return { first, all };
}
