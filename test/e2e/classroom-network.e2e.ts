// The networked classroom end to end: the classroom server (a child process), the teacher's
// console, a projector and four team pages (Washington on two), each in its own browser context.
// A whole game to the debrief; a page reloaded mid-round comes back to its seat; the server
// killed mid-round and started again loses nothing; the team screens laid out at a phone's,
// a tablet's and a laptop's size.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserForFile, SHOTS } from './browser';
import { classroomServerForFile, consoleSummary, device } from './classroom-server';

const browser = browserForFile();
const server = classroomServerForFile();
const summary = consoleSummary;

/** Every element the locator finds lies inside the viewport (to half a pixel). */
async function inView(page: Page, locator: Locator, what: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const boxes = await locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    }),
  );
  expect(boxes.length, `${what}: none`).toBeGreaterThan(0);
  for (const b of boxes) {
    const inside = b.x >= -0.5 && b.y >= -0.5 && b.right <= width + 0.5 && b.bottom <= height + 0.5;
    expect(inside, `${what} at ${JSON.stringify(b)} in ${width}×${height}`).toBe(true);
  }
}

/**
 * A team's screen: the timer, the connection, the proposals and Commit in view; every card
 * within the width and, scrolled to, in view; nothing scrolls sideways.
 */
async function teamLayout(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize() ?? { width: 0 };
  for (const [id, what] of [
    ['timer', 'the timer'],
    ['connection', 'the status'],
    ['proposals', 'the proposals'],
    ['commit', 'Commit'],
  ] as const)
    await inView(page, page.getByTestId(id), `${name}: ${what}`);
  const wide = await page.evaluate(() => {
    const dock = document.querySelector('.dock-area') as HTMLElement;
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      dock: dock.scrollWidth - dock.clientWidth,
      cards: [...document.querySelectorAll('.cards > .card')].map((c) => {
        const r = c.getBoundingClientRect();
        return r.x >= 0 && r.right <= window.innerWidth + 0.5;
      }),
    };
  });
  expect(wide.page, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  expect(wide.dock, `${name}: the dock scrolls sideways`).toBeLessThanOrEqual(1);
  expect(wide.cards.length).toBeGreaterThan(3);
  expect(wide.cards.every(Boolean), `${name}: a card is wider than ${width}`).toBe(true);
  const last = page.locator('.cards > .card').last();
  await last.scrollIntoViewIfNeeded();
  await inView(page, last, `${name}: the last card, scrolled to`);
  await page.locator('.dock-area').evaluate((el) => el.scrollTo(0, 0));
}

/** Choose a team's first open option (as a proposal); returns its id. */
async function proposeFirst(page: Page): Promise<string> {
  const choose = page.locator('.cards .card-choose:not([disabled])').first();
  const id = ((await choose.getAttribute('data-testid')) ?? '').replace(/^choose-/, '');
  await choose.click();
  await page.getByTestId(`proposed-${id}`).waitFor();
  return id;
}

async function commit(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('commit').isEnabled(), { timeout: 15_000 }).toBe(true);
  await page.getByTestId('commit').click();
  // Committed (Revise offered), or the last team in: the round is revealed at once.
  await page.getByTestId('revise').or(page.locator('.dock.reveal')).first().waitFor();
}

describe('the networked classroom', () => {
  it('plays a game to the debrief on six devices; a reload and a server crash lose nothing', async () => {
    const started = Date.now();
    const mark = (what: string) =>
      console.log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The teacher runs a class: Washington, Tokyo and Seoul are teams, Pyongyang the AI.
    const pages: [string, Page][] = [];
    onTestFailed(async () => {
      for (const [name, page] of pages)
        await page.screenshot({ path: `${SHOTS}/classroom-failed-${name}.png` }).catch(() => {});
    });
    const teacher = await device(browser(), server.url, 1366, 768);
    const T = teacher.page;
    pages.push(['teacher', T]);
    await T.getByTestId('run-class').click();
    await T.getByTestId('add-room').click();
    for (const c of ['us', 'japan', 'southKorea']) await T.getByTestId(`who-${c}-human`).check();
    await T.getByTestId('room-minutes').fill('8');
    await T.getByTestId('start').click();
    const code = (await T.locator('.room-code-inline').first().innerText()).trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}$/);
    await T.getByTestId(`show-code-${code}`).click();
    expect(await T.getByTestId('room-code').innerText()).toBe(code);
    await T.getByTestId('room-qr').waitFor();
    await T.keyboard.press('Escape');

    // The projector and four team pages: one from the QR code's link, one typed by hand.
    mark('the room created');
    const watching = device(browser(), `${server.url}?watch=${code}`, 1366, 768);
    // Tokyo's student reads the game in Japanese, Seoul's in Korean (a teacher's link can say so).
    const join = async (
      name: string,
      capital: string,
      width: number,
      height: number,
      lang = '',
    ) => {
      const d = await device(
        browser(),
        `${server.url}?${lang ? `lang=${lang}&` : ''}join=${code}`,
        width,
        height,
      );
      pages.push([name.slice(-3), d.page]);
      await d.page.getByTestId('join-name').fill(name);
      await d.page.getByTestId('join').click();
      await d.page.getByTestId(`pick-${capital}`).click();
      await d.page.getByTestId('board').waitFor();
      return d;
    };
    const [projector, ana, cy, dee, ben] = await Promise.all([
      watching,
      join('Ana', 'us', 375, 667),
      join('Cy', 'japan', 768, 1024, 'ja'),
      join('<img src=x onerror=alert(1)>Dee', 'southKorea', 1366, 768, 'ko'),
      device(browser(), server.url, 1366, 768),
    ]);
    pages.push(['projector', projector.page], ['ben', ben.page]);
    await projector.page.getByTestId('board').waitFor();
    // The projector's top bar shows the room's code whole, for late joiners to read.
    const badge = projector.page.getByTestId('you');
    expect(await badge.innerText()).toBe(`Room ${code}`);
    expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await ben.page.getByTestId('join-class').click();
    await ben.page
      .getByTestId('join-code')
      .fill(` ${code.slice(0, 2).toLowerCase()}-${code.slice(2)}`);
    await ben.page.getByTestId('join-name').fill('Ben');
    await ben.page.getByTestId('join').click();
    await ben.page.getByTestId('pick-us').click();
    await ben.page.getByTestId('board').waitFor();
    await expect.poll(() => summary(T, code)).toMatch(/4 students/);
    // Each device in its own language, the same room: Japanese and Korean boards and statuses.
    expect(await cy.page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await dee.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await cy.page.getByTestId('board').innerText()).toMatch(/東京.*[ぁ-ん]/s);
    expect(await dee.page.getByTestId('board').innerText()).toMatch(/서울.*[가-힣]/s);
    expect(await dee.page.getByTestId('connection').innerText()).toMatch(/[가-힣]/);
    mark('six devices in the room');

    await T.getByTestId(`advance-${code}`).click();
    const teams = [ana, ben, cy, dee].map((d) => d.page);
    let round = 0;
    for (;;) {
      round++;
      await Promise.all(teams.map((p) => p.getByTestId('commit').waitFor()));
      // Ana proposes; Ben, on the same team, sees it with her name.
      const option = await proposeFirst(ana.page);
      await expect
        .poll(() => ben.page.getByTestId(`proposed-${option}`).innerText())
        .toMatch(/Ana/);
      if (round === 1) {
        // The projector shows who has committed, never a choice not yet revealed.
        const label = (
          await ana.page.locator(`[data-testid="card-${option}"] h3`).innerText()
        ).trim();
        await expect
          .poll(() => projector.page.getByTestId('status-us').innerText())
          .toMatch(/deciding/);
        expect(await projector.page.locator('.dock-area').innerText()).not.toContain(label);
        await expect.poll(() => T.getByTestId(`team-${code}-us`).innerText()).toContain(label);
        expect(await T.getByTestId(`team-${code}-southKorea`).innerText()).toContain('<img src=x');
        for (const [d, name] of [
          [ana, 'phone 375×667'],
          [cy, 'tablet 768×1024'],
          [ben, 'laptop 1366×768'],
        ] as const)
          await teamLayout(d.page, name);
        await T.screenshot({ path: `${SHOTS}/classroom-console.png` });
        await ana.page.screenshot({ path: `${SHOTS}/classroom-team-phone.png` });
        await cy.page.screenshot({ path: `${SHOTS}/classroom-team-tablet.png` });
        // Ben reloads mid-round and is back on Washington, Ana's proposal still there.
        await ben.page.reload();
        await ben.page.getByTestId(`proposed-${option}`).waitFor();
        expect(await ben.page.getByTestId('you').innerText()).toMatch(/Ben · Washington/);
        await ben.page.screenshot({ path: `${SHOTS}/classroom-team-laptop.png` });
        mark('round 1: layouts checked, Ben reloaded');
      }
      await proposeFirst(cy.page);
      await commit(cy.page);
      if (round === 2) {
        // The server crashes with Tokyo committed and Ana's proposal made; it comes back.
        await server.kill();
        await expect
          .poll(() => ana.page.getByTestId('connection').innerText(), { timeout: 15_000 })
          .toMatch(/Reconnecting…|Offline/);
        await server.start();
        for (const p of [...teams, projector.page, T])
          await expect
            .poll(() => p.getByTestId('connection').first().getAttribute('data-status'), {
              timeout: 30_000,
            })
            .toBe('connected');
        await cy.page.getByTestId('revise').waitFor();
        await ben.page.getByTestId(`proposed-${option}`).waitFor();
        mark('round 2: server killed and back');
      }
      await Promise.all([commit(ben.page), proposeFirst(dee.page)]);
      await commit(dee.page);
      await expect
        .poll(() => summary(T, code), { timeout: 20_000 })
        .toMatch(/round revealed|game over/);
      if (round === 1) {
        await projector.page.waitForFunction(() => !window.__overflight.animating(), null, {
          timeout: 30_000,
        });
        await projector.page.screenshot({ path: `${SHOTS}/classroom-projector.png` });
      }
      mark(`round ${round} revealed`);
      if (/game over/.test(await summary(T, code))) break;
      if (round === 2) {
        // The teacher ends the game after this reveal, with the facilitator's own panel.
        await T.getByTestId(`facilitate-${code}`).click();
        await T.getByTestId('end-game').click();
        await expect.poll(() => summary(T, code), { timeout: 20_000 }).toMatch(/game over/);
        break;
      }
      await T.getByTestId(`advance-${code}`).click();
    }
    mark(`the game over after ${round} rounds`);

    // Every device reaches the debrief; the console hands the records on.
    for (const p of [...teams, projector.page])
      await p.waitForFunction(() => window.__overflight.scene() === 'DebriefScene', null, {
        timeout: 60_000,
      });
    const debrief = T.getByTestId('class-debrief');
    await expect.poll(() => debrief.innerText()).toMatch(/1 of 1 finished/);
    // One room's game: the class debrief (two rooms or more) says so; the records are a file.
    const [download] = await Promise.all([T.waitForEvent('download'), debrief.click()]);
    const records = JSON.parse(
      await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()),
    );
    expect(records).toHaveLength(1);
    await T.getByTestId('console-notice').waitFor();
    expect(records[0].rounds).toHaveLength(round);
    // A team hands in its own debrief from its own device, with its reasons and the room's rounds.
    const [handIn] = await Promise.all([
      cy.page.waitForEvent('download'),
      cy.page.getByTestId('export-md').click(),
    ]);
    const markdown = await (await handIn.createReadStream())
      .toArray()
      .then((b) => Buffer.concat(b).toString());
    // Written in the reader's language: Tokyo's student hands in Japanese.
    expect(markdown).toContain('東京');
    expect(markdown).toMatch(/第1ラウンド|ラウンド1/);
    for (const d of [teacher, projector, ana, ben, cy, dee]) expect(d.errors).toEqual([]);
    mark('done');
  }, 240_000);
});
