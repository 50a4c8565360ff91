// The production build in Debian's Chromium, as readers get it: every page in the sitemap in
// light and dark mode, the same pages with JavaScript off, search, deep links, the 404 page.
import fs from 'node:fs';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {snippetsDirOf} from '../src/snippets/catalog';
import {extractRegion} from '../src/snippets/region';
import {launchChromium} from '../src/site/browser';
import {headingIds, sitemapPaths} from '../src/site/html';
import {chapterPages} from '../src/site/pages';
import {ContextWatch, readerProblems} from '../src/site/readerChecks';
import {resolveFile, serveBuild, type Served} from '../src/site/serve';
import {mapLimit} from '../src/snippets/pool';
import {BASE, SITE, builtSite} from './support/build';

const build = inject('siteBuild');
/** Every page in the built sitemap, as paths under the base path. */
let PAGES: string[] = [];
const CHAPTERS = chapterPages(SITE).filter((c) => c.route !== '/chapters');
/** Chromium pages open at once: more only makes a 2-core machine slower. */
const PARALLEL = 3;

let server: Served;
let browser: Browser;

beforeAll(async () => {
  PAGES = sitemapPaths(await builtSite(build), BASE);
  server = await serveBuild(build, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const urlOf = (path: string) => `${server.url}${path}`;
const nameOf = (path: string) => `/${path}`;

/**
 * Where a pasted link to a chapter's last section (the one furthest down, so the page must scroll)
 * lands: problems if the section is not in view once the page has settled, or if a heading lost
 * its id when React hydrated the page.
 */
async function deepLinkProblems(page: Page, id: string): Promise<string[]> {
  // In view: the heading is on screen, with room below it for its first lines. (The last section
  // of a page cannot reach the top of the window; and when the page grows below the section after
  // the jump, as it can while fonts load, the section stays where it was.)
  const inView = (target: string) => {
    const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
    return top >= 0 && top < window.innerHeight - 150;
  };
  await page.waitForFunction(inView, id, {timeout: 5_000}).catch(() => undefined);
  // Diagrams near the section are drawn after the jump; it must still be in view once they are.
  await page.waitForTimeout(750);
  const problems: string[] = [];
  if (!(await page.evaluate(inView, id))) {
    const top = await page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top, id);
    problems.push(`a link to #${id} leaves that section ${top}px from the top of the window, not in view`);
  }
  const missing = await page.evaluate(() => [...document.querySelectorAll('article :is(h2, h3, h4)')].filter((h) => !h.id).length);
  if (missing > 0) problems.push(`${missing} heading(s) without an id after hydrating`);
  return problems;
}

/** The id of a chapter's last section heading, from the built page. */
function lastSectionOf(path: string): string | undefined {
  const file = resolveFile(build, `/${path}`);
  return file ? headingIds(fs.readFileSync(file, 'utf8')).at(-1) : undefined;
}

// Each mode walks every page once. Light mode opens pages plainly and runs every axe rule; dark
// mode (the same DOM in other colours) runs the colour rules, and opens each chapter the way a
// pasted link to its last section does, so that path is walked too.
describe.each(['light', 'dark'] as const)('every page in the sitemap, %s mode', (mode) => {
  it('loads with no error, no request to another origin, its diagrams drawn, its math rendered, no serious axe violation', async () => {
    const context = await browser.newContext({colorScheme: mode});
    const watch = await ContextWatch.attach(context, server.url);
    const chapters = new Set(CHAPTERS.map((c) => c.route.slice(1)));
    try {
      const problems = await mapLimit(PAGES, PARALLEL, async (path) => {
        const section = mode === 'dark' && chapters.has(path) ? lastSectionOf(path) : undefined;
        if (mode === 'dark' && chapters.has(path) && !section) return [`${nameOf(path)}: has no section headings`];
        const url = section ? `${urlOf(path)}#${section}` : urlOf(path);
        const found = await readerProblems(context, watch, url, {
          mode,
          axeColoursOnly: mode === 'dark',
          onLoaded: section ? (page) => deepLinkProblems(page, section) : undefined,
        });
        return found.map((p) => `${nameOf(path)}: ${p}`);
      });
      expect(problems.flat()).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

interface ShownSnippet {
  page: string;
  file: string;
  region: string | null;
  code: string;
  outputs: {label: string; text: string}[];
}

/** Trailing spaces and blank edges aside, the text as written. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

describe('every page with JavaScript disabled', () => {
  const shown: ShownSnippet[] = [];
  const problems: string[] = [];
  let timelineCount = 0;
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext({javaScriptEnabled: false});
    await mapLimit(PAGES, PARALLEL, async (path) => {
      const page = await context.newPage();
      try {
        await page.goto(urlOf(path));
        const found = await page.evaluate(() => {
          // A highlighted block is one .token-line per line of the source.
          const lines = (block: Element | null) =>
            [...(block?.querySelectorAll('.token-line') ?? [])].map((line) => line.textContent).join('\n');
          // A chapter or a journal post: pages whose text is the point (not lists of tags or posts).
          const reading = document.documentElement.matches('.docs-doc-page, .blog-post-page');
          return {
            article: reading ? (document.querySelector('article')?.textContent?.trim() ?? '') : null,
            snippets: [...document.querySelectorAll<HTMLElement>('[data-snippet]')].map((el) => ({
              file: el.dataset.snippet!,
              region: el.dataset.region ?? null,
              code: lines(el.querySelector('pre code')),
              outputs: [...el.querySelectorAll<HTMLElement>('[data-output]')].map((o) => ({
                label: o.dataset.output!,
                text: lines(o.querySelector('pre code')),
              })),
            })),
            diagrams: [...document.querySelectorAll('figure[data-mermaid]')].map(
              (f) => f.querySelector('figcaption')?.textContent?.trim() ?? '',
            ),
            // Timelines are drawn at build time: the drawing and its words are in the HTML.
            timelines: [...document.querySelectorAll<HTMLElement>('figure[data-timeline]')].map((f) => ({
              file: f.dataset.timeline ?? '',
              bars: f.querySelectorAll('svg rect').length,
              desc: f.querySelector('svg desc')?.textContent?.trim() ?? '',
              caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
            })),
          };
        });
        if (found.article !== null && found.article.length < 200) {
          problems.push(`${nameOf(path)}: its article has almost no text without JavaScript: "${found.article}"`);
        }
        found.diagrams.forEach((caption, i) => {
          if (caption.length < 20) problems.push(`${nameOf(path)}: diagram ${i + 1} has no text alternative in the HTML`);
        });
        for (const t of found.timelines) {
          if (t.bars === 0) problems.push(`${nameOf(path)}: timeline of ${t.file} has no bars without JavaScript`);
          if (t.desc.length < 40 || t.caption.length < 40) problems.push(`${nameOf(path)}: timeline of ${t.file} has no text alternative in the HTML`);
        }
        timelineCount += found.timelines.length;
        shown.push(...found.snippets.map((s) => ({...s, page: nameOf(path)})));
      } finally {
        await page.close();
      }
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the text of every page and a text alternative for every diagram', () => {
    expect(problems).toEqual([]);
  });

  it('shows every timeline a page asks for, drawn, with its text alternative', () => {
    expect(timelineCount).toBe(lintPages(SITE, snippetsDirOf(SITE)).timelines.length);
  });

  it('shows every included snippet: its code exactly as in snippets/, and every output it printed', () => {
    const missing: string[] = [];
    for (const {page, include} of lintPages(SITE, snippetsDirOf(SITE)).includes) {
      const code = extractRegion(fs.readFileSync(include.snippet.absPath, 'utf8'), include.region);
      const where = `${page}: ${include.file}${include.region ? ` region ${include.region}` : ''}`;
      const candidates = shown.filter((s) => s.file === include.file && s.region === (include.region ?? null));
      const match = candidates.find((s) => tidy(s.code) === tidy(code));
      if (!match) {
        missing.push(`${where}: code not in any page's HTML${candidates.length ? ` (shown differently on ${candidates[0].page})` : ''}`);
        continue;
      }
      if (!include.showOutput) continue;
      for (const output of include.snippet.outputs) {
        const printed = tidy(fs.readFileSync(`${include.snippet.dir}/${output.file}`, 'utf8'));
        if (!candidates.some((s) => s.outputs.some((o) => tidy(o.text) === (printed || '(prints nothing)')))) {
          missing.push(`${where}: output ${output.file} not shown under it`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

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
  await input.fill('');
  await input.pressSequentially(query, {delay: 10});
  const options = page.locator('[role=listbox] [role=option]');
  await options.first().waitFor({timeout: 10_000}).catch(() => undefined);
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
    const page = await browser.newPage();
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
      await page.close();
    }
  }, 60_000);
});

describe('the 404 page', () => {
  it('answers an unknown address with 404, a search box and a link to the chapter list, and no errors', async () => {
    const context = await browser.newContext();
    const watch = await ContextWatch.attach(context, server.url);
    const url = urlOf('chapters/no-such-chapter');
    try {
      expect(await readerProblems(context, watch, url, {mode: 'light', expectStatus: 404})).toEqual([]);
      const page = await context.newPage();
      await page.goto(url);
      await expect.poll(() => page.locator('main input.navbar__search-input, main input[type=search]').count()).toBeGreaterThan(0);
      expect(await page.locator(`main a[href="${BASE}chapters"]`).count()).toBeGreaterThan(0);
      const results = await (async () => {
        const input = page.locator('main input.navbar__search-input, main input[type=search]').first();
        await input.pressSequentially('event loop', {delay: 10});
        await page.locator('[role=listbox] [role=option]').first().waitFor({timeout: 10_000});
        return page.locator('[role=listbox] [role=option]').count();
      })();
      expect(results).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});
