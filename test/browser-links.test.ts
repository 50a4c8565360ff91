// Links in a chapter's prose, which reach React as HTML strings (src/rehype/staticBlocks.ts), in
// Debian's Chromium: one to another chapter shows it without loading the page again, at the
// section it names, and its code is fetched when the pointer comes onto the link; a link to
// another site opens a new tab (src/components/StaticHtml/followLinks.ts).
import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {STATE_DEADLINE_MS} from '../src/site/browser';
import {useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
const CHAPTER = 'chapters/running-many-at-once';
/** The chapter's first link to chapter 10, in a paragraph of prose. */
const TARGET = 'chapters/tasks-and-futures#create-task';
const LINK = `article .markdown > p a[href$="/${TARGET}"]`;

describe('a link in a chapter\'s prose', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await site.newContext({viewport: {width: 1280, height: 800}});
    page = await context.newPage();
    await page.goto(site.urlOf(CHAPTER));
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: STATE_DEADLINE_MS});
  });

  afterAll(async () => {
    await context?.close();
  });

  it('is in a paragraph React holds as a string (not hydrated element by element)', async () => {
    // React marks each element it created or hydrated with a property of its own.
    const owned = await page.$eval(LINK, (a) => [a.parentElement!, a].map((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber'))));
    expect(owned).toEqual([true, false]);
  });

  it('fetches the linked chapter\'s code when the pointer comes onto it', async () => {
    // The scripts webpack has run, in its global list (window.docusaurus is frozen: no spying on
    // its preload). Nothing runs another once the page is alive and still.
    const loaded = () => page.evaluate(() => Object.entries(window).find(([key]) => key.startsWith('webpackChunk'))![1].length as number);
    let before = await loaded();
    for (let still = 0; still < 4; still++) {
      await page.waitForTimeout(250);
      const now = await loaded();
      if (now !== before) [before, still] = [now, -1];
    }
    await page.hover(LINK);
    await page.waitForFunction((n) => Object.entries(window).find(([key]) => key.startsWith('webpackChunk'))![1].length > n, before, {timeout: STATE_DEADLINE_MS});
  });

  it('shows the linked chapter at its section without loading the page again', async () => {
    await page.evaluate(() => ((window as unknown as {samePage: boolean}).samePage = true));
    await page.click(LINK);
    await page.waitForURL(site.urlOf(TARGET), {timeout: STATE_DEADLINE_MS});
    await page.waitForSelector('h1:text("Tasks and futures")', {timeout: STATE_DEADLINE_MS});
    expect(await page.evaluate(() => (window as unknown as {samePage?: boolean}).samePage)).toBe(true);
    // The section is where the reader looks: its heading inside the window, under the navbar.
    await page.waitForFunction(() => {
      const top = document.getElementById('create-task')?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < window.innerHeight / 2;
    }, undefined, {timeout: STATE_DEADLINE_MS});
    // Back goes back to the chapter the reader came from, still without loading it again.
    await page.goBack();
    await page.waitForURL(site.urlOf(CHAPTER), {timeout: STATE_DEADLINE_MS});
    expect(await page.evaluate(() => (window as unknown as {samePage?: boolean}).samePage)).toBe(true);
  });

  it('to another site opens in a new tab', async () => {
    const external = await page.$$eval('article .markdown a[href^="http"]', (links) => links.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    expect(external.length).toBeGreaterThan(0);
    expect(new Set(external)).toEqual(new Set(['_blank noopener noreferrer']));
  });
});
