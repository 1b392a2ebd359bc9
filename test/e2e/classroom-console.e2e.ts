// The teacher's console in a browser, against the classroom server: one console runs two rooms;
// the teacher makes a captain and sets the captain-only rule (the other member's Commit is held
// back, with the reason), moves a student to another team (their page follows), removes one
// (their page says so; their token no longer works) and locks the room (a new student is told
// why). Both games are ended after a round, and the class debrief compares the two rooms.
import { Client } from 'colyseus.js';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { browserForFile, SHOTS } from './browser';
import { classroomServerForFile, consoleSummary, device } from './classroom-server';

const browser = browserForFile();
const server = classroomServerForFile(4492);
const summary = consoleSummary;

/** Create a room from the console with these capitals played by teams; returns its code. */
async function createRoom(T: Page, humans: string[], known: string[]): Promise<string> {
  await T.getByTestId('add-room').click();
  for (const c of humans) await T.getByTestId(`who-${c}-human`).check();
  await T.getByTestId('start').click();
  const rooms = T.locator('[data-testid^="console-room-"]');
  await expect.poll(() => rooms.count()).toBe(known.length + 1);
  const ids = await rooms.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
  const code = ids
    .map((id) => id?.replace('console-room-', '') ?? '')
    .find((c) => !known.includes(c));
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}$/);
  return code as string;
}

/** Bring a room into focus on the console (its controls), unless it is already. */
async function focus(T: Page, code: string): Promise<void> {
  const button = T.getByTestId(`focus-${code}`);
  if (await button.count()) await button.click();
  await T.getByTestId(`controls-${code}`).waitFor();
}

/** A student's page: join a room by its link under a name, then pick a team. */
async function student(code: string, name: string, capital: string) {
  const d = await device(browser(), `${server.url}?join=${code}`, 800, 700);
  await d.page.getByTestId('join-name').fill(name);
  await d.page.getByTestId('join').click();
  await d.page.getByTestId(`pick-${capital}`).click();
  await d.page.getByTestId('board').waitFor();
  return d;
}

/** The console's row of a student in the room in focus. */
const row = (T: Page, code: string, name: string) =>
  T.getByTestId(`members-${code}`).locator('tr', { hasText: name });

/** Choose a team's first open option and commit it. */
async function proposeAndCommit(page: Page): Promise<void> {
  await page.locator('.cards .card-choose:not([disabled])').first().click();
  await expect.poll(() => page.getByTestId('commit').isEnabled(), { timeout: 15_000 }).toBe(true);
  await page.getByTestId('commit').click();
  await page.getByTestId('revise').or(page.locator('.dock.reveal')).first().waitFor();
}

/** End a room's game after its reveal, from the facilitator's panel. */
async function endAfterReveal(T: Page, code: string): Promise<void> {
  await expect.poll(() => summary(T, code), { timeout: 20_000 }).toMatch(/round revealed/);
  await focus(T, code);
  await T.getByTestId(`facilitate-${code}`).click();
  await T.getByTestId('end-game').click();
  await expect.poll(() => summary(T, code), { timeout: 20_000 }).toMatch(/game over/);
}

describe('the class console', () => {
  it('runs two rooms: captain, move, remove, lock, end, and the class debrief', async () => {
    const started = Date.now();
    const mark = (what: string) =>
      console.log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const devices: [string, Awaited<ReturnType<typeof device>>][] = [];
    onTestFailed(async () => {
      for (const [name, d] of devices)
        await d.page.screenshot({ path: `${SHOTS}/console-failed-${name}.png` }).catch(() => {});
    });
    const teacher = await device(browser(), server.url, 1366, 900);
    devices.push(['teacher', teacher]);
    const T = teacher.page;
    await T.getByTestId('run-class').click();
    const one = await createRoom(T, ['us', 'southKorea'], []);
    const two = await createRoom(T, ['us'], [one]);
    mark('two rooms created');

    const [ana, ben, cy] = await Promise.all([
      student(one, 'Ana', 'us'),
      student(one, 'Ben', 'us'),
      student(two, 'Cy', 'us'),
    ]);
    devices.push(['ana', ana], ['ben', ben], ['cy', cy]);
    await expect.poll(() => summary(T, one)).toMatch(/2 students/);
    await expect.poll(() => summary(T, two)).toMatch(/1 student/);
    mark('three students in');

    // Room 1: the first on Washington is its captain; the teacher makes the other (B) captain
    // instead and only the captain commits: the first's (A's) Commit is held back, with the reason.
    await focus(T, one);
    await expect.poll(() => T.getByTestId(`members-${one}`).innerText()).toContain('Captain');
    const anaFirst = (await row(T, one, 'Ana').innerText()).includes('Captain');
    const [A, B] = anaFirst
      ? [
          { name: 'Ana', page: ana.page },
          { name: 'Ben', page: ben.page },
        ]
      : [
          { name: 'Ben', page: ben.page },
          { name: 'Ana', page: ana.page },
        ];
    await row(T, one, B.name)
      .getByTestId(/^captain-/)
      .click();
    await expect.poll(() => row(T, one, B.name).innerText()).toContain('Captain');
    await T.getByTestId(`commit-rule-${one}`).selectOption('captain');
    await expect.poll(() => B.page.getByTestId('you').innerText()).toContain(`${B.name} (captain)`);
    await T.getByTestId(`advance-${one}`).click();
    await A.page.getByTestId('commit').waitFor();
    await expect
      .poll(() => A.page.locator('#commit-gate').innerText())
      .toContain(`Only your captain, ${B.name}, commits`);
    expect(await A.page.getByTestId('commit').isDisabled()).toBe(true);
    await proposeAndCommit(B.page);

    // A is moved to Seoul: the page follows; its only member, A commits as its captain.
    await row(T, one, A.name)
      .getByTestId(/^move-/)
      .selectOption('southKorea');
    await expect
      .poll(() => A.page.getByTestId('you').innerText())
      .toMatch(new RegExp(`${A.name}.*Seoul`));
    if (!(await row(T, one, A.name).innerText()).includes('Captain'))
      await row(T, one, A.name)
        .getByTestId(/^captain-/)
        .click();
    await proposeAndCommit(A.page);
    mark('room 1: captain, rule and move');

    // A is removed: the page says so, and A's token no longer gets A in.
    const kept = await A.page.evaluate(
      (c) => localStorage.getItem(`overflight.classroom.${c}`),
      one,
    );
    const token = (JSON.parse(kept ?? '{}') as { token?: string }).token;
    expect(token).toBeTruthy();
    await row(T, one, A.name)
      .getByTestId(/^remove-/)
      .click();
    await expect
      .poll(() => A.page.getByTestId('connection').first().innerText())
      .toMatch(/The teacher removed you/);
    await expect.poll(() => row(T, one, A.name).count()).toBe(0);
    const refused = await new Client(server.url)
      .joinById(one, { as: 'student', name: A.name, token })
      .then(
        () => 0,
        (error: { code?: number }) => error.code,
      );
    expect(refused).toBe(4403);

    // The room is locked: a new student is told why.
    await T.getByTestId(`lock-${one}`).check();
    const dee = await device(browser(), `${server.url}?join=${one}`, 800, 700);
    devices.push(['dee', dee]);
    await dee.page.getByTestId('join-name').fill('Dee');
    await dee.page.getByTestId('join').click();
    await expect
      .poll(() => dee.page.locator('.join-form .refusal').innerText())
      .toMatch(/locked this room/);
    mark('room 1: removed and locked');

    // Both games end after a round; the class debrief compares the two rooms.
    await endAfterReveal(T, one);
    await focus(T, two);
    await T.getByTestId(`advance-${two}`).click();
    await proposeAndCommit(cy.page);
    await endAfterReveal(T, two);
    const debrief = T.getByTestId('class-debrief');
    await expect.poll(() => debrief.innerText()).toMatch(/2 of 2 finished/);
    await debrief.click();
    await T.getByTestId('class-rooms').waitFor();
    expect(await T.locator('[data-testid^="class-room-"]').count()).toBe(2);
    await T.screenshot({ path: `${SHOTS}/console-class-debrief.png` });
    for (const [name, d] of devices) expect(d.errors, name).toEqual([]);
    mark('done');
  }, 120_000);
});
