// Screenshots of the game as a player sees it, for review: node scripts/screenshots.mjs [url] [outdir] [WxH]
// Serve the build first: npm run build && npm run preview

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The Chromium flags shared with the browser tests. */
const CHROMIUM_FLAGS = JSON.parse(
  readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'),
);

const [url = 'http://127.0.0.1:4173/', out = '/tmp/shots', size = '1366x768'] =
  process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
});
const page = await browser.newPage({ viewport: { width, height } });
const errors = [];
page.on(
  'console',
  (m) =>
    (m.type() === 'error' || m.type() === 'warning') && errors.push(`${m.type()}: ${m.text()}`),
);
page.on('pageerror', (e) => errors.push(String(e)));
const shot = (name) => page.screenshot({ path: `${out}/${name}-${size}.png` });
await page.goto(url);
await page.getByTestId('play').waitFor();
await shot('1-title');
await page.getByTestId('play').click();
await page.getByTestId('choose-aug-2017-overflight').click();
await shot('2-setup');
await page.getByTestId('start').click();
await page.getByTestId('begin').click();
await shot('3-decide');
await page.getByTestId('choose-us.un-sanctions').click();
await page.getByTestId('commit').click();
await page.waitForFunction(() => window.__overflight.phase() === 'report');
await page.waitForTimeout(1500);
await shot('4-flight');
await page.waitForFunction(() => !window.__overflight.animating(), null, { timeout: 30000 });
await shot('5-report');
// A reveal with two launches — the overflight and a nuclear test a rule added — replayed on the
// map through the test hook (display only), shot while the second is playing.
await page.evaluate(() => {
  const record = window.__overflight.game().history[0];
  const rule = record.trace.find((t) => t.cause.kind === 'rule');
  window.__overflight.replayRevealWith([
    record.launches[0],
    { kind: 'nuclear', missiles: 1, cause: rule.cause },
  ]);
});
await page.waitForTimeout(1500);
await shot('5a-first-of-two-launches');
await page.waitForFunction(() => window.__overflight.launchCaptions().length === 2);
await page.waitForTimeout(900);
await shot('5b-second-of-two-launches');
await page.waitForFunction(() => !window.__overflight.animating(), null, { timeout: 30000 });
await page.getByTestId('gauge-allianceConfidence.japan').click();
await shot('6-why');
await page.keyboard.press('Escape');
console.log(errors.length ? errors.join('\n') : 'no console errors or warnings');
await browser.close();
