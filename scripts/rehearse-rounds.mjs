// A rehearsal of a class: four human teams in sealed hotseat play rounds on the built game, and
// the game's own share of each round is timed — the hand-overs, the clicks to choose and commit,
// and the reveal the map plays before "Next round" — for the teaching guide's timings.
// Serve the build first (npm run build && npm run preview), then:
//   node scripts/rehearse-rounds.mjs [url] [rounds] [WxH]

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const flags = JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'));
const [url = 'http://127.0.0.1:4173/', roundsArg = '4', size = '1920x1080'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const rounds = Number(roundsArg);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: flags,
});
const page = await browser.newPage({ viewport: { width, height } });
await page.goto(url);
await page.getByTestId('play').click();
await page.getByTestId('choose-aug-2017-overflight').click();
for (const c of ['northKorea', 'us', 'japan', 'southKorea'])
  await page.getByTestId(`who-${c}-human`).check();
await page.getByTestId('order-sealed').check();
await page.getByTestId('guided').uncheck();
await page.getByTestId('start').click();
await page.getByTestId('begin').click();

const seconds = (ms) => Math.round(ms / 100) / 10;
const results = [];
for (let round = 1; round <= rounds; round++) {
  const start = Date.now();
  // Each team: the hand-over, Enter, its first open option, a reason, Commit.
  for (let team = 0; team < 4; team++) {
    await page.getByTestId('handover-ready').click();
    // Pyongyang flies a missile over Japan when it can: the longest reveal the map plays.
    const overflight = page.locator('.card:not(.closed) [data-testid="choose-nk.overflight"]');
    if (await overflight.count()) await overflight.click();
    else await page.locator('.card:not(.closed) [data-testid^="choose-"]').first().click();
    await page.getByTestId('rationale').fill(`Round ${round}: our reason`);
    await page.getByTestId('commit').click();
  }
  const committed = Date.now();
  await page.waitForFunction(() => window.__overflight.phase() === 'report');
  await page.waitForFunction(() => !window.__overflight.animating(), null, { timeout: 120_000 });
  const revealed = Date.now();
  const game = await page.evaluate(() => window.__overflight.game());
  const record = game.history.at(-1);
  results.push({
    round,
    machineTurnsSeconds: seconds(committed - start),
    revealSeconds: seconds(revealed - committed),
    launches: record?.launches.length ?? 0,
    events: record?.events.length ?? 0,
  });
  if (game.outcome) break;
  await page.getByTestId('next-round').click();
}
const reveal = results.map((r) => r.revealSeconds);
console.log(
  JSON.stringify(
    {
      size,
      rounds: results,
      revealSeconds: {
        mean: seconds((reveal.reduce((a, b) => a + b, 0) / reveal.length) * 1000),
        max: Math.max(...reveal),
      },
    },
    null,
    2,
  ),
);
await browser.close();
