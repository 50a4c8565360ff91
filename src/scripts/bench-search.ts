/**
 * npm run bench:search [-- --build DIR [--base /path/]]
 *
 * What a reader's first search downloads, on the real site and on the site with every chapter
 * and post ten times over (the same pages under nine more addresses each, indexed by the same
 * Pagefind setup: src/search/buildIndex.ts). For each query, a fresh browser (empty cache) opens
 * a chapter and waits for it to settle, then the reader focuses the navbar's search box and
 * enters the query (pasted: one input event, one search); every byte received from then until the
 * results are listed is counted: the bodies as sent (Pagefind's files are gzipped; the server gzips the
 * others), without the HTTP headers, which depend on the host. Target: at most 100 KB for every
 * query, on both sites. Exits 1 if one misses.
 *
 * Also shown, outside the target: two queries typed a key every 150 ms. Whenever typing pauses
 * (200 ms; longer on a busy machine) the box searches for what is typed so far, and shows it:
 * those searches add their own chunks and sections to the first one's.
 *
 * Builds the site first, at the root base path, unless --build names an existing build of it
 * (made under the base path --base, "/" unless given).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {STATE_DEADLINE_MS, launchChromium} from '../site/browser';
import {SITE, buildSiteInto} from '../site/build';
import {htmlFiles} from '../site/html';
import {benchChapters} from '../site/pages';
import {serveBuild} from '../site/serve';
import {buildSearchIndex, pageUrl} from '../search/buildIndex';
import {searchRecords} from '../search/records';
import {GLOSSARY_TERMS_FILE} from '../search/results';

const TARGET_BYTES = 100 * 1024;
const COPIES = 10;
/** Concepts and API names readers search for: short and long words, common and rare ones. */
const QUERIES = ['event loop', 'coroutine', 'gather', 'task', 'to_thread', 'run_in_executor', 'cancel', 'TaskGroup', 'blocking', 'queue'];
/** Also typed key by key (outside the target): a pause searches for what is typed so far. */
const TYPED = ['event loop', 'to_thread'];
const KEY_DELAY_MS = 150;

/**
 * A copy of the build in which every page that is read appears COPIES times (the original and
 * copies at "<page>-copy-N"), indexed again. Returns the number of pages indexed.
 */
async function tenfold(build: string, to: string): Promise<number> {
  fs.cpSync(build, to, {recursive: true});
  for (const file of htmlFiles(build)) {
    const html = fs.readFileSync(file, 'utf8');
    if (searchRecords(html, pageUrl(build, file)).length === 0) continue;
    const rel = path.relative(build, file).replace(/\.html$/, '');
    for (let copy = 1; copy < COPIES; copy++) fs.writeFileSync(path.join(to, `${rel}-copy-${copy}.html`), html);
  }
  return (await buildSearchIndex(to)).pages;
}

interface Sample {
  query: string;
  typed: boolean;
  bytes: number;
  /** Bytes by kind of file: Pagefind's code, its WebAssembly, metadata, index chunks, filters, fragments, the glossary's terms. */
  kinds: Record<string, number>;
  requests: number;
  results: number;
  /** Requests that are not Pagefind's files. */
  others: string[];
}

const kindOf = (file: string) =>
  file.endsWith('.js')
    ? 'js'
    : file.startsWith('wasm.')
      ? 'wasm'
      : /\.pf_meta$|entry\.json/.test(file)
        ? 'meta'
        : file.startsWith(GLOSSARY_TERMS_FILE)
          ? 'terms'
          : (['index', 'filter', 'fragment'].find((folder) => file.startsWith(`${folder}/`)) ?? 'other');

async function firstSearch(browser: Browser, siteUrl: string, chapter: string, query: string, typed = false): Promise<Sample> {
  const context = await browser.newContext();
  context.setDefaultTimeout(STATE_DEADLINE_MS);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await page.goto(siteUrl + chapter.slice(1), {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    const urls = new Map<string, string>();
    const headers = new Map<string, number>();
    let bytes = 0;
    let requests = 0;
    const kinds: Record<string, number> = {};
    const others: string[] = [];
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.responseReceived', (event) => headers.set(event.requestId, event.response.encodedDataLength));
    cdp.on('Network.loadingFinished', (event) => {
      const url = urls.get(event.requestId);
      if (!url) return;
      const body = event.encodedDataLength - (headers.get(event.requestId) ?? 0);
      bytes += body;
      requests++;
      const kind = kindOf(url.split('/pagefind/')[1] ?? '');
      kinds[kind] = (kinds[kind] ?? 0) + body;
      if (!url.startsWith(`${siteUrl}pagefind/`)) others.push(url);
    });
    const input = page.locator('.navbar input[type=search]');
    await input.focus();
    if (typed) await input.pressSequentially(query, {delay: KEY_DELAY_MS});
    else await input.fill(query);
    await page.waitForFunction(
      (q) => {
        const status = document.querySelector('.navbar [data-results] [data-status]')?.textContent ?? '';
        return status.includes(`“${q}”`) && /match|No results/.test(status);
      },
      query,
    );
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.navbar [data-results] li').count();
    return {query, typed, bytes, kinds, requests, results, others};
  } finally {
    await context.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function measure(browser: Browser, dir: string, base: string, label: string): Promise<boolean> {
  const served = await serveBuild(dir, base);
  const {plain} = benchChapters(SITE);
  const samples: Sample[] = [];
  try {
    for (const query of QUERIES) samples.push(await firstSearch(browser, served.url, plain, query));
    for (const query of TYPED) samples.push(await firstSearch(browser, served.url, plain, query, true));
  } finally {
    await served.close();
  }
  console.log(`\n${label}: first search from ${plain} (fresh cache)`);
  for (const s of samples) {
    const other = s.others.length ? `  also fetched: ${s.others.join(', ')}` : '';
    const kinds = Object.entries(s.kinds).map(([kind, n]) => `${kind} ${(n / 1024).toFixed(1)}`).join(', ');
    const query = `${JSON.stringify(s.query)}${s.typed ? ' typed (outside the target)' : ''}`;
    console.log(`  ${query.padEnd(42)} ${kb(s.bytes).padStart(9)} in ${String(s.requests).padStart(2)} requests (${kinds}), ${s.results} results listed${other}`);
  }
  const pasted = samples.filter((s) => !s.typed);
  const worst = pasted.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const ok = worst.bytes <= TARGET_BYTES && samples.every((s) => s.others.length === 0 && s.results > 0);
  console.log(`  first search, most: ${kb(worst.bytes)} for ${JSON.stringify(worst.query)} (target: at most ${kb(TARGET_BYTES)}) ${ok ? 'ok' : 'MISSED'}`);
  return ok;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const given = option('--build') && path.resolve(option('--build')!);
  const base = option('--base') ?? '/';
  if (args.length !== (given ? 2 : 0) + (option('--base') ? 2 : 0)) throw new Error('usage: npm run bench:search [-- --build DIR [--base /path/]]');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const browser = await launchChromium();
  try {
    const build = given ?? path.join(work, 'site');
    if (!given) buildSiteInto(build);
    const pages = await tenfold(build, path.join(work, 'tenfold'));
    const real = await measure(browser, build, base, 'the real site');
    const ten = await measure(browser, path.join(work, 'tenfold'), base, `the site ${COPIES} times over (${pages} pages)`);
    process.exitCode = real && ten ? 0 : 1;
  } finally {
    await browser.close();
    fs.rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
