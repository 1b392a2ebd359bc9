import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Screenshots of the classroom's screens, for people to look at. */
export const SHOTS = '/tmp/shots-hand';
mkdirSync(SHOTS, { recursive: true });

/** From the title to the board of the August 2017 scenario with the given human teams. */
export async function setUp(
  page: Page,
  humans: string[],
  options: { guided?: boolean; order?: 'sealed' | 'sequential'; labels?: Labels } = {},
) {
  await page.getByTestId('play').click();
  await page.getByTestId('choose-aug-2017-overflight').click();
  for (const c of ['northKorea', 'us', 'japan', 'southKorea']) {
    await page.getByTestId(`who-${c}-${humans.includes(c) ? 'human' : 'ai'}`).check();
  }
  if (options.order) await page.getByTestId(`order-${options.order}`).check();
  if (options.labels) await fillLabels(page, options.labels);
  const guided = page.getByTestId('guided');
  if (options.guided) await guided.check();
  else await guided.uncheck();
  await page.getByTestId('start').click();
  await page.getByTestId('begin').click();
}

/** What a teacher files a game under, as typed at setup. */
export interface Labels {
  className?: string;
  date?: string;
  teams?: Record<string, string>;
}

/** Type the class, the date and the team names into the setup form. */
export async function fillLabels(page: Page, labels: Labels) {
  if (labels.className !== undefined) await page.getByTestId('class-name').fill(labels.className);
  if (labels.date !== undefined) await page.getByTestId('class-date').fill(labels.date);
  for (const [capital, name] of Object.entries(labels.teams ?? {}))
    await page.getByTestId(`team-${capital}`).fill(name);
}

/** Washington (the only human team) chooses and commits. */
export async function usPlays(page: Page, option: string) {
  await page.getByTestId(`choose-${option}`).click();
  await page.getByTestId('commit').click();
  await page.waitForFunction(() => window.__overflight.phase() === 'report');
}

/** The game's record, read through the test hook. */
export const game = (page: Page) => page.evaluate(() => window.__overflight.game());

/** Screenshots of what is on screen at a laptop's 1366×768 and a projector's 1920×1080. */
export async function shoot(page: Page, name: string) {
  const before = page.viewportSize() ?? { width: 1366, height: 768 };
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    // The board re-lays itself out for the new size.
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize(before);
}

/** The facilitator (Alt+Shift+F, which works in a text box too) sets a round timer of so many minutes, with a rule for when it runs out. */
export async function startTimer(page: Page, minutes: number, rule: string) {
  await page.keyboard.press('Alt+Shift+F');
  await page.getByTestId('timer-minutes').fill(String(minutes));
  await page.getByTestId('timer-rule').selectOption(rule);
  await page.getByTestId('start-timer').click();
  await page.getByTestId('facilitator').waitFor({ state: 'detached' });
}
