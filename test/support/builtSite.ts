/**
 * For the browser tests: a production build the global setup made (the real site, or the fixture
 * site of broken pages), served as GitHub Pages would serve it, and Debian's Chromium. Each test
 * file that calls useBuiltSite() gets its own server and browser, so the files run side by side.
 */
import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
import {afterAll, beforeAll, inject} from 'vitest';
import {STATE_DEADLINE_MS, launchChromium} from '../../src/site/browser';
import {sitemapPaths} from '../../src/site/html';
import {serveBuild, type Served} from '../../src/site/serve';
import {mapLimit} from '../../src/snippets/pool';
import {BASE, builtSite} from './build';

export interface BuiltSite {
  /** The build's folder. */
  readonly dir: string;
  /** Every page in the built sitemap, as paths under the base path ("chapters/why-asyncio"). */
  readonly pages: string[];
  readonly browser: Browser;
  /** A browser context whose waits (navigation, locators) allow STATE_DEADLINE_MS. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** The served URL of a page path. */
  urlOf(path: string): string;
  /** How a problem names a page: "/chapters/why-asyncio". */
  nameOf(path: string): string;
  /** The served URL of the site ("http://127.0.0.1:PORT/async-python/"). */
  readonly url: string;
}

/** Waits for a build and serves it for the tests of the calling file. */
export function useBuiltSite(build: 'siteBuild' | 'brokenBuild' = 'siteBuild'): BuiltSite {
  const dir = inject(build);
  let server: Served | undefined;
  let browser: Browser | undefined;
  let pages: string[] = [];
  beforeAll(async () => {
    pages = sitemapPaths(await builtSite(dir), BASE);
    server = await serveBuild(dir, BASE);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not served yet: use it inside a test or a hook');
    return value;
  };
  return {
    dir,
    get pages() {
      return pages;
    },
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
    async newContext(options) {
      const context = await started(browser).newContext(options);
      context.setDefaultTimeout(STATE_DEADLINE_MS);
      context.setDefaultNavigationTimeout(STATE_DEADLINE_MS);
      return context;
    },
    urlOf: (path) => `${started(server).url}${path}`,
    nameOf: (path) => `/${path}`,
  };
}

/** Pages open at once in a walk of the site: more only makes a 2-core machine slower. */
const TABS = 3;

/**
 * Runs `work` for each item in a few tabs of `context` at once, each tab loading one address after
 * another as a reader's does (cheaper than a new tab each). Results come in the items' order.
 */
export async function inTabs<T, R>(context: BrowserContext, items: T[], work: (tab: Page, item: T) => Promise<R>): Promise<R[]> {
  const idle: Page[] = [];
  return mapLimit(items, TABS, async (item) => {
    const tab = idle.pop() ?? (await context.newPage());
    try {
      return await work(tab, item);
    } finally {
      idle.push(tab);
    }
  });
}
