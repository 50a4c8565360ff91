// Search's pieces: what the index holds (a record per section, code left out; the glossary a few
// entries a record), how results become pages opened at their best section, learning each page
// from the sections shown, with the glossary entry of a term first; a first search in Node
// through the loader the site serves; which API names a page shows, and what the box says.
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {apiNameOf, apiNamesOf, apiUsesOf, codeIdentifiersOf, everydayNames} from '../src/search/apiNames';
import {SEARCH_FOLDER, buildSearchIndex, isServed, pageUrl, recordUrls} from '../src/search/buildIndex';
import {PAGEFIND_OPTIONS, type Pagefind} from '../src/search/pagefind';
import {GLOSSARY_ENTRIES_PER_RECORD, glossaryRecords, glossaryTerms, searchRecords} from '../src/search/records';
import {
  GLOSSARY_PAGE_KEY,
  GLOSSARY_TERMS_FILE,
  bestSection,
  entryOf,
  excerptParts,
  morePages,
  nothingLearnt,
  pageOf,
  topPages,
  type GlossaryTerms,
  type PagefindRecord,
  type PagefindResult,
  type PagefindSearch,
  type Searcher,
} from '../src/search/results';
import {searchStatusText} from '../src/search/status';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures/search', name), 'utf8');
const CHAPTER = fixture('chapter.html');

describe('search records', () => {
  const records = searchRecords(CHAPTER, '/chapters/tasks', {minWords: 20, pageKey: 'k', pageGroup: '2'});

  it('makes a record of the opening and of each section, a short section sharing the next one', () => {
    // "Task names" has one word of prose: the sections after it join its record ("The states of a
    // task" with its "Cancelled" subsection, the summary) until it has 20 words.
    expect(records.map((r) => r.url)).toEqual(['/chapters/tasks', '/chapters/tasks#create-task', '/chapters/tasks#names', '/chapters/tasks#further-reading']);
    for (const id of ['states', 'cancelled', 'summary']) expect(records[2].html).toContain(`id="${id}"`);
  });

  it('titles the opening with the page title, and gives every record the title as metadata and its page in the filter of the page\'s group', () => {
    expect(records[0].html).toMatch(/<h1[^>]*>Tasks and futures<\/h1>/);
    expect(records[1].html).not.toContain('<h1');
    for (const record of records) {
      expect(record.html).toContain('<span data-pagefind-meta="title" data-pagefind-ignore>Tasks and futures</span>');
      expect(record.html).toContain('<span data-pagefind-filter="pages-2" data-pagefind-ignore>k</span>');
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
      // No glossary here: its terms are none.
      expect(JSON.parse(fs.readFileSync(path.join(build, SEARCH_FOLDER, GLOSSARY_TERMS_FILE), 'utf8'))).toEqual({});
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

  it('opens a record of the glossary at the entry searched for', () => {
    const found = record('/glossary#lock', [sub('lock', '/glossary#lock', [1, 1]), sub('semaphore', '/glossary#semaphore', [1])]);
    expect(bestSection(found, 'semaphores', 'semaphore').url).toBe('/glossary#semaphore');
    expect(bestSection(found, 'semaphores').url).toBe('/glossary#lock');
  });

  // A fake index: each result's data says its page (in the filter of the page's group), and a
  // search within a page answers with that page's results. It records what is fetched and searched.
  const byPage: Record<string, string[]> = {a: ['a1', 'a2'], b: ['b1', 'b2'], c: ['c1']};
  const fakeIndex = (pageFilters = true) => {
    const fetched: string[] = [];
    const searched: string[] = [];
    const result = (id: string): PagefindResult => ({
      id,
      score: 1,
      data: async () => {
        fetched.push(id);
        const filters: Record<string, string[]> = pageFilters ? {'pages-0': [id[0]]} : {};
        return {url: `/${id[0]}#${id}`, excerpt: '', meta: {}, filters};
      },
    });
    const search: Searcher = async (_query, options) => {
      searched.push(JSON.stringify(options?.filters));
      return {results: (byPage[options?.filters?.['pages-0'] ?? ''] ?? []).map(result)};
    };
    return {fetched, searched, search, found: {results: ['a1', 'b1', 'a2', 'c1', 'b2'].map(result)}};
  };

  it('learns the page of a result from its data, places the page\'s other results by one search within its page, and fetches no more', async () => {
    const {fetched, searched, search, found} = fakeIndex();
    const learnt = nothingLearnt();
    expect((await topPages(search, 'q', found, 2, learnt)).map((p) => [p.key, p.best.id])).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    // a2 is skipped unfetched: the search within page a placed it.
    expect(fetched).toEqual(['a1', 'b1']);
    expect(searched).toEqual([JSON.stringify({'pages-0': 'a'}), JSON.stringify({'pages-0': 'b'})]);
    expect(morePages(found, learnt)).toBe(true);
    // Asked for more, it carries on from what it learnt.
    expect((await topPages(search, 'q', found, 5, learnt)).map((p) => p.key)).toEqual(['a', 'b', 'c']);
    expect(fetched).toEqual(['a1', 'b1', 'c1']);
    expect(morePages(found, learnt)).toBe(false);
  });

  it('fetches nothing more once the reader has typed on', async () => {
    const {fetched, search, found} = fakeIndex();
    expect((await topPages(search, 'q', found, 5, nothingLearnt(), {}, () => fetched.length < 1)).map((p) => p.key)).toEqual(['a']);
    expect(fetched).toEqual(['a1']);
  });

  it('treats every result as its own page when the index has no page filter', async () => {
    const {searched, search, found} = fakeIndex(false);
    const pages = await topPages(search, 'q', found, 2);
    expect(pages.map((p) => p.key)).toEqual(['a1', 'b1']);
    expect(searched).toEqual([]);
  });

  it('reads an excerpt as marked and unmarked text, entities decoded and no other markup', () => {
    expect(excerptParts('use <mark>to_thread,</mark> &lt;not&gt; <b>this</b> &amp; that')).toEqual([
      {text: 'use ', marked: false},
      {text: 'to_thread,', marked: true},
      {text: ' <not> this & that', marked: false},
    ]);
  });

  it('says what the search found', () => {
    const base = {status: 'done' as const, hits: [], morePages: false, answered: 'gather'};
    expect(searchStatusText(base, 'gather')).toBe('No results for “gather”.');
    expect(searchStatusText({...base, hits: [{} as never]}, 'gather')).toBe('1 page matches “gather”:');
    expect(searchStatusText({...base, hits: [{}, {}] as never[]}, 'gather')).toBe('2 pages match “gather”:');
    expect(searchStatusText({...base, hits: [{}, {}] as never[], morePages: true}, 'gather')).toBe('More than 2 pages match “gather”; the best 2:');
    expect(searchStatusText({...base, status: 'loading'}, 'gat')).toBe('Searching…');
    expect(searchStatusText({...base, status: 'unavailable', message: 'Search works on the built site.'}, 'x')).toBe('Search works on the built site.');
  });
});

/** A glossary page as built, with these entries (real ids, so that their names are the glossary's). */
function glossaryPage(ids: string[]): string {
  const entries = ids.map(
    (id) =>
      `<section data-glossary-entry="${id}"><h2 id="${id}">${id.replace(/-/g, ' ')}<a class="hash-link" href="#${id}">#</a></h2>` +
      `<p data-glossary-definition>What a ${id.replace(/-/g, ' ')} is, with <code>asyncio.${id}</code>.</p><p>Taught in</p><ul><li><a href="/c#x">Chapter 4</a></li></ul></section>`,
  );
  return `<!doctype html><html class="plugin-pages glossary-page"><body><main><article><div class="markdown"><h1>Glossary</h1><p>Intro.</p>${entries.join('')}</div></article></main></body></html>`;
}

const ENTRIES = ['background-task', 'coroutine', 'event-loop', 'future', 'gather', 'lock', 'semaphore', 'task'];

describe('the glossary in search', () => {
  it('makes records of a few entries each, at the first one\'s anchor: each term a heading at its anchor and its definition, filtered by the glossary\'s page', () => {
    const records = searchRecords(glossaryPage(ENTRIES), '/glossary', {pageKey: 'ignored'});
    expect(GLOSSARY_ENTRIES_PER_RECORD).toBe(6);
    expect(records.map((r) => [r.url, r.entries])).toEqual([
      ['/glossary#background-task', ENTRIES.slice(0, 6)],
      ['/glossary#semaphore', ['semaphore', 'task']],
    ]);
    expect(records[0].html).toMatch(/<h2 id="event-loop"[^>]*>event loop<\/h2><p[^>]*>What a event loop is, with <code>asyncio.event-loop<\/code>.<\/p>/);
    expect(records[0].html).toContain(`<span data-pagefind-filter="pages-${GLOSSARY_PAGE_KEY}" data-pagefind-ignore>${GLOSSARY_PAGE_KEY}</span>`);
    expect(records[0].html).not.toMatch(/Taught in|Chapter 4|Intro|hash-link/);
    expect(glossaryRecords('<html><body></body></html>', '/glossary')).toEqual([]);
  });

  it('writes every name of a term with its entry\'s record and anchor, and reads a query as one: case, spaces, "()" and plurals aside', () => {
    const terms = glossaryTerms(new Map([['gather', 'en_1'], ['back-pressure', 'en_2']]));
    expect(terms).toEqual({gather: ['en_1', 'gather'], 'asyncio.gather': ['en_1', 'gather'], 'back-pressure': ['en_2', 'back-pressure'], backpressure: ['en_2', 'back-pressure'], 'back pressure': ['en_2', 'back-pressure']});
    expect(entryOf('  Back   Pressure ', terms)).toEqual(['en_2', 'back-pressure']);
    expect(entryOf('asyncio.gather()', terms)).toEqual(['en_1', 'gather']);
    expect(entryOf('gathers', terms)).toEqual(['en_1', 'gather']);
    expect(entryOf('gathering', terms)).toBeUndefined();
    expect(entryOf('constructor', terms)).toBeUndefined();
  });

  // Results: a1 (page a), g1 (the glossary's record holding "event loop" and "task"), b1, g2 (another record of the glossary).
  const glossarySearch = (entryMatched: boolean) => {
    const fetched: string[] = [];
    const data: Record<string, PagefindRecord> = {
      a1: {url: '/a#a1', excerpt: '', meta: {}, filters: {'pages-0': ['a']}},
      b1: {url: '/b#b1', excerpt: '', meta: {}, filters: {'pages-0': ['b']}},
      g1: {url: '/glossary#event-loop', excerpt: '', meta: {title: 'Glossary'}, sub_results: entryMatched ? [sub('event loop', '/glossary#event-loop', [1])] : [sub('task', '/glossary#task', [1])]},
      g2: {url: '/glossary#lock', excerpt: '', meta: {title: 'Glossary'}},
    };
    const result = (id: string): PagefindResult => ({id, score: 1, data: async () => (fetched.push(id), data[id])});
    const searched: string[] = [];
    const search: Searcher = async (_query, options) => (searched.push(JSON.stringify(options?.filters)), {results: []});
    const terms: GlossaryTerms = {'event loop': ['g1', 'event-loop'], task: ['g1', 'task'], lock: ['g2', 'lock']};
    return {fetched, searched, search, terms, found: {results: ['a1', 'g2', 'g1', 'b1'].map(result)}};
  };

  it('lists the entry of the term searched for first, opened at the entry, then the other pages, the glossary not again; its records are placed without a search', async () => {
    const {fetched, searched, search, terms, found} = glossarySearch(true);
    const learnt = nothingLearnt();
    const pages = await topPages(search, 'Event loops', found, 3, learnt, terms);
    expect(pages.map((p) => [p.key, p.best.id, p.anchor])).toEqual([
      [GLOSSARY_PAGE_KEY, 'g1', 'event-loop'],
      ['a', 'a1', undefined],
      ['b', 'b1', undefined],
    ]);
    expect(fetched).toEqual(['g1', 'a1', 'b1']);
    expect(searched).toEqual([JSON.stringify({'pages-0': 'a'}), JSON.stringify({'pages-0': 'b'})]);
    // Asked for more, the entry stays first and is not looked up again.
    expect((await topPages(search, 'Event loops', found, 5, learnt, terms))[0].best.id).toBe('g1');
    expect(fetched.filter((id) => id === 'g1')).toHaveLength(1);
    expect(morePages(found, learnt)).toBe(false);
  });

  it('ranks as before when the query names no term, or its entry did not match (only another entry of its record did)', async () => {
    for (const [query, matched] of [['sleeping', true], ['event loop', false]] as const) {
      const {search, terms, found} = glossarySearch(matched);
      const pages = await topPages(search, query, found, 3, nothingLearnt(), terms);
      expect(pages.map((p) => [p.key, p.best.id, p.anchor]), query).toEqual([
        ['a', 'a1', undefined],
        [GLOSSARY_PAGE_KEY, 'g2', undefined],
        ['b', 'b1', undefined],
      ]);
    }
  });
});

/** Serves a build's search files on 127.0.0.1, recording each file asked for. */
async function serveSearchFiles(build: string): Promise<{url: string; asked: string[]; close: () => void}> {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    const file = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const full = path.join(build, SEARCH_FOLDER, file);
    asked.push(file);
    if (!full.startsWith(path.join(build, SEARCH_FOLDER)) || !fs.existsSync(full)) return void res.writeHead(404).end();
    res.writeHead(200, {'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream'}).end(fs.readFileSync(full));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, asked, close: () => server.close()};
}

describe('a first search, in Node, through the loader the site serves', () => {
  it('lists the entry of a term first, then pages by their best section, fetching no filter but the group of the pages it lists', async () => {
    const build = fs.mkdtempSync(path.join(os.tmpdir(), 'search-first-'));
    try {
      fs.mkdirSync(path.join(build, 'chapters'));
      fs.writeFileSync(path.join(build, 'chapters/tasks.html'), CHAPTER);
      fs.writeFileSync(path.join(build, 'chapters/again.html'), CHAPTER.replace('Tasks and futures', 'Tasks again'));
      fs.writeFileSync(path.join(build, 'glossary.html'), glossaryPage(ENTRIES));
      await buildSearchIndex(build, undefined, 20);
      const served = await serveSearchFiles(build);
      try {
        // The loader as served (minified), run in Node as the browser runs it.
        const loader = (await import(pathToFileURL(path.join(build, SEARCH_FOLDER, 'pagefind.js')).href)) as {createInstance(options: object): Pagefind};
        const pagefind = loader.createInstance({...PAGEFIND_OPTIONS, basePath: served.url});
        const terms = (await (await fetch(served.url + GLOSSARY_TERMS_FILE)).json()) as GlossaryTerms;
        await pagefind.init();
        expect(served.asked.filter((file) => file.startsWith('filter/'))).toEqual([]);
        const found = (await pagefind.search('task'))!;
        const pages = await topPages((query, options) => pagefind.search(query, options), 'task', found, 5, nothingLearnt(), terms);
        const hits = await Promise.all(pages.map(async (page) => bestSection(await page.best.data(), 'task', page.anchor)));
        expect(hits[0].url).toBe('/glossary#task');
        expect(hits[0].pageTitle).toBe('Glossary');
        expect(hits.slice(1).map((hit) => pageOf(hit.url)).sort()).toEqual(['/chapters/again', '/chapters/tasks']);
        expect(hits[0].excerpt).toContain('<mark>');
        // One filter (both chapters are in the first group), and a fragment for each result shown.
        expect(served.asked.filter((file) => file.startsWith('filter/'))).toHaveLength(1);
        expect(served.asked.filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
      } finally {
        served.close();
      }
    } finally {
      fs.rmSync(build, {recursive: true, force: true});
    }
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
