/**
 * Builds the site's search index with Pagefind from a production build: every section of every
 * page that is read becomes a record (src/search/records.ts), and the index goes to `pagefind/`
 * inside the build, served by the site itself under its base path. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';
import {transformSync} from 'esbuild';
import {htmlFiles} from '../site/html';
import {EXCLUDE_SELECTORS, glossaryTerms, searchRecords} from './records';
import {GLOSSARY_TERMS_FILE, PAGES_PER_FILTER} from './results';

/** Where the index goes, inside the build. The browser loads `<base>pagefind/pagefind.js`. */
export const SEARCH_FOLDER = 'pagefind';

/**
 * Words per index chunk, counted in word locations (Pagefind's default is 20,000). A query fetches
 * the chunk holding each of its words: 2,500 keeps a chunk to a few KB gzipped (33 KB at the
 * default), at the price of a slightly longer list of chunks in the metadata every search
 * fetches. (Pagefind reads this from its environment only, under a name that says it may change.)
 */
const INDEX_CHUNK_SIZE = '2500';

/**
 * What the site serves of what Pagefind writes: its loader (pagefind.js), the entry, the English
 * WebAssembly, the metadata, index chunks, filters and fragments. Left out: Pagefind's own
 * ready-made interfaces (the site has its own), the web worker (search runs on the page, which
 * saves the first search 12 KB), the highlighter and the WebAssembly for other languages. Beside
 * them goes the site's own GLOSSARY_TERMS_FILE.
 */
export function isServed(file: string): boolean {
  return !/^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.|wasm\.(?!en\.)|playground\/)/.test(file);
}

/** Pagefind's loader, the first file a search fetches. */
const LOADER = 'pagefind.js';

/**
 * Pagefind's loader as the site serves it: minified (by esbuild), which takes a sixth off what a
 * first search downloads of it (13.1 KB gzipped as Pagefind writes it, 11.3 KB minified).
 */
function minified(loader: Uint8Array): Uint8Array {
  return Buffer.from(transformSync(Buffer.from(loader).toString('utf8'), {minify: true, format: 'esm'}).code);
}

/** The address a built HTML file is served at, relative to the base path: "/chapters/x". */
export function pageUrl(buildDir: string, file: string): string {
  const rel = path.relative(buildDir, file).split(path.sep).join('/');
  return `/${rel.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`;
}

type PagefindApi = typeof import('pagefind');

/**
 * Pagefind's Node API. Its package is an ES module with no entry for require(), and Docusaurus
 * loads plugins through jiti, which turns `import('pagefind')` into a require() of the package and
 * fails; imported by the URL of the file the package names, it loads there and under tsx alike.
 */
async function importPagefind(): Promise<PagefindApi> {
  for (let dir = path.resolve(__dirname); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', 'pagefind', 'package.json');
    if (fs.existsSync(manifest)) {
      const entry = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as {exports: {'.': {import: string}}}).exports['.'].import;
      return (await import(pathToFileURL(path.join(path.dirname(manifest), entry)).href)) as PagefindApi;
    }
    if (dir === path.dirname(dir)) throw new Error('the package pagefind is not installed: run npm install');
  }
}

export interface IndexSummary {
  pages: number;
  records: number;
  /** Bytes of the files written, as stored (Pagefind's files are gzipped already). */
  bytes: number;
}

/**
 * Indexes the HTML files of `buildDir` (all of them unless `files` says which) and writes the
 * index to `buildDir/pagefind/`, replacing any index there.
 */
export async function buildSearchIndex(buildDir: string, files = htmlFiles(buildDir), minWords?: number): Promise<IndexSummary> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const pagefind = await importPagefind();
  try {
    const {index, errors} = await pagefind.createIndex({forceLanguage: 'en', rootSelector: 'article', excludeSelectors: EXCLUDE_SELECTORS});
    if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
    let pages = 0;
    let records = 0;
    // The glossary's entries, by the address of their record ("/glossary#async-function" -> ["async-function", ...]).
    const entries = new Map<string, string[]>();
    for (const file of files) {
      const page = {pageKey: pages.toString(36), pageGroup: Math.floor(pages / PAGES_PER_FILTER).toString(36)};
      const found = searchRecords(fs.readFileSync(file, 'utf8'), pageUrl(buildDir, file), {minWords, ...page});
      if (found.length > 0) pages++;
      for (const record of found) {
        if (record.entries) entries.set(record.url, record.entries);
        const added = await index.addHTMLFile({url: record.url, content: record.html});
        if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
        records++;
      }
    }
    const written = await index.getFiles();
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    const outDir = path.join(buildDir, SEARCH_FOLDER);
    fs.rmSync(outDir, {recursive: true, force: true});
    let bytes = 0;
    const entryRecords = new Map<string, string>(); // "event-loop" -> "en_1a2b3c4"
    for (const {path: file, content} of written.files) {
      if (!isServed(file)) continue;
      const served = file === LOADER ? minified(content) : content;
      fs.mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
      fs.writeFileSync(path.join(outDir, file), served);
      bytes += served.length;
      // The record of each entry of the glossary (the first: the bench's copies of the glossary hold it again).
      const record = /^fragment\/(.+)\.pf_fragment$/.exec(file)?.[1];
      if (record === undefined) continue;
      for (const entry of entries.get(fragmentUrl(content)) ?? []) if (!entryRecords.has(entry)) entryRecords.set(entry, record);
    }
    const terms = Buffer.from(JSON.stringify(glossaryTerms(entryRecords)));
    fs.writeFileSync(path.join(outDir, GLOSSARY_TERMS_FILE), terms);
    bytes += terms.length;
    return {pages, records, bytes};
  } finally {
    await pagefind.close();
  }
}

/**
 * The address of every record of a built index, by the id a search result carries (its
 * fragment's name, "en_1a2b3c4"), read from the fragments in the build: for tests and benchmarks.
 */
export function recordUrls(buildDir: string): Map<string, string> {
  const dir = path.join(buildDir, SEARCH_FOLDER, 'fragment');
  const urls = new Map<string, string>();
  for (const file of fs.readdirSync(dir)) urls.set(file.replace(/\.pf_fragment$/, ''), fragmentUrl(fs.readFileSync(path.join(dir, file))));
  return urls;
}

/** The address of a fragment's record: a fragment is gzipped, a signature, then the record as JSON. */
function fragmentUrl(fragment: Uint8Array): string {
  const text = zlib.gunzipSync(fragment).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as {url: string}).url;
}
