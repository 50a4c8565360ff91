// Search in the production build, in Debian's Chromium: the navbar's box finds the section that
// teaches a concept and opens the page there; every asyncio API name a page shows in its prose
// finds that page; the keyboard works; /search?q= lists results; nothing of Pagefind is fetched
// before a reader asks for search; and the 404 page offers search.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {apiNamesOf, apiUsesOf, codeIdentifiersOf, everydayNames} from '../src/search/apiNames';
import {SEARCH_FOLDER, recordUrls} from '../src/search/buildIndex';
import {GLOSSARY_ROUTE} from '../src/glossary/page';
import {PAGEFIND_OPTIONS} from '../src/search/pagefind';
import {FIRST_PAGES, pageOf} from '../src/search/results';
import {STATE_DEADLINE_MS} from '../src/site/browser';
import {chapterPages, frontMatterSlug} from '../src/site/pages';
import {ContextWatch, readerProblems} from '../src/site/readerChecks';
import {BASE, SITE} from './support/build';
import {useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
const {urlOf} = site;

/**
 * What readers search for, and the chapter and section that teach it: the search must list that
 * section among its first three results, and opening it must show the page at that section.
 * Concepts in words and API names, from every part of the site.
 */
const CONCEPTS: [query: string, chapter: string, anchor: string][] = [
  // Foundations
  ['CPU-bound', 'why-asyncio', 'cpu-bound-work'],
  ['time slice', 'time-sharing', 'slicing-the-second'],
  ['pre-emptive', 'preemptive-vs-cooperative', 'preemptive'],
  ['cooperative multitasking', 'preemptive-vs-cooperative', 'cooperative'],
  ['forgetting await', 'coroutines-and-the-loop', 'forgetting-await'],
  // Part I
  ['StopIteration', 'generators', 'stop-iteration'],
  ['yield from', 'generators-to-coroutines', 'yield-from'],
  ['was never awaited', 'async-and-await', 'never-awaited'],
  ['asyncio.run', 'asyncio-event-loop', 'what-asyncio-run-does'],
  ['call_soon', 'asyncio-event-loop', 'scheduling-callbacks'],
  ['create_task', 'tasks-and-futures', 'create-task'],
  ['background tasks', 'tasks-and-futures', 'keep-references'],
  // Part II
  ['gather', 'running-many-at-once', 'gather'],
  ['as_completed', 'running-many-at-once', 'as-completed'],
  ['return_exceptions', 'when-tasks-fail', 'return-exceptions'],
  ['ExceptionGroup', 'when-tasks-fail', 'except-star'],
  ['shield', 'cancellation-and-timeouts', 'shield'],
  ['asyncio.timeout', 'cancellation-and-timeouts', 'asyncio-timeout'],
  ['to_thread', 'blocking-calls-and-cpu-work', 'to-thread'],
  ['semaphore', 'coordinating-tasks', 'semaphore'],
  ['back-pressure', 'queues-and-pipelines', 'maxsize-back-pressure'],
];
const FIRST_RESULTS = 3;

/**
 * Glossary terms, as a reader types them, and their entries: the first result must be the entry
 * (/glossary#id), and opening it must show the glossary at that entry.
 */
const GLOSSARY_TERMS: [query: string, id: string][] = [
  ['event loop', 'event-loop'],
  ['coroutine', 'coroutine'],
  ['back-pressure', 'back-pressure'],
  ['structured concurrency', 'structured-concurrency'],
  ['TaskGroup', 'taskgroup'],
  ['asyncio.run', 'asyncio-run'],
  ['semaphores', 'semaphore'],
  ['time slice', 'time-slice'],
];

const AXE_SOURCE = fs.readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious and critical violations inside `selector` (the search box with its results open). */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: AXE_SOURCE});
  return page.evaluate(async (within) => {
    const axe = (window as unknown as {axe: {run(context: string, options: object): Promise<{violations: {id: string; impact?: string | null; help: string}[]}>}}).axe;
    const {violations} = await axe.run(within, {resultTypes: ['violations']});
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `axe ${v.id}: ${v.help}`);
  }, selector);
}

const input = (page: Page) => page.locator('.navbar input[type=search]');
const results = (page: Page) => page.locator('.navbar [data-results] ul a');

/** Types `query` into the navbar's box (as one input event, as when pasted) and waits for its results. */
async function search(page: Page, query: string): Promise<string[]> {
  await input(page).fill('');
  await input(page).focus();
  await input(page).fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('.navbar [data-results] [data-status]')?.textContent ?? '';
      return status.includes(`“${q}”`) && /match|No results/.test(status);
    },
    query,
    {timeout: STATE_DEADLINE_MS},
  );
  return results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Waits until the section `id` is in view: its heading on screen, with room for its first lines. */
async function sectionInView(page: Page, id: string): Promise<boolean> {
  return page
    .waitForFunction(
      (target) => {
        const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight - 150;
      },
      id,
      {timeout: STATE_DEADLINE_MS},
    )
    .then(() => true, () => false);
}

/**
 * Searches for `query` and opens the section it should list among the first three results;
 * returns what went wrong.
 */
async function openConcept(page: Page, query: string, chapter: string, anchor: string): Promise<string[]> {
  const wanted = `${BASE}chapters/${chapter}#${anchor}`;
  const found = (await search(page, query)).slice(0, FIRST_RESULTS);
  if (!found.includes(wanted)) return [`"${query}": first results are ${JSON.stringify(found)}, not ${wanted}`];
  await results(page).nth(found.indexOf(wanted)).click();
  await page.waitForURL((url) => url.pathname + url.hash === wanted, {timeout: STATE_DEADLINE_MS}).catch(() => undefined);
  const at = new URL(page.url());
  if (at.pathname + at.hash !== wanted) return [`"${query}": opening ${wanted} went to ${at.pathname}${at.hash}`];
  if (!(await sectionInView(page, anchor))) return [`"${query}": ${wanted} opened, but #${anchor} is not in view`];
  return [];
}

async function openSite(page: Page, path: string): Promise<void> {
  await page.goto(urlOf(path));
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: STATE_DEADLINE_MS});
}

/** Every page whose prose can show API names (chapters and journal posts), as its route and MDX. */
function readPages(): {route: string; mdx: string}[] {
  const chapters = chapterPages(SITE)
    .filter((c) => c.route !== '/chapters')
    .map((c) => ({route: c.route, mdx: fs.readFileSync(path.join(SITE, c.file), 'utf8')}));
  const posts = fs
    .readdirSync(path.join(SITE, 'blog'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const mdx = fs.readFileSync(path.join(SITE, 'blog', f), 'utf8');
      return {route: `/blog/${frontMatterSlug(mdx) ?? f.replace(/^\d{4}-\d\d-\d\d-/, '').replace(/\.mdx?$/, '')}`, mdx};
    });
  return [...chapters, ...posts];
}

describe('search', () => {
  it('lists the section that teaches a concept among the first three results, and opens the page there', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    try {
      // One reader, each search from the page the last one opened. (Not several tabs at once: a
      // tab in the background has its timers slowed, and search waits for typing to pause.)
      await openSite(page, 'chapters/how-this-site-works');
      const misses: string[] = [];
      for (const [query, chapter, anchor] of CONCEPTS) misses.push(...(await openConcept(page, query, chapter, anchor)));
      expect(misses).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sits at the navbar\'s right end; fetches nothing of search until the box is focused, then only from the site; its results pass axe; keys reach and open them', async () => {
    const context = await site.newContext();
    const watch = ContextWatch.attach(site.url);
    const page = await context.newPage();
    watch.watch(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    try {
      // The home page: light, so that axe runs quickly.
      await openSite(page, '');
      await watch.quiet(page);
      // On a wide window the box sits at the navbar's right end, after the colour-mode toggle, the
      // two filling exactly the width the row keeps from the first paint (src/css/custom.css).
      const gaps = await page.evaluate(() => {
        const row = document.querySelector('.navbar__items--right')!.getBoundingClientRect();
        const [first, last] = [document.querySelector('.navbar__items--right > :first-child')!, document.querySelector('.navbar form[role=search]')!].map((el) => el.getBoundingClientRect());
        return {left: Math.round(first.left - row.left), right: Math.round(row.right - last.right)};
      });
      expect(gaps).toEqual({left: 0, right: 0});
      const searchFiles = () => fetched.filter((url) => url.includes(`/${SEARCH_FOLDER}/`));
      expect(searchFiles()).toEqual([]);
      // "/" from anywhere on the page focuses the box; its results come from the site itself.
      await page.locator('main p').first().click();
      await page.keyboard.press('/');
      expect(await input(page).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('gather');
      await page.waitForFunction(() => /match/.test(document.querySelector('.navbar [data-results] [data-status]')?.textContent ?? ''), undefined, {timeout: STATE_DEADLINE_MS});
      expect(searchFiles().length).toBeGreaterThan(0);
      expect(searchFiles().every((url) => url.startsWith(`${site.url}${SEARCH_FOLDER}/`))).toBe(true);
      // The open results pass axe, in light and in dark colours.
      expect(await axeProblems(page, '.navbar form[role=search]')).toEqual([]);
      await page.emulateMedia({colorScheme: 'dark'});
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', undefined, {timeout: STATE_DEADLINE_MS});
      // (Colours ease into dark mode: each transition is brought to its end before axe reads them.)
      await page.evaluate(() => {
        for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
      });
      expect(await axeProblems(page, '.navbar form[role=search]')).toEqual([]);
      // Arrows walk the results and back to the box; Escape closes them; Ctrl+K comes back.
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName);
      const hrefs = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(hrefs[0]);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(hrefs[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('INPUT');
      await page.keyboard.press('Escape');
      expect(await page.locator('.navbar [data-results]').count()).toBe(0);
      await page.locator('main p').first().click();
      await page.keyboard.press('Control+k');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(hrefs[0]);
      // Enter opens the result under the focus, at its section.
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname + url.hash === hrefs[0], {timeout: STATE_DEADLINE_MS});
      expect(await sectionInView(page, hrefs[0]!.split('#')[1])).toBe(true);
      expect(watch.problemsOf(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists the results of the query in the address on /search, and more on request; Enter in the box opens it', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    try {
      await openSite(page, 'search?q=to_thread');
      const listed = page.locator('main ul a');
      await expect.poll(() => listed.count(), {timeout: STATE_DEADLINE_MS}).toBeGreaterThan(0);
      expect(await listed.first().getAttribute('href')).toBe(`${BASE}chapters/blocking-calls-and-cpu-work#to-thread`);
      // Typing here keeps the address in step, so that the search can be linked to.
      await page.locator('main input[type=search]').fill('task');
      await page.waitForURL((url) => url.search === '?q=task', {timeout: STATE_DEADLINE_MS});
      await expect.poll(() => page.locator('main [role=status]').textContent(), {timeout: STATE_DEADLINE_MS}).toMatch(/“task”/);
      const first = await listed.count();
      await page.getByRole('button', {name: 'Show more results'}).click();
      await expect.poll(() => listed.count(), {timeout: STATE_DEADLINE_MS}).toBeGreaterThan(first);
      // Enter in the navbar's box opens this page for its query.
      await input(page).fill('semaphore');
      await input(page).press('Enter');
      await page.waitForURL((url) => url.pathname === `${BASE}search` && url.search === '?q=semaphore', {timeout: STATE_DEADLINE_MS});
      await expect.poll(() => page.locator('main [role=status]').textContent(), {timeout: STATE_DEADLINE_MS}).toMatch(/“semaphore”/);
    } finally {
      await context.close();
    }
  });

  // The names come from the pages themselves: every `asyncio.X`, `loop.X`, `task.X` ... in the
  // inline code of their prose (src/search/apiNames.ts). The searches run through Pagefind's own
  // API in the page, with the site's options; each result is a section, and pages are listed in
  // the order of their best section, as the search box lists them. A page shows a name when its
  // prose's inline code has it in any form (`asyncio.CancelledError`, `except CancelledError`).
  // - A bare name lists every page that shows it among the first five results. A name that more
  //   than five pages show (`sleep` is on a dozen) cannot have all of them there: then the first
  //   result must be one that shows it, and at most one of the five may not.
  // - Some names are everyday words of the prose too (`done`, `result`, `time`, `Event` of "event
  //   loop"): a search for the bare word is a search for the word. Those are searched in the form
  //   the pages show them in (`task.done`, `loop.time`, `asyncio.Event`), held to the same rule.
  // - The glossary is not one of the pages ranked here: its definitions name many APIs in passing
  //   (the timeout entry names `wait_for`), and it has a test of its own (its entry comes first
  //   for its term, below). Left in, it would take one of the five places from a chapter.
  it('finds every asyncio API name a page shows in its prose: its bare name lists that page among the first five results', async () => {
    const pages = readPages();
    const names = [...new Set(pages.flatMap((p) => apiNamesOf(p.mdx)))].sort();
    expect(names.length).toBeGreaterThan(20);
    const identifiers = new Map(pages.map((p) => [p.route, codeIdentifiersOf(p.mdx)]));
    const shownBy = (name: string) => pages.filter((p) => identifiers.get(p.route)!.has(name)).map((p) => p.route);
    const everyday = everydayNames(pages.map((p) => p.mdx));
    // Each search, and the pages that show what it searches for.
    const checks = new Map<string, Set<string>>();
    const add = (query: string, route: string) => checks.set(query, new Set([...(checks.get(query) ?? []), route]));
    for (const name of names.filter((n) => !everyday.has(n))) for (const route of shownBy(name)) add(name, route);
    for (const page of pages) for (const use of apiUsesOf(page.mdx)) if (everyday.has(use.name)) add(use.form, page.route);
    const urlOfRecord = recordUrls(site.dir);
    const context = await site.newContext();
    const page = await context.newPage();
    try {
      await openSite(page, 'search');
      const queries = [...checks.keys()];
      // (As a string: the test runner rewrites import() in functions it compiles.)
      const ranked: Record<string, string[]> = await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${BASE}${SEARCH_FOLDER}/pagefind.js`)});
        await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
        await pagefind.init();
        const ids = {};
        await Promise.all(${JSON.stringify(queries)}.map(async (query) => {
          ids[query] = (await pagefind.search(query)).results.map((r) => r.id);
        }));
        return ids;
      })()`);
      const problems: string[] = [];
      for (const [query, shown] of checks) {
        const listed = [...new Set(ranked[query].map((id) => pageOf(urlOfRecord.get(id) ?? `unknown record ${id}`)))]
          .filter((route) => route !== GLOSSARY_ROUTE)
          .slice(0, FIRST_PAGES);
        const where = `"${query}" (shown by ${[...shown].join(', ')}) lists ${JSON.stringify(listed)}`;
        if (shown.size > FIRST_PAGES) {
          // More pages show it than five results can list: the first must be one of them, and at
          // most one of the five may be a page that only talks about it (a page on locks that
          // says what a waiting task "sleeps" is a fair answer to "sleep").
          const strangers = listed.filter((route) => !shown.has(route)).length;
          if (listed.length < FIRST_PAGES || !shown.has(listed[0]) || strangers > 1) problems.push(`${where}: pages that do not show it come first`);
        } else {
          const missing = [...shown].filter((route) => !listed.includes(route));
          if (missing.length) problems.push(`${where}: not ${missing.join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('search for a glossary term', () => {
  it('lists the term\'s glossary entry first, and opens the glossary at it', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    try {
      await openSite(page, 'chapters/how-this-site-works');
      const problems: string[] = [];
      for (const [query, id] of GLOSSARY_TERMS) {
        const wanted = `${BASE}glossary#${id}`;
        const found = await search(page, query);
        if (found[0] !== wanted) {
          problems.push(`"${query}": first results are ${JSON.stringify(found.slice(0, 3))}, not ${wanted}`);
          continue;
        }
        // The result names the glossary and the term.
        const first = (await results(page).first().textContent()) ?? '';
        if (!first.startsWith('Glossary')) problems.push(`"${query}": the first result reads "${first}"`);
        await results(page).first().click();
        await page.waitForURL((url) => url.pathname + url.hash === wanted, {timeout: STATE_DEADLINE_MS}).catch(() => undefined);
        const at = new URL(page.url());
        if (at.pathname + at.hash !== wanted) problems.push(`"${query}": opening ${wanted} went to ${at.pathname}${at.hash}`);
        else if (!(await sectionInView(page, id))) problems.push(`"${query}": ${wanted} opened, but #${id} is not in view`);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists it first on /search too, and a search for a word that is no term lists no entry first', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    try {
      await openSite(page, 'search?q=Event+Loop');
      const listed = page.locator('main ul a');
      await expect.poll(() => listed.count(), {timeout: STATE_DEADLINE_MS}).toBeGreaterThan(1);
      expect(await listed.first().getAttribute('href')).toBe(`${BASE}glossary#event-loop`);
      // A chapter's own API, related to a term but not its name, opens that chapter's section.
      await page.locator('main input[type=search]').fill('to_thread');
      await expect.poll(() => listed.first().getAttribute('href'), {timeout: STATE_DEADLINE_MS}).toBe(`${BASE}chapters/blocking-calls-and-cpu-work#to-thread`);
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
      const box = page.locator('main input[type=search]');
      await expect.poll(() => box.count(), {timeout: STATE_DEADLINE_MS}).toBe(1);
      expect(await page.locator(`main a[href="${BASE}chapters"]`).count()).toBeGreaterThan(0);
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: STATE_DEADLINE_MS});
      await box.pressSequentially('event loop', {delay: 10});
      await page.locator('main [data-results] ul a').first().waitFor({timeout: STATE_DEADLINE_MS});
      expect(await page.locator('main [data-results] ul a').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
