import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame } from './browser';
import { fillLabels, game } from './classroom-setup';
import { pdfPages, renderPdfPages } from './pdf-text';

const browser = browserForFile();
const url = inject('baseUrl');
const SHOTS = '/tmp/shots-handin';
const CAPITALS = ['northKorea', 'us', 'japan', 'southKorea'];
const LABELS = {
  className: '10B History',
  date: '2026-12-01',
  teams: { northKorea: 'Team Pyongyang: Eun, Farid', us: 'Team Washington: Aiko, Ben' },
};

/** The reasons the two teams type, round by round. */
const REASONS = [
  { northKorea: 'Make Tokyo doubt Washington', us: 'Squeeze them at the UN first' },
  { northKorea: 'Give the talks a chance', us: 'Reassure Tokyo before anything else' },
];
const CHOICES = [
  { northKorea: 'nk.overflight', us: 'us.un-sanctions' },
  { northKorea: 'nk.pause', us: 'us.reassure-allies' },
];

/** One hot-seat round: Pyongyang, then Washington, each behind its hand-over screen. */
async function playRound(page: Page, round: number) {
  for (const capital of ['northKorea', 'us'] as const) {
    await page.getByTestId('handover-ready').click();
    await page.getByTestId(`choose-${CHOICES[round]?.[capital]}`).click();
    await page.getByTestId('rationale').fill(REASONS[round]?.[capital] ?? '');
    await page.getByTestId('commit').click();
  }
  await page.waitForFunction(() => window.__overflight.phase() === 'report');
}

/** Print the page as Chromium would to an A4 (or Letter) PDF, and keep a copy to look at. */
async function printPdf(page: Page, name: string, format: 'A4' | 'Letter' = 'A4') {
  const pdf = await page.pdf({ format, printBackground: true });
  writeFileSync(`${SHOTS}/${name}.pdf`, pdf);
  return new Uint8Array(pdf);
}

/** A page's text on one line, spaces squeezed (a PDF breaks lines where the page does). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a hand-in that stands on paper', () => {
  it('two teams play two rounds → End now → the printed debrief carries the crisis, the teams, every decision with its reason, the chains with their sources and the questions', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await page.getByTestId('play').click();
    await page.getByTestId('choose-aug-2017-overflight').click();
    await page.getByTestId('who-northKorea-human').check();
    await page.getByTestId('who-us-human').check();
    await fillLabels(page, LABELS);
    await page.getByTestId('guided').uncheck();
    await page.getByTestId('start').click();
    await page.getByTestId('begin').click();
    await playRound(page, 0);
    await page.getByTestId('next-round').click();
    await playRound(page, 1);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    const record = await game(page);
    expect(record.history).toHaveLength(2);

    const pdf = await printPdf(page, 'debrief-a4');
    const pages = await pdfPages(pdf);
    const all = flat(pages.map((p) => p.text).join(' '));
    // The crisis, the class, the date and the teams.
    expect(all).toContain('Over Japan, August 2017');
    expect(all).toContain('29 Aug 2017 to 28 Oct 2017 — 2 of 12 rounds of 30 days');
    expect(all).toContain('10B History · 1 Dec 2026');
    for (const team of Object.values(LABELS.teams)) expect(all).toContain(team);
    expect(all).toMatch(/Lens: A balanced reading/);
    expect(all).toMatch(/stopped by the facilitator after round 2 of 12/);
    // Every decision with its team's reason, round by round.
    for (let round = 0; round < 2; round++) {
      expect(all).toContain(`Round ${round + 1} ·`);
      for (const reason of Object.values(REASONS[round] ?? {}))
        expect(all).toContain(`“${reason}”`);
    }
    expect(all).toContain('Test over Japan');
    // Scores, how they are worked out, the chains with source and paragraph, the sources in full.
    expect(all).toMatch(/÷ 10 = [\d.]+; the ending adds nothing → [\d.]+/);
    expect(all).toMatch(/Chain 1: /);
    expect(all).toMatch(
      /\b00[1-4]:\d+(, 00[1-4]:\d+)* \(“The Quite Rational Basis for North Korea's Japan Overfly”\)/,
    );
    expect(all).toMatch(
      /001 — “The Quite Rational Basis for North Korea's Japan Overfly”\. Reports on: late August 2017/,
    );
    // The questions, worded for paper, and the chart drawn as an image that prints.
    expect(all).toContain('Questions to discuss');
    expect(all).toContain("Look it up under 'The evidence behind each decision'");
    expect(all).not.toMatch(/Open (its|the) 'why\?' chain/);
    expect(all).toContain('The indicators over time (0–100)');
    expect(await page.getByTestId('print-chart').locator('svg polyline').count()).toBe(12);
    // Nothing of the screen's controls on paper.
    expect(all).not.toMatch(/Download Markdown|Play again|Why did it end this way\?/);

    // Page 1 is full: its text reaches into the bottom quarter of the page.
    const first = pages[0];
    expect(first).toBeDefined();
    if (first) {
      expect(first.lowestText / first.height).toBeGreaterThan(0.75);
      expect(first.text.length).toBeGreaterThan(1500);
    }
    // A round is never split across two pages.
    for (const round of [1, 2]) {
      const on = pages.filter((p) => flat(p.text).includes(`Round ${round} ·`));
      expect(on).toHaveLength(1);
      const reasons = Object.values(REASONS[round - 1] ?? {});
      for (const reason of reasons) expect(flat(on[0]?.text ?? '')).toContain(reason);
    }
    // Letter paper prints the same content.
    const letter = flat(
      (await pdfPages(await printPdf(page, 'debrief-letter', 'Letter')))
        .map((p) => p.text)
        .join(' '),
    );
    for (const reason of REASONS.flatMap((r) => Object.values(r))) expect(letter).toContain(reason);
    await renderPdfPages(pdf, `${SHOTS}/debrief-a4`);
    expect(errors).toEqual([]);
    await close();
  });

  it('team packs from the scenario chooser and from the facilitator: each capital its own pages, every option with its cost and forecast', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, close } = await openGame(browser(), url, { reducedMotion: true });
    await page.getByTestId('play').click();
    await page.getByTestId('packs-mar-2017-salvo').click();
    const pack = page.getByTestId('team-pack');
    await pack.waitFor();
    await page.screenshot({ path: `${SHOTS}/packs-screen-1366x768.png` });
    const pdf = await printPdf(page, 'packs-a4');
    const pages = await pdfPages(pdf);
    const texts = pages.map((p) => flat(p.text));
    const names = ['Pyongyang', 'Washington', 'Tokyo', 'Seoul'];
    // Each capital's section starts a page of its own: the crisis line at its top, then the
    // capital, then its situation; and no page holds two capitals' role briefs.
    const starts = texts.filter((t) =>
      t.startsWith('Four Missiles at Once, March 2017 — round 1,'),
    );
    expect(starts.map((t) => names.find((n) => t.includes(`${n} The situation`)))).toEqual(names);
    for (const t of texts) expect(t.split('Your role').length).toBeLessThanOrEqual(2);
    const all = texts.join(' ');
    const options = await page.evaluate(() =>
      [...document.querySelectorAll('.pack-capital')].map((s) => ({
        capital: s.getAttribute('data-testid'),
        options: [...s.querySelectorAll('.pack-option h4')].map((h) => h.textContent ?? ''),
      })),
    );
    // Every option card of the scenario, under its own capital, in the printed text.
    const scenario = JSON.parse(readFileSync('scenarios/mar-2017-salvo.scenario.json', 'utf8'));
    expect(options.map((o) => o.capital)).toEqual(names.map((_, i) => `pack-${CAPITALS[i]}`));
    for (const section of options) {
      const own = scenario.options.filter(
        (o: { capital: string }) => `pack-${o.capital}` === section.capital,
      );
      expect(section.options).toEqual(
        own.map((o: { label: string }, i: number) => `${i + 1}. ${o.label}`),
      );
      for (const label of section.options) expect(all).toContain(label);
    }
    expect(all).toContain('Four Missiles at Once, March 2017');
    expect(all).toMatch(/Cost: /);
    expect(all).toMatch(/Expected effects this round: [▲▼◆] /);
    expect(all).toContain('Your objectives and how they are scored');
    expect(all).not.toContain('Print team packs');
    await renderPdfPages(pdf, `${SHOTS}/packs-a4`, 2);
    await page.keyboard.press('Escape');
    expect(await pack.count()).toBe(0);

    // From the facilitator's panel mid-game: the round being decided, the team names typed.
    await page.getByTestId('choose-aug-2017-overflight').click();
    await page.getByTestId('who-us-human').check();
    await fillLabels(page, { teams: { us: 'Team Washington: Aiko, Ben' } });
    await page.getByTestId('guided').uncheck();
    await page.getByTestId('start').click();
    await page.getByTestId('begin').click();
    await page.getByTestId('choose-us.un-sanctions').click();
    await page.getByTestId('commit').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'report');
    await page.keyboard.press('Shift+F');
    await page.getByTestId('print-team-packs').click();
    await pack.waitFor();
    const facilitatorPack = flat(
      (await pdfPages(await printPdf(page, 'packs-round-2'))).map((p) => p.text).join(' '),
    );
    expect(facilitatorPack).toContain('round 2');
    expect(facilitatorPack).toContain('Washington — Team Washington: Aiko, Ben');
    expect(facilitatorPack).toContain('Tokyo (played by the AI)');
    expect(errors).toEqual([]);
    await close();
  });
});
