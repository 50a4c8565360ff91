// Sharing a section in Debian's Chromium: each heading's copy-link button shows on hover and on
// keyboard focus, copies the section's address in one click or key press and says so to screen
// readers; where the browser cannot copy, the address bar gets the section's address instead.
import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {weighPage, type PageWeight} from '../src/site/pageWeight';
import {useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
const CHAPTER = 'chapters/why-asyncio';

/** The first section heading of the chapter, and its copy-link button. */
const HEADING = 'article h2[id]';
const BUTTON = `${HEADING} button.copy-link`;

const opacityOf = (page: Page, selector: string) => page.$eval(selector, (el) => Number(getComputedStyle(el).opacity));
const liveMessage = (page: Page) => page.$eval('#copy-link-status', (el) => [el.getAttribute('aria-live'), el.textContent ?? '']);

/** Waits until the button has finished fading in or out (its opacity has a transition). */
async function settledOpacity(page: Page, selector: string, want: number): Promise<number> {
  await page.waitForFunction(([s, w]) => Number(getComputedStyle(document.querySelector(s as string)!).opacity) === w, [selector, want] as const).catch(() => undefined);
  return opacityOf(page, selector);
}

describe('the copy-link button of a heading', () => {
  let context: BrowserContext;
  let page: Page;
  let id: string;

  beforeAll(async () => {
    context = await site.newContext({permissions: ['clipboard-read', 'clipboard-write']});
    page = await context.newPage();
    await page.goto(site.urlOf(CHAPTER));
    // Hydrated: the button is no longer hidden.
    await page.waitForSelector(`${BUTTON}:not([hidden])`);
    id = (await page.$eval(HEADING, (el) => el.id))!;
  });

  afterAll(async () => {
    await context?.close();
  });

  it('is hidden until the reader hovers the heading, and labelled for screen readers', async () => {
    await page.mouse.move(0, 0);
    expect(await settledOpacity(page, BUTTON, 0)).toBe(0);
    await page.hover(HEADING);
    expect(await settledOpacity(page, BUTTON, 1)).toBe(1);
    expect(await page.$eval(BUTTON, (el) => el.getAttribute('aria-label'))).toMatch(/copy link/i);
  });

  it('is reached with the keyboard, shows while focused, and copies the section\'s address with Enter, saying "Link copied"', async () => {
    await page.mouse.move(0, 0);
    // From the heading's "#" link, Tab goes to the button.
    await page.focus(`${HEADING} a.hash-link`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('button.copy-link') && document.activeElement.closest('h2')?.id)).toBe(id);
    expect(await settledOpacity(page, BUTTON, 1)).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-link-status')?.textContent === 'Link copied');
    expect(await liveMessage(page)).toEqual(['polite', 'Link copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.urlOf(CHAPTER)}#${id}`);
    // The page did not move or change its address.
    expect(await page.evaluate(() => window.location.hash)).toBe('');
  });

  it('copies with one click too', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await page.hover(HEADING);
    await page.click(BUTTON);
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== 'something else'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.urlOf(CHAPTER)}#${id}`);
  });
});

describe('where the browser cannot copy', () => {
  it('puts the section\'s address in the address bar, without scrolling, and says so', async () => {
    const context = await site.newContext();
    try {
      // No Clipboard API (a page served over plain HTTP) and no copying by selection either.
      await context.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
        document.execCommand = () => false;
      });
      const page = await context.newPage();
      await page.goto(site.urlOf(CHAPTER));
      await page.waitForSelector(`${BUTTON}:not([hidden])`);
      const id = await page.$eval(HEADING, (el) => el.id);
      await page.hover(HEADING);
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.click(BUTTON);
      await page.waitForFunction(() => /address bar/.test(document.getElementById('copy-link-status')?.textContent ?? ''));
      expect(await page.evaluate(() => window.location.hash)).toBe(`#${id}`);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    } finally {
      await context.close();
    }
  });
});

/** The JavaScript a page fetches once opened (in a context of its own, nothing cached) and scrolled to its end. */
async function scriptsOf(url: string): Promise<PageWeight> {
  const context = await site.newContext();
  try {
    return await weighPage(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

describe('the landing page', () => {
  it('stays light: it fetches neither Pyodide nor the editor, and no more JavaScript than chapter 1', async () => {
    const home = await scriptsOf(site.urlOf(''));
    const chapter = await scriptsOf(site.urlOf(CHAPTER));
    expect(home.runCode).toEqual([]);
    expect(home.bytes).toBeGreaterThan(0);
    expect(home.bytes).toBeLessThanOrEqual(chapter.bytes);
  });
});
