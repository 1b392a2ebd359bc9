// Draw the installed app's icons from public/icons/overflight.svg, with the same Chromium the
// browser tests use (nothing downloaded). Usage: node scripts/make-icons.mjs
// Writes public/icons/overflight-192.png and overflight-512.png (the sizes browsers ask a web app
// manifest for); commit them with the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS = join(import.meta.dirname, '..', 'public', 'icons');
const FLAGS = JSON.parse(readFileSync(join(import.meta.dirname, 'chromium-flags.json'), 'utf8'));
const svg = readFileSync(join(ICONS, 'overflight.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: FLAGS,
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const path = join(ICONS, `overflight-${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    process.stdout.write(`wrote ${path}\n`);
  }
} finally {
  await browser.close();
}
