// The production build, as a reader gets it: built under a non-root base path (as on GitHub
// Pages), every link resolves, nothing comes from another origin, every snippet's code and output
// is in the HTML.
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {snippetsDirOf} from '../src/snippets/catalog';
import {extractRegion} from '../src/snippets/region';
import {cssUrls, htmlFiles, isLoadedResource, isOtherOrigin, pageText, references} from '../src/site/html';
import {chapterPages} from '../src/site/pages';
import {resolveFile} from '../src/site/serve';
import {SITE, buildSite} from './support/build';

const BASE = '/async-python/';
let build = '';

beforeAll(() => {
  build = buildSite({BASE_URL: BASE, SITE_URL: 'https://example.org'});
}, 240_000);

afterAll(() => {
  if (build) fs.rmSync(build, {recursive: true, force: true});
});

/** The URL path a built file is served at, e.g. "/async-python/chapters/x". */
function urlOf(file: string): string {
  const rel = path.relative(build, file).replace(/\.html$/, '').replace(/(^|\/)index$/, '');
  return BASE + rel;
}

function pageOf(route: string): string {
  const file = resolveFile(build, route);
  if (!file) throw new Error(`no built page for ${route}`);
  return fs.readFileSync(file, 'utf8');
}

describe('the built site', () => {
  it('has every internal link and asset inside the base path, resolving to a file and an anchor', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(build)) {
      const from = urlOf(file);
      for (const ref of references(fs.readFileSync(file, 'utf8'))) {
        if (isOtherOrigin(ref.url) || /^(mailto|data|javascript):/.test(ref.url) || ref.url.startsWith('#')) continue;
        const target = new URL(ref.url, `http://site${from}`);
        const where = `${path.relative(build, file)}: ${ref.kind} "${ref.url}"`;
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${where} leaves the base path ${BASE}`);
          continue;
        }
        const resolved = resolveFile(build, '/' + target.pathname.slice(BASE.length));
        if (!resolved) {
          broken.push(`${where} points at nothing`);
        } else if (target.hash && resolved.endsWith('.html')) {
          const id = decodeURIComponent(target.hash.slice(1));
          if (load(fs.readFileSync(resolved, 'utf8'))(`[id="${id}"]`).length === 0) broken.push(`${where}: no element with id "${id}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin: scripts, styles, fonts and images are its own', () => {
    const external: string[] = [];
    for (const file of htmlFiles(build)) {
      for (const ref of references(fs.readFileSync(file, 'utf8'))) {
        if (isLoadedResource(ref) && isOtherOrigin(ref.url)) external.push(`${path.relative(build, file)}: ${ref.kind} ${ref.url}`);
      }
    }
    const cssDir = path.join(build, 'assets/css');
    for (const css of fs.readdirSync(cssDir)) {
      for (const url of cssUrls(fs.readFileSync(path.join(cssDir, css), 'utf8'))) {
        if (isOtherOrigin(url)) external.push(`assets/css/${css}: url(${url})`);
      }
    }
    expect(external).toEqual([]);
  });

  it('serves the KaTeX fonts itself', () => {
    const fonts = fs.readdirSync(path.join(build, 'assets/fonts'));
    expect(fonts.some((f) => /^KaTeX_Main-Regular.*\.woff2$/.test(f))).toBe(true);
  });

  it('shows, in the HTML, the code and the output of every snippet a page includes', () => {
    const missing: string[] = [];
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const routes = new Map(chapterPages(SITE).map((p) => [p.file, p.route]));
    for (const {page, include} of lintPages(SITE, snippetsDirOf(SITE), ['docs']).includes) {
      const text = squeeze(pageText(pageOf(routes.get(page)!)));
      const code = extractRegion(fs.readFileSync(include.snippet.absPath, 'utf8'), include.region);
      if (!text.includes(squeeze(code))) missing.push(`${page}: code of ${include.file}${include.region ? ` region ${include.region}` : ''}`);
      if (!include.showOutput) continue;
      for (const output of include.snippet.outputs) {
        const printed = fs.readFileSync(path.join(include.snippet.dir, output.file), 'utf8');
        if (!text.includes(squeeze(printed))) missing.push(`${page}: output ${output.file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every chapter in the sitemap under the published URL', () => {
    const sitemap = fs.readFileSync(path.join(build, 'sitemap.xml'), 'utf8');
    for (const page of chapterPages(SITE)) expect(sitemap).toContain(`https://example.org${BASE}${page.route.slice(1)}<`);
  });

  it('has a landing page that says what the site teaches and links to chapter 1', () => {
    const home = load(pageOf('/'));
    expect(home('h1').text()).toContain('Async Python');
    expect(home('main, header').text()).toMatch(/asyncio/);
    expect(home(`a[href="${BASE}chapters/why-asyncio"]`).length).toBeGreaterThan(0);
  });
});
