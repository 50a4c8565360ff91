/**
 * The public addresses of a build: every page in its sitemap and every section anchor of every
 * chapter and journal post ("/chapters/why-asyncio#what-asyncio-is-for") and every glossary
 * entry ("/glossary#event-loop"), relative to the base
 * path. Readers paste these into discussions, so once published each must keep working: still
 * there, or redirected (@docusaurus/plugin-client-redirects) to where the content went.
 * Node only.
 */
import fs from 'node:fs';
import {load} from 'cheerio';
import {headingIds, sitemapPaths} from './html';
import {resolveFile} from './serve';

/** The committed list of every address ever published, one per line. */
export const PUBLISHED_URLS_FILE = 'test/published-urls.txt';

export function publicUrls(buildDir: string, basePath: string): string[] {
  const urls: string[] = [];
  for (const path of sitemapPaths(buildDir, basePath)) {
    const page = `/${path}`;
    urls.push(page);
    const file = resolveFile(buildDir, page);
    if (!file) continue;
    const html = fs.readFileSync(file, 'utf8');
    // Sections of pages that are read (chapters, posts) and the glossary's entries, not of lists
    // such as tags.
    if (!/<html[^>]*class="[^"]*\b(docs-doc-page|blog-post-page|glossary-page)\b/.test(html)) continue;
    for (const id of headingIds(html)) urls.push(`${page}#${id}`);
  }
  return urls.sort();
}

/** Where a client-redirect page sends the reader, or undefined if the page is not one. */
export function redirectTarget(html: string): string | undefined {
  const refresh = load(html)('meta[http-equiv="refresh"]').attr('content');
  return refresh ? /url=(.+)$/i.exec(refresh)?.[1]?.trim() : undefined;
}

/** What stillServed needs from a built page, read once per file (and again if it changes). */
interface PageFacts {
  mtimeMs: number;
  redirect: string | undefined;
  ids: Set<string>;
}
const factsCache = new Map<string, PageFacts>();

function factsOf(file: string): PageFacts {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const cached = factsCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached;
  const html = fs.readFileSync(file, 'utf8');
  const $ = load(html);
  const facts = {mtimeMs, redirect: redirectTarget(html), ids: new Set($('[id]').map((_, el) => $(el).attr('id')).get())};
  factsCache.set(file, facts);
  return facts;
}

/**
 * Whether a published address (relative to the base path) still leads somewhere: the page exists
 * (directly or through redirects) and, for "#anchor", the final page has an element with that id.
 * Returns a reason when it does not.
 */
export function stillServed(buildDir: string, basePath: string, url: string): string | undefined {
  const [pagePath, anchor] = url.split('#');
  let current = pagePath;
  for (let hops = 0; hops < 5; hops++) {
    const file = resolveFile(buildDir, current);
    if (!file || !file.endsWith('.html')) return file ? undefined : `no page at ${current}`;
    const facts = factsOf(file);
    if (facts.redirect) {
      const next = new URL(facts.redirect, `http://site${basePath}${current.slice(1)}`).pathname;
      if (!next.startsWith(basePath)) return `${current} redirects outside the site, to ${facts.redirect}`;
      current = `/${next.slice(basePath.length)}`;
      continue;
    }
    if (!anchor) return undefined;
    return facts.ids.has(anchor) ? undefined : `${current} has no element with id "${anchor}"`;
  }
  return `${pagePath} redirects more than 5 times`;
}

/** The addresses in the committed list (comment lines start with "# "). */
export function readPublishedUrls(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
}
