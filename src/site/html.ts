/** Reading a built site: its pages, what they link to, what they load. Node only. */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';

export function htmlFiles(buildDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push(full);
    }
  };
  walk(buildDir);
  return files.sort();
}

export interface Reference {
  /** "a[href]", "script[src]", ... */
  kind: string;
  url: string;
}

/** Everything a page links to or loads. */
export function references(html: string): Reference[] {
  const $ = load(html);
  const refs: Reference[] = [];
  for (const [selector, attr] of [
    ['a', 'href'],
    ['link', 'href'],
    ['script', 'src'],
    ['img', 'src'],
    ['source', 'src'],
    ['iframe', 'src'],
  ] as const) {
    $(`${selector}[${attr}]`).each((_, el) => {
      const rel = selector === 'link' ? `[rel=${$(el).attr('rel')}]` : '';
      refs.push({kind: `${selector}${rel}[${attr}]`, url: $(el).attr(attr)!});
    });
  }
  return refs;
}

/** Loaded by the browser when the page opens (not merely linked for a reader to follow). */
export function isLoadedResource(ref: Reference): boolean {
  if (ref.kind.startsWith('a[')) return false;
  // <link rel=canonical/alternate> are addresses of this page, not something fetched.
  return !/\[rel=(canonical|alternate|sitemap)\]/.test(ref.kind);
}

export function isOtherOrigin(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}

/** CSS url(...) values, for fonts and images a stylesheet loads. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'));
}

/**
 * The pages a build's sitemap lists, as paths below the site's base path ("" for the home page,
 * "chapters/why-asyncio", ...).
 */
export function sitemapPaths(buildDir: string, basePath: string): string[] {
  const xml = fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  if (paths.length === 0) throw new Error(`${buildDir}/sitemap.xml lists no pages`);
  const outside = paths.filter((p) => !p.startsWith(basePath));
  if (outside.length > 0) throw new Error(`sitemap.xml lists pages outside ${basePath}: ${outside.join(', ')}`);
  return paths.map((p) => p.slice(basePath.length)).sort();
}

/** The ids of the headings (h2-h6) in a page's article: the anchors a reader can link to. */
export function headingIds(html: string): string[] {
  const $ = load(html);
  return $('article :is(h2, h3, h4, h5, h6)[id]')
    .map((_, el) => $(el).attr('id')!)
    .get();
}
