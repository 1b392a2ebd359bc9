// Turns the CNS test table in ../shared/history into scenarios/record/nk-launches.json: one
// launch event per row with the kind the model counts, plus the nuclear tests, which the
// missile database leaves out (public record). Run: node scripts/import-record.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csv = join(root, '..', 'shared', 'history', 'nk_tests_events.csv');

/** Split one CSV line, honouring double quotes. */
function cells(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** The model's kind for a CNS row: over Japan's main islands first, then ICBM, short, other. */
function kindOf(type, overflight) {
  if (overflight.startsWith('yes (Japanese home islands)')) return 'overflight';
  if (type.includes('ICBM')) return 'icbm';
  if (type === 'SRBM') return 'shortRange';
  return 'mediumRange';
}

const [header, ...rows] = readFileSync(csv, 'utf8').trim().split('\n');
const names = cells(header);
const events = rows.map((line) => {
  const row = Object.fromEntries(cells(line).map((v, i) => [names[i], v]));
  return {
    date: row.date,
    kind: kindOf(row.type, row.overflight_japan),
    missiles: Number(row.n_launches),
    missile: row.missile,
    type: row.type,
  };
});
const nuclear = [
  ['2006-10-09', 'first nuclear test'],
  ['2009-05-25', 'second nuclear test'],
  ['2013-02-12', 'third nuclear test'],
  ['2016-01-06', 'fourth nuclear test'],
  ['2016-09-09', 'fifth nuclear test'],
  ['2017-09-03', 'sixth nuclear test'],
].map(([date, missile]) => ({ date, kind: 'nuclear', missiles: 1, missile, type: 'nuclear' }));
const all = [...events, ...nuclear].sort((a, b) => a.date.localeCompare(b.date));
const out = {
  source:
    'CNS North Korea Missile Test Database (via NTI), one row per test event (Korean date), from ../shared/history/nk_tests_events.csv; nuclear tests from the public record (the missile database leaves them out).',
  kinds:
    'overflight: over the Japanese main islands; icbm: any ICBM in the event; shortRange: SRBM; mediumRange: everything else (MRBM, IRBM, SLBM, HGV, satellite launchers, unknown); nuclear: a nuclear test.',
  events: all,
};
writeFileSync(
  join(root, 'scenarios', 'record', 'nk-launches.json'),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log(`wrote ${all.length} events`);
