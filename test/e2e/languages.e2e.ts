import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openGame, SHOTS, settled } from './browser';

// The game in Japanese and Korean, played to the debrief as a student would; and the
// pseudo-locale, in which every catalog text is bracketed ⟦…⟧, so any visible text that did
// not come from a catalog stands out.

const browser = browserForFile();
const url = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');

/** Latin words the translations themselves use (THAAD, ICBM, J…): allowed on a ja/ko page. */
function latinWordsOf(locale: string): Set<string> {
  const dirs = [join(root, 'src/i18n', locale), join(root, 'scenarios/text', locale)];
  const words = new Set<string>();
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')))
      for (const value of Object.values(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
        for (const w of String(value).match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) words.add(w);
  // Sources are cited by their own (English) titles, bylines and outlets, as bibliographies do.
  const { sources } = JSON.parse(readFileSync(join(root, 'scenarios/sources.json'), 'utf8'));
  for (const source of sources as Record<string, string>[])
    for (const field of [source.title, source.byline, source.outlet])
      for (const w of field?.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) words.add(w);
  return words;
}

/**
 * Visible text on the page, node by node, outside elements marked `translate="no"` (names people
 * typed, room codes, seeds) and outside the language menu (each language named in itself).
 */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('[translate="no"], script, style, noscript, .language-menu')) continue;
      if (parent.closest('[hidden], [aria-hidden="true"]')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (parent.getClientRects().length === 0) continue;
      out.push(text);
    }
    // Labels that are read, not shown, are text too.
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[translate="no"], .language-menu, [hidden]')) continue;
      if ((el as HTMLElement).getClientRects().length === 0) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** Visible words in Latin letters that the language's own texts never use: English left behind. */
async function englishLeft(page: Page, allowed: Set<string>): Promise<string[]> {
  const left = new Set<string>();
  for (const text of await visibleTexts(page))
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [])
      if (word.length > 2 && !allowed.has(word)) left.add(`${word} (in "${text.slice(0, 60)}")`);
  return [...left];
}

/** Text in the pseudo-locale that is not inside ⟦…⟧: it did not come through a catalog. */
async function outsideCatalog(page: Page): Promise<string[]> {
  const bad: string[] = [];
  for (const text of await visibleTexts(page)) {
    // Catalog texts nest (a capital's name inside a sentence): strip innermost first.
    let rest = text;
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
    }
    // A catalog message with markup inside (a command in <code>) spans several text nodes.
    rest = rest.replace(/⟦[^⟧]*$/, '').replace(/^[^⟦]*⟧/, '');
    if (/[A-Za-z]{2,}/.test(rest)) bad.push(text.slice(0, 80));
  }
  return bad;
}

/** Serious and critical accessibility problems axe finds on the page as it is. */
async function axeSerious(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the script tag adds
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  });
}

/** Play Washington's decision in the round now open (the others are AI), up to its report. */
async function playRound(page: Page): Promise<boolean> {
  await page.waitForFunction(() => window.__overflight.phase() === 'decisions');
  const ready = page.getByTestId('handover-ready');
  if (await ready.isVisible()) await ready.click();
  await page.locator('.card:not(.closed) button[data-testid^="choose-"]').first().click();
  await page.getByTestId('commit').click();
  await page.waitForFunction(() => window.__overflight.phase() === 'report');
  await settled(page);
  return true;
}

describe.each([
  { lang: 'ja', debrief: /振り返り/, date: /2017年8月/ },
  { lang: 'ko', debrief: /돌아보기/, date: /2017년 8월/ },
])('the game in $lang', ({ lang, debrief, date }) => {
  it('plays from the title to a handed-in debrief with no English on screen', async () => {
    const allowed = latinWordsOf(lang);
    const { page, errors, close } = await openGame(browser(), `${url}?lang=${lang}`, {
      reducedMotion: true,
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await englishLeft(page, allowed)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await page.getByTestId('play').click();
    await page.getByTestId('choose-aug-2017-overflight').click();
    expect(await englishLeft(page, allowed)).toEqual([]);
    await page.getByTestId('start').click();
    await page.getByTestId('begin').click();
    const ready = page.getByTestId('handover-ready');
    if (await ready.isVisible()) await ready.click();
    await page.locator('.card button[data-testid^="choose-"]').first().waitFor();
    expect(await page.locator('header, .hud').first().innerText()).toMatch(date);
    expect(await englishLeft(page, allowed)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${lang}-board.png`) });

    // A gauge's "why?" reads in the language, citations unchanged.
    await page.locator('.card:not(.closed) button[data-testid^="choose-"]').first().click();
    await page.getByTestId('commit').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'report');
    await settled(page);
    await page.getByTestId('gauge-allianceConfidence.japan').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/\d{3}:\d+/);
    expect(await englishLeft(page, allowed)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${lang}-why.png`) });
    await page.keyboard.press('Escape');
    await page.getByTestId('next-round').click();

    // A second round played, then the facilitator ends the game (a whole game's twelve rounds
    // are played in English by play.e2e.ts; the screens are the same in every language).
    expect(await playRound(page)).toBe(true);
    await page.keyboard.press('Shift+F');
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    expect(await page.getByTestId('debrief').innerText()).toMatch(debrief);
    expect(await englishLeft(page, allowed)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${lang}-debrief.png`), fullPage: true });

    // The hand-in is written in the reader's language.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-md').click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toMatch(debrief);
    expect(markdown).toMatch(/\d{3}:\d+/);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});

describe('choosing the language', () => {
  it('follows the browser, is remembered once chosen, and a link’s ?lang= wins', async () => {
    const context = await browser().newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('play').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    // Choosing Japanese on the title reloads the page in Japanese, and it stays Japanese.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByTestId('language').first().selectOption('ja'),
    ]);
    await page.getByTestId('play').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.reload();
    await page.getByTestId('play').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.goto(`${url}?lang=en`);
    await page.getByTestId('play').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('play').innerText()).toMatch(/[A-Za-z]/);
    await context.close();
  });
});

describe('the pseudo-locale', () => {
  it('shows no text that did not come from a catalog, from the title to the debrief', async () => {
    const { page, errors, close } = await openGame(browser(), `${url}?lang=en-XA`, {
      reducedMotion: true,
    });
    const screens: Record<string, string[]> = {};
    const look = async (name: string) => {
      screens[name] = await outsideCatalog(page);
    };
    await look('title');
    await page.getByTestId('play').click();
    await look('scenarios');
    await page.getByTestId('choose-aug-2017-overflight').click();
    await look('setup');
    await page.getByTestId('start').click();
    await look('briefing');
    await page.getByTestId('begin').click();
    const ready = page.getByTestId('handover-ready');
    if (await ready.isVisible()) await ready.click();
    await page.locator('.card button[data-testid^="choose-"]').first().waitFor();
    await look('board');
    await page.locator('.card:not(.closed) button[data-testid^="choose-"]').first().click();
    await page.getByTestId('commit').click();
    await page.waitForFunction(() => window.__overflight.phase() === 'report');
    await settled(page);
    await look('report');
    await page.getByTestId('gauge-allianceConfidence.japan').click();
    await page.getByRole('dialog').waitFor();
    await look('why');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+F');
    await page.getByTestId('facilitator').waitFor();
    await look('facilitator');
    // The facilitator ends the game here: the debrief is the same screen after one round or twelve.
    await page.getByTestId('end-game').click();
    await page.getByTestId('debrief').waitFor();
    await look('debrief');
    await page.screenshot({ path: join(SHOTS, 'pseudo-debrief.png'), fullPage: true });
    expect(Object.fromEntries(Object.entries(screens).filter(([, bad]) => bad.length > 0))).toEqual(
      {},
    );
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});
