// Take screenshots of the plain page: node scripts/shot-plain.mjs <url> <outdir>
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:4173/', out = '/tmp'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--enable-unsafe-swiftshader',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.screenshot({ path: `${out}/plain-setup.png` });
await page.click('button[type=submit]');
await page.click('button[data-action=start]');
await page.selectOption('select[data-select=us]', 'us.un-sanctions');
await page.click('button[data-commit=us]');
await page.screenshot({ path: `${out}/plain-report.png`, fullPage: true });
await page.click('details summary');
await page.screenshot({ path: `${out}/plain-why.png`, fullPage: true });
console.log('console errors:', errors.length ? errors : 'none');
await browser.close();
