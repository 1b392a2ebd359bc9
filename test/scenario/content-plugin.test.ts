import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  bundledProblems,
  bundledScenarios,
  ensureScenarioTexts,
  installContentText,
} from '../../src/scenario/bundled';
import {
  CONTENT_MODULE,
  checkContent,
  contentModuleSource,
  contentPlugin,
  isSummaryKey,
  localeModuleSource,
  scenarioTextSource,
} from '../../src/scenario/content-plugin';
import { SCENARIO_DIR } from '../../src/scenario/files';
import { mapScenarioProse, mapSharedProse } from '../../src/scenario/prose';
import { scenario } from '../helpers';

/** A copy of the scenarios folder with one scenario's file changed by `edit`. */
function brokenCopy(id: string, edit: (data: Record<string, unknown>) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'overflight-content-')), 'scenarios');
  cpSync(SCENARIO_DIR, dir, { recursive: true });
  const file = join(dir, `${id}.scenario.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return dir;
}

describe('scenario content checked at build time', () => {
  it('ships every scenario exactly as the command-line loader reads it: rules, then English texts', async () => {
    const english = await import('virtual:overflight-locale/en');
    installContentText(english.content);
    // A scenario list needs only each scenario's summary; the rest comes when one is opened.
    expect(bundledScenarios()[0]?.briefing).toBe(scenario('mar-2017-salvo').briefing);
    expect(bundledScenarios()[0]?.options[0]?.label).toBe('');
    await ensureScenarioTexts(bundledScenarios().map((s) => s.id));
    const shipped = bundledScenarios();
    expect(shipped.map((s) => s.id)).toEqual([
      'mar-2017-salvo',
      'aug-2017-overflight',
      'sep-2021-business-as-usual',
    ]);
    for (const s of shipped) expect(s).toEqual(scenario(s.id));
    expect(bundledProblems()).toEqual([]);
  });

  it('names the file and the path of a broken scenario and still ships the others', () => {
    const dir = brokenCopy('mar-2017-salvo', (data) => {
      const options = data.options as { label: unknown }[];
      if (options[2]) options[2].label = 42;
      data.rounds = 0;
    });
    const content = checkContent(dir);
    expect(content.scenarios.map((s) => s.id)).toEqual([
      'aug-2017-overflight',
      'sep-2021-business-as-usual',
    ]);
    expect(content.problems.some((p) => /mar-2017-salvo\.scenario\.json: rounds: /.test(p))).toBe(
      true,
    );
    expect(
      content.problems.some((p) => p.includes('mar-2017-salvo.scenario.json: options[2].label: ')),
    ).toBe(true);
  });

  it('the module it makes gives back the same rules, with every text left to the language module', async () => {
    const content = checkContent();
    const source = contentModuleSource(content);
    const module = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    const english = await import(
      `data:text/javascript,${encodeURIComponent(localeModuleSource('en'))}`
    );
    const japanese = await import(
      `data:text/javascript,${encodeURIComponent(localeModuleSource('ja'))}`
    );
    // No English sentence is left in the rules module.
    expect(source).not.toContain(content.scenarios[0]?.briefing.slice(0, 40));
    for (const [i, s] of content.scenarios.entries()) {
      const own = await import(
        `data:text/javascript,${encodeURIComponent(scenarioTextSource('en', s.id))}`
      );
      expect(mapScenarioProse(module.scenarios[i], (key) => own.texts[key])).toEqual(s);
      // The language's own module carries only each scenario's summary.
      expect(Object.keys(english.content[s.id]).sort()).toEqual(
        Object.keys(own.texts).filter(isSummaryKey).sort(),
      );
      // Japanese has every text the English has, and each differs from it.
      const ja = await import(
        `data:text/javascript,${encodeURIComponent(scenarioTextSource('ja', s.id))}`
      );
      expect(Object.keys(ja.texts)).toEqual(Object.keys(own.texts));
      expect(japanese.content[s.id].briefing).toBe(ja.texts.briefing);
      expect(ja.texts.briefing).not.toBe(s.briefing);
    }
    expect(mapSharedProse(module.shared, (key) => english.content.shared[key])).toEqual(
      content.shared,
    );
    expect(module.problems).toEqual([]);
  });

  it('refuses to build the game with a broken scenario, quoting the problem', async () => {
    const dir = brokenCopy('aug-2017-overflight', (data) => {
      data.startDate = 'August 2017';
    });
    const root = mkdtempSync(join(tmpdir(), 'overflight-build-'));
    writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(
      join(root, 'main.js'),
      `import { scenarios } from '${CONTENT_MODULE}'; console.log(scenarios.length);`,
    );
    await expect(
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [contentPlugin(dir)],
        build: { write: false },
      }),
    ).rejects.toThrow(/aug-2017-overflight\.scenario\.json: startDate: /);
  });
});
