// How many words a gauge's "why?" panel puts in front of a player, over many seeded all-AI games
// of each scenario: the first depth (what opens), the sources list under it, the second depth
// (behind "Show the evidence"), and, for comparison, the one-depth panel this replaced (every
// claim, paragraph and source title at once). A report, not a test: it prints a Markdown table.
// Run: npx tsx scripts/why-words.ts [games per scenario, default 200]
import { citedSources } from '../src/board/dom/why-evidence';
import { type WhyChain, whyIndicator } from '../src/board/view/why';
import { plainWhy, plainWords } from '../src/board/view/why-plain';
import { playGame } from '../src/model/game';
import { INDICATORS } from '../src/model/ids';
import { loadScenarioById } from '../src/scenario/files';
import { formatError } from '../src/scenario/result';

const SCENARIOS = ['aug-2017-overflight', 'mar-2017-salvo', 'sep-2021-business-as-usual'];
const games = Number(process.argv[2] ?? 200);
if (!Number.isInteger(games) || games < 1) {
  process.stderr.write('usage: npx tsx scripts/why-words.ts [games per scenario]\n');
  process.exit(2);
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// The panel before the two depths, as it rendered: each claim with every paragraph and the full
// title of its source, its reading's name, and the whole text of each disputing claim.
const OLD_READINGS: Record<string, string> = {
  engagement: 'engagement reading',
  deterrence: 'firm-response reading',
  development: 'weapons-development reading',
  shared: 'common ground',
};
function onePanelWords(chain: WhyChain): number {
  const out = [chain.title];
  for (const s of chain.steps) {
    out.push(s.group ?? '');
    if (s.change)
      out.push(`${s.change.label}: ${s.change.before} → ${s.change.after} (${s.change.delta})`);
    if (s.change?.lensWeight) out.push(`×${s.change.lensWeight} under the chosen lens`);
    out.push(s.cause.label, s.cause.detail, ...(s.expected ?? []));
    if (s.assumption) out.push('Designer assumption (no source):', s.assumption);
    for (const c of s.claims) {
      out.push(
        c.text,
        c.marker ?? '',
        'Source:',
        ...c.cites.map((x) => `${x.locator} — ${x.title}`),
      );
      out.push(OLD_READINGS[c.school] ?? '');
      if (c.contestedBy.length) out.push('Contested. Another source reads it differently:');
      for (const o of c.contestedBy) out.push(o.text, o.cites.join(', '));
    }
  }
  return words(out.join(' '));
}

// The second depth: what "Show the evidence" adds (see src/board/dom/why-evidence.ts).
function evidenceWords(chain: WhyChain): number {
  const out: string[] = [];
  for (const s of chain.steps) {
    out.push(s.group ?? '');
    if (s.change) out.push(`${s.change.label}: ${s.change.before} → ${s.change.after}`);
    out.push(s.cause.label, s.cause.detail, ...(s.expected ?? []));
    if (s.assumption) out.push('Designer assumption (no source):', s.assumption);
    for (const c of s.claims) {
      out.push(c.text, c.marker ?? '', ...c.cites.map((x) => x.short));
      out.push(
        c.weights.length
          ? `How the lenses weigh it: ${c.weights.map((w) => `${w.title} ×${w.weight}`).join('; ')}`
          : 'Every lens takes it at its stated strength.',
      );
      for (const o of c.contestedBy) out.push(o.text, ...o.paragraphs.map((p) => p.short));
    }
  }
  return words(out.join(' '));
}

function sourcesWords(chain: WhyChain): number {
  return words(
    citedSources(chain)
      .map((s) => [s.source, s.title, s.byline, s.outlet, s.events].join(' '))
      .join(' '),
  );
}

const quantiles = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  return `${at(0.5)} / ${at(0.9)} / ${sorted.at(-1)}`;
};

const rows: string[] = [];
for (const id of SCENARIOS) {
  const loaded = loadScenarioById(id);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.errors.map(formatError).join('\n')}\n`);
    process.exit(1);
  }
  const scenario = loaded.value;
  const figures = {
    before: [] as number[],
    one: [] as number[],
    sources: [] as number[],
    two: [] as number[],
  };
  for (let seed = 1; seed <= games; seed++) {
    const game = playGame(scenario, { seed });
    for (const record of game.history)
      for (const indicator of INDICATORS) {
        const chain = whyIndicator(scenario, game, record.round, indicator);
        if (chain.steps.length === 0) continue;
        figures.before.push(onePanelWords(chain));
        figures.one.push(plainWords(plainWhy(chain)));
        figures.sources.push(sourcesWords(chain));
        figures.two.push(evidenceWords(chain));
      }
  }
  const over = figures.one.filter((n) => n > 120).length;
  rows.push(
    `| ${id} | ${figures.one.length} | ${quantiles(figures.before)} | ${quantiles(figures.one)} | ${((100 * over) / figures.one.length).toFixed(1)} % | ${quantiles(figures.sources)} | ${quantiles(figures.two)} |`,
  );
}
process.stdout.write(
  [
    `Words in a gauge's "why?" panel, ${games} seeded all-AI games per scenario (median / 90th percentile / most):`,
    '',
    '| scenario | panels | before: one depth | depth one | depth one > 120 | sources list | depth two |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
);
