// Search and the 404 page of the production build, in Debian's Chromium.
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {STATE_DEADLINE_MS} from '../src/site/browser';
import {chapterPages} from '../src/site/pages';
import {ContextWatch, readerProblems} from '../src/site/readerChecks';
import {BASE, SITE} from './support/build';
import {useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
const {urlOf} = site;
const CHAPTERS = chapterPages(SITE).filter((c) => c.route !== '/chapters');

/**
 * Concepts a reader searches for, and the chapters that teach them: typing the concept must list
 * one of these among the first results. API names count too (search indexes prose, not code).
 */
const CONCEPTS: Record<string, string[]> = {
  'event loop': ['coroutines-and-the-loop', 'toy-event-loop', 'asyncio-event-loop'],
  coroutine: ['coroutines-and-the-loop', 'generators-to-coroutines', 'async-and-await'],
  await: ['coroutines-and-the-loop', 'async-and-await'],
  'cooperative multitasking': ['preemptive-vs-cooperative'],
  'time-sharing': ['time-sharing'],
  generator: ['generators', 'generators-to-coroutines'],
  gather: ['coroutines-and-the-loop', 'why-asyncio'],
  task: ['tasks-and-futures', 'coroutines-and-the-loop'],
  create_task: ['tasks-and-futures'],
  'asyncio.run': ['asyncio-event-loop'],
  call_soon: ['asyncio-event-loop'],
  yield: ['generators'],
};
const FIRST_RESULTS = 5;

/** The titles of the pages behind the first search suggestions for `query`. */
async function searchResults(page: Page, query: string): Promise<string[]> {
  const input = page.locator('input.navbar__search-input');
  const options = page.locator('[role=listbox] [role=option]');
  // The last query's results go first, so that none of them is read as this query's.
  await input.fill('');
  await expect.poll(() => options.count(), {timeout: STATE_DEADLINE_MS}).toBe(0);
  // The whole query arrives as one input event, as when a reader pastes it: the same results as
  // typing it key by key, without a search per key. (The 404 page's search box is typed into.)
  await input.fill(query);
  // Listed results are the state read; a query that finds nothing waits out the deadline.
  await options.first().waitFor().catch(() => undefined);
  return page.evaluate(
    (n) =>
      [...document.querySelectorAll('[role=listbox] [role=option]')].slice(0, n).map((option) => {
        // A section hit names its page in the path line; a page hit is its own title.
        const pageTitle = option.querySelector('[class*=hitPath]') ?? option.querySelector('[class*=hitTitle]');
        return pageTitle?.textContent?.trim() ?? '';
      }),
    FIRST_RESULTS,
  );
}

describe('search', () => {
  it('lists the chapter that teaches a concept among the first results', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const titles = new Map(CHAPTERS.map((c) => [c.route.replace('/chapters/', ''), c.title]));
    try {
      await page.goto(urlOf('chapters/why-asyncio'));
      const misses: string[] = [];
      for (const [query, slugs] of Object.entries(CONCEPTS)) {
        const results = await searchResults(page, query);
        // Long titles are shortened with an ellipsis in the list.
        const shows = (title: string) => results.some((r) => r && title.includes(r.replace(/^…\s*/, '').replace(/\s*…$/, '')));
        const wanted = slugs.filter((slug) => titles.has(slug));
        if (wanted.length === 0) misses.push(`"${query}": none of the chapters ${slugs.join(', ')} exists`);
        else if (!wanted.some((slug) => shows(titles.get(slug)!))) {
          misses.push(`"${query}": first results are ${JSON.stringify(results)}, none of them ${wanted.join(' or ')}`);
        }
      }
      expect(misses).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with 404, a search box and a link to the chapter list, and no errors', async () => {
    const context = await site.newContext();
    const watch = ContextWatch.attach(site.url);
    const url = urlOf('chapters/no-such-chapter');
    try {
      expect(await readerProblems(context, watch, url, {mode: 'light', expectStatus: 404})).toEqual([]);
      const page = await context.newPage();
      await page.goto(url);
      await expect.poll(() => page.locator('main input.navbar__search-input, main input[type=search]').count(), {timeout: STATE_DEADLINE_MS}).toBeGreaterThan(0);
      expect(await page.locator(`main a[href="${BASE}chapters"]`).count()).toBeGreaterThan(0);
      const results = await (async () => {
        const input = page.locator('main input.navbar__search-input, main input[type=search]').first();
        await input.pressSequentially('event loop', {delay: 10});
        await page.locator('[role=listbox] [role=option]').first().waitFor();
        return page.locator('[role=listbox] [role=option]').count();
      })();
      expect(results).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
