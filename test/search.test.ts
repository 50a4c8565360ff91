// Search's pure pieces: what the index holds (a record per section, code left out), how results
// become pages opened at their best section, which API names a page shows, and what the box says.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {apiNameOf, apiNamesOf, apiUsesOf, codeIdentifiersOf, everydayNames} from '../src/search/apiNames';
import {SEARCH_FOLDER, buildSearchIndex, isServed, pageUrl, recordUrls} from '../src/search/buildIndex';
import {searchRecords} from '../src/search/records';
import {
  bestSection,
  excerptParts,
  leadingPages,
  matchingPages,
  nothingLearnt,
  topPages,
  type PagefindRecord,
  type PagefindResult,
  type PagefindSearch,
  type Searcher,
} from '../src/search/results';
import {searchStatusText} from '../src/search/status';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures/search', name), 'utf8');
const CHAPTER = fixture('chapter.html');

describe('search records', () => {
  const records = searchRecords(CHAPTER, '/chapters/tasks', {minWords: 20, pageKey: 'k'});

  it('makes a record of the opening and of each section, a short section sharing the next one', () => {
    // "Task names" has one word of prose: the sections after it join its record ("The states of a
    // task" with its "Cancelled" subsection, the summary) until it has 20 words.
    expect(records.map((r) => r.url)).toEqual(['/chapters/tasks', '/chapters/tasks#create-task', '/chapters/tasks#names', '/chapters/tasks#further-reading']);
    for (const id of ['states', 'cancelled', 'summary']) expect(records[2].html).toContain(`id="${id}"`);
  });

  it('titles the opening with the page title, and gives every record the title as metadata and the page as filter', () => {
    expect(records[0].html).toMatch(/<h1[^>]*>Tasks and futures<\/h1>/);
    expect(records[1].html).not.toContain('<h1');
    for (const record of records) {
      expect(record.html).toContain('<span data-pagefind-meta="title" data-pagefind-ignore>Tasks and futures</span>');
      expect(record.html).toContain('<span data-pagefind-filter="page" data-pagefind-ignore>k</span>');
    }
  });

  it('weighs the recap sections (quiz, summary, links, version notes) down', () => {
    expect(records[2].html).toMatch(/<div data-pagefind-weight="0.25"><h2[^>]*id="summary"/);
    expect(records[2].html).not.toMatch(/<div data-pagefind-weight="0.25"><h2[^>]*id="states"/);
    expect(records[3].html).toMatch(/<div data-pagefind-weight="0.25"><h2[^>]*id="further-reading"/);
  });

  it('makes no record of a page that lists other pages, or of a page that is not a chapter or a post', () => {
    expect(searchRecords(fixture('chapter-list.html'), '/chapters')).toEqual([]);
    expect(searchRecords('<html class="plugin-pages"><body><article><h1>Home</h1><div class="markdown"><p>x</p></div></article></body></html>', '/')).toEqual([]);
  });

  it('indexes prose and its inline code, but not snippets, their outputs, drawings or timelines', async () => {
    const build = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      fs.mkdirSync(path.join(build, 'chapters'));
      fs.writeFileSync(path.join(build, 'chapters/tasks.html'), CHAPTER);
      fs.writeFileSync(path.join(build, 'chapters.html'), fixture('chapter-list.html'));
      const summary = await buildSearchIndex(build);
      expect(summary.pages).toBe(1);
      const served = fs.readdirSync(path.join(build, SEARCH_FOLDER));
      expect(served).toContain('pagefind.js');
      expect(served.filter((file) => /ui|worker|highlight/.test(file))).toEqual([]);
      const dir = path.join(build, SEARCH_FOLDER, 'fragment');
      const text = fs
        .readdirSync(dir)
        .map((file) => zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8'))
        .join('\n');
      expect(text).toContain('asyncio.create_task(coro)');
      expect(text).toContain('asyncio.to_thread');
      for (const word of ['snippetonlyword', 'outputonlyword', 'create_task_runs_soon', 'Diagramonlyword', 'timelineonlyword', 'Direct link', 'Running many at once']) {
        expect(text).not.toContain(word);
      }
      // (Every section after the first is short: they share its record.)
      expect([...recordUrls(build).values()].sort()).toEqual(['/chapters/tasks', '/chapters/tasks#create-task']);
    } finally {
      fs.rmSync(build, {recursive: true, force: true});
    }
  });

  it('serves Pagefind\'s loader, index and English WebAssembly, not its ready-made interfaces or worker', () => {
    expect(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'pagefind.en_1.pf_meta', 'index/en_1.pf_index', 'fragment/en_2.pf_fragment', 'filter/en_3.pf_filter'].every(isServed)).toBe(true);
    expect(['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-worker.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind', 'wasm.fr.pagefind'].some(isServed)).toBe(false);
  });

  it('addresses a built page as the site does', () => {
    expect(pageUrl('/b', '/b/chapters/tasks.html')).toBe('/chapters/tasks');
    expect(pageUrl('/b', '/b/blog/index.html')).toBe('/blog');
    expect(pageUrl('/b', '/b/index.html')).toBe('/');
  });
});

const sub = (title: string, url: string, weights: number[]) => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  weighted_locations: weights.map((w, i) => ({weight: w, balanced_score: w * 100, location: i})),
});
const record = (url: string, subs: ReturnType<typeof sub>[]): PagefindRecord => ({url, excerpt: 'record excerpt', meta: {title: 'Tasks'}, sub_results: subs});

describe('search results', () => {
  it('opens a record at the heading whose matches weigh most', () => {
    const hit = bestSection(record('/chapters/tasks#states', [sub('The states', '/chapters/tasks#states', [1]), sub('Cancelled', '/chapters/tasks#cancelled', [1, 1])]));
    expect(hit).toEqual({url: '/chapters/tasks#cancelled', page: '/chapters/tasks', pageTitle: 'Tasks', heading: 'Cancelled', excerpt: 'about <mark>Cancelled</mark>'});
  });

  it('prefers the heading that names what was searched for', () => {
    const found = record('/chapters/x#to-thread', [sub('asyncio.to_thread', '/chapters/x#to-thread', [1]), sub('run_in_executor', '/chapters/x#executor', [1, 1, 1])]);
    expect(bestSection(found, 'to_thread').url).toBe('/chapters/x#to-thread');
    expect(bestSection(found, 'thread pool').url).toBe('/chapters/x#executor');
  });

  it('shows the opening of a page without a section heading', () => {
    const hit = bestSection(record('/chapters/tasks', [sub('Tasks', '/chapters/tasks', [7])]));
    expect(hit.heading).toBeUndefined();
    expect(hit.url).toBe('/chapters/tasks');
  });

  const result = (id: string): PagefindResult => ({id, score: 1, data: async () => record(`/p/${id}`, [])});
  const found: PagefindSearch = {results: ['a1', 'b1', 'a2', 'c1', 'b2'].map(result), filters: {page: {a: 2, b: 2, c: 1, d: 0}}};
  const byPage: Record<string, string[]> = {a: ['a1', 'a2'], b: ['b1', 'b2'], c: ['c1']};

  it('lists the pages with matches, most matches first', () => {
    expect(matchingPages(found)).toEqual(['a', 'b', 'c']);
    expect(matchingPages({results: []})).toEqual([]);
  });

  it('ranks pages by their best section, as far as the pages of the leading results are known', () => {
    expect(leadingPages(found.results, new Map([['a1', 'a'], ['b1', 'b'], ['a2', 'a']])).map((p) => [p.key, p.best.id])).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    expect(leadingPages(found.results, new Map([['b1', 'b']]))).toEqual([]);
  });

  it('learns the pages of the leading results by searching within one page at a time, and no more than it needs', async () => {
    const searched: string[] = [];
    const search: Searcher = async (_query, options) => {
      const key = options?.filters?.page ?? '';
      searched.push(key);
      return {results: byPage[key].map(result)};
    };
    const learnt = nothingLearnt();
    expect((await topPages(search, 'q', found, 2, learnt)).map((p) => p.key)).toEqual(['a', 'b']);
    expect(searched).toEqual(['a', 'b']);
    // Asked for more, it carries on from what it learnt.
    expect((await topPages(search, 'q', found, 5, learnt)).map((p) => p.key)).toEqual(['a', 'b', 'c']);
    expect(searched).toEqual(['a', 'b', 'c']);
  });

  it('treats every result as its own page when the index has no page filter', async () => {
    const pages = await topPages(async () => null, 'q', {results: found.results}, 2);
    expect(pages.map((p) => p.key)).toEqual(['a1', 'b1']);
  });

  it('reads an excerpt as marked and unmarked text, entities decoded and no other markup', () => {
    expect(excerptParts('use <mark>to_thread,</mark> &lt;not&gt; <b>this</b> &amp; that')).toEqual([
      {text: 'use ', marked: false},
      {text: 'to_thread,', marked: true},
      {text: ' <not> this & that', marked: false},
    ]);
  });

  it('says what the search found', () => {
    const base = {status: 'done' as const, hits: [], total: 0, answered: 'gather'};
    expect(searchStatusText(base, 'gather')).toBe('No results for “gather”.');
    expect(searchStatusText({...base, hits: [{} as never], total: 1}, 'gather')).toBe('1 page matches “gather”:');
    expect(searchStatusText({...base, hits: [{}, {}] as never[], total: 7}, 'gather')).toBe('7 pages match “gather”; the best 2:');
    expect(searchStatusText({...base, status: 'loading'}, 'gat')).toBe('Searching…');
    expect(searchStatusText({...base, status: 'unavailable', message: 'Search works on the built site.'}, 'x')).toBe('Search works on the built site.');
  });
});

describe('API names of a page', () => {
  const page = fixture('page.mdx');

  it('reads the bare name of asyncio APIs in inline code, called or not', () => {
    expect(apiNameOf('asyncio.to_thread(f, 1)')).toBe('to_thread');
    expect(apiNameOf('loop.run_in_executor')).toBe('run_in_executor');
    expect(apiNameOf('asyncio.Queue.shutdown()')).toBe('shutdown');
    expect(apiNameOf('Task.cancel')).toBe('cancel');
    expect(apiNameOf('time.sleep')).toBeUndefined();
    expect(apiNameOf('print()')).toBeUndefined();
    expect(apiNameOf('asyncio')).toBeUndefined();
  });

  it('finds the names in the prose of a page, not in its code fences or front matter', () => {
    expect(apiNamesOf(page)).toEqual(['call_soon', 'create_task', 'done', 'shutdown', 'task_done', 'to_thread']);
    expect(apiUsesOf(page).map((use) => use.form)).toEqual(['asyncio.create_task', 'loop.call_soon', 'task.done', 'asyncio.to_thread', 'asyncio.Queue.shutdown', 'Queue.task_done']);
    expect(codeIdentifiersOf(page)).toContain('print');
  });

  it('tells the names that are also everyday words of the prose', () => {
    // "done" is a word of the prose of both pages, and in the code of one; "to_thread" is in code only.
    expect([...everydayNames([page, 'Nothing is left to be done.\n'])].sort()).toEqual(['done']);
  });
});
