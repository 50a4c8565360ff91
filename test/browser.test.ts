// The production build in Debian's Chromium, as readers get it: every page in the sitemap, in
// light and then dark mode, opened as a reader would, with every check a page can fail.
// (test/browser-nojs.test.ts reads the same pages with JavaScript off; test/browser-search.test.ts
// tries search and the 404 page.)
import fs from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {STATE_DEADLINE_MS} from '../src/site/browser';
import {headingIds} from '../src/site/html';
import {benchChapters, chapterPages} from '../src/site/pages';
import {ContextWatch, newCheckedCode, readerProblems} from '../src/site/readerChecks';
import {resolveFile} from '../src/site/serve';
import {SITE} from './support/build';
import {inTabs, useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
const {urlOf, nameOf} = site;
const CHAPTERS = chapterPages(SITE).filter((c) => c.route !== '/chapters');
/** A phone's window, where chapters' diagrams are checked again. */
const PHONE = {width: 390, height: 844};

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
  await page.waitForFunction(inView, id, {timeout: STATE_DEADLINE_MS}).catch(() => undefined);
  // Drawings near the section load after the jump (those within a screen of the window); it must
  // still be in view once they have (their space is held by their width and height).
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('figure[data-diagram] img')]
          .filter((img) => {
            const box = img.getBoundingClientRect();
            return getComputedStyle(img).display !== 'none' && box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight;
          })
          .every((img) => (img as HTMLImageElement).complete),
      undefined,
      {timeout: STATE_DEADLINE_MS},
    )
    .catch(() => undefined);
  const problems: string[] = [];
  if (!(await page.evaluate(inView, id))) {
    const top = await page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top, id);
    problems.push(`a link to #${id} leaves that section ${top}px from the top of the window, not in view`);
  }
  const missing = await page.evaluate(() => [...document.querySelectorAll('article :is(h2, h3, h4)')].filter((h) => !h.id).length);
  if (missing > 0) problems.push(`${missing} heading(s) without an id after hydrating`);
  return problems;
}

/** The size of a page's built HTML, in bytes. */
function sizeOf(path: string): number {
  const file = resolveFile(site.dir, `/${path}`);
  return file ? fs.statSync(file).size : 0;
}

/** The id of a chapter's last section heading, from the built page. */
function lastSectionOf(path: string): string | undefined {
  const file = resolveFile(site.dir, `/${path}`);
  return file ? headingIds(fs.readFileSync(file, 'utf8')).at(-1) : undefined;
}

// One walk checks every page in both colour modes: each page is opened in light mode and given
// every check and every axe rule; then the reader's system switches to dark mode, and the page must
// follow and pass the colour checks again (diagrams redrawn in dark colours, axe's colour rules).
// Chapters are opened the way a pasted link to their last section opens them, so that path is
// walked too; and then the window narrows to a phone's, where their diagrams must stay readable.

describe('every page in the sitemap, in light and then dark mode', () => {
  it('loads with no error, no request to another origin, its diagrams drawn (readable on a 390 px phone too), its math rendered, nothing moving under the reader as it loads, no serious axe violation', async () => {
    const context = await site.newContext({colorScheme: 'light'});
    const watch = ContextWatch.attach(site.url);
    const chapters = new Set(CHAPTERS.map((c) => c.route.slice(1)));
    const checkedCode = newCheckedCode();
    try {
      // The longest pages first, so that the walk does not end waiting on one of them.
      const bySize = [...site.pages].sort((a, b) => sizeOf(b) - sizeOf(a));
      const problems = await inTabs(context, bySize, async (tab, path) => {
        const section = chapters.has(path) ? lastSectionOf(path) : undefined;
        if (chapters.has(path) && !section) return [`${nameOf(path)}: has no section headings`];
        const url = section ? `${urlOf(path)}#${section}` : urlOf(path);
        const found = await readerProblems(context, watch, url, {
          mode: 'light',
          thenDark: true,
          // A phone: every diagram's smallest label at least 12 px (it scrolls sideways where it must).
          thenNarrow: PHONE,
          checkedCode,
          tab,
          onLoaded: section ? (page) => deepLinkProblems(page, section) : undefined,
        });
        return found.map((p) => `${nameOf(path)}: ${p}`);
      });
      expect(problems.flat()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // A reader whose system is already dark gets the dark theme as the page arrives: the home page,
  // and the first chapter with a diagram.
  it.each(['', benchChapters(SITE).diagram.slice(1)])('arrives in dark mode when the system is dark: /%s', async (path) => {
    const context = await site.newContext({colorScheme: 'dark'});
    try {
      const found = await readerProblems(context, ContextWatch.attach(site.url), urlOf(path), {mode: 'dark', axeColoursOnly: true});
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
