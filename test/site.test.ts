// The production build, as a reader gets it: built under a non-root base path (as on GitHub
// Pages), every link resolves, nothing comes from another origin, every chapter previews well
// when its link is pasted, and every address ever published still works.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {alphabetical} from '../src/glossary/entries';
import {MATH_FONTS} from '../src/plugins/fontFiles';
import {GLOSSARY} from '../src/glossary/terms';
import {LINKS_PER_PARAGRAPH} from '../src/remark/glossaryLinks';
import {cssUrls, htmlFiles, isLoadedResource, isOtherOrigin, references} from '../src/site/html';
import {chapterPages, frontMatterField} from '../src/site/pages';
import {PUBLISHED_URLS_FILE, publicUrls, readPublishedUrls, stillServed} from '../src/site/publicUrls';
import {resolveFile} from '../src/site/serve';
import sidebars from '../sidebars';
import {BASE, SITE, SITE_URL, builtSite} from './support/build';

// Built once for the whole run by test/support/globalBuild.ts.
const build = inject('siteBuild');
beforeAll(() => builtSite(build));

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

/** A meta tag's content, by property or name. */
const metaOf = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';

/** The built file an absolute URL of the site points at, or undefined. */
function servedFile(url: string): string | undefined {
  const prefix = `${SITE_URL}${BASE}`;
  return url.startsWith(prefix) ? resolveFile(build, '/' + url.slice(prefix.length)) : undefined;
}

/** Width and height of a PNG file, or undefined if it is not one. */
function pngSize(file: string): {width: number; height: number} | undefined {
  const bytes = fs.readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

/** The chapters in sidebar order (sidebars.ts), as doc ids: "why-asyncio". */
function sidebarDocIds(): string[] {
  const ids: string[] = [];
  const walk = (items: unknown[]) => {
    for (const item of items) {
      if (typeof item === 'string') ids.push(item);
      else if (item && typeof item === 'object' && 'items' in item) walk((item as {items: unknown[]}).items);
    }
  };
  walk(sidebars.chapters as unknown[]);
  return ids;
}

/** The built journal posts: their files and routes ("/blog/2026/11/22/x"). */
function builtPosts(): {file: string; route: string}[] {
  return htmlFiles(build)
    .filter((file) => /<html[^>]*class="[^"]*\bblog-post-page\b/.test(fs.readFileSync(file, 'utf8')))
    .map((file) => ({file, route: urlOf(file).slice(BASE.length - 1)}));
}

/** A doc id from its file: "docs/07-async-and-await.mdx" -> "async-and-await". */
const docIdOf = (file: string) => path.basename(file).replace(/^\d+-/, '').replace(/\.mdx?$/, '');

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

  it('serves the KaTeX fonts itself, as files: the stylesheet every page waits for inlines none', () => {
    const fonts = fs.readdirSync(path.join(build, 'assets/fonts'));
    expect(fonts.some((f) => /^KaTeX_Main-Regular.*\.woff2$/.test(f))).toBe(true);
    // KaTeX's smallest fonts (Size1-4, Caligraphic, Script) too, which the bundler would inline.
    expect(fonts.some((f) => /^KaTeX_Size4-Regular.*\.woff2$/.test(f))).toBe(true);
    const cssDir = path.join(build, 'assets/css');
    const inlined = fs.readdirSync(cssDir).filter((css) => /url\(\s*['"]?data:(font|application\/font)/.test(fs.readFileSync(path.join(cssDir, css), 'utf8')));
    expect(inlined).toEqual([]);
  });

  it('ships the site\'s own Prism, with Python alone: not prism-react-renderer\'s dozen languages, nor Prism\'s catalogue of them', () => {
    const jsDir = path.join(build, 'assets/js');
    const scripts = fs.readdirSync(jsDir).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(jsDir, f), 'utf8'));
    // Each language a script sets up, as Prism's language files and prism-react-renderer's bundle write it.
    const languages = new Set(scripts.flatMap((js) => [...js.matchAll(/\b(?:Prism|[a-z])\.languages\.([a-z]+)\s*=(?!=)/g)].map((m) => m[1])));
    expect([...languages].sort()).toEqual(['py', 'python']);
    // Prism's catalogue (prismjs/components.js), which Docusaurus's prism-include-languages bundles.
    expect(scripts.filter((js) => js.includes('"components/prism-core.js"'))).toEqual([]);
  });

  it('preloads the two fonts that set the height of a line with math, on the pages with math and no other', () => {
    const cssDir = path.join(build, 'assets/css');
    const fontUrls = fs.readdirSync(cssDir).flatMap((f) => cssUrls(fs.readFileSync(path.join(cssDir, f), 'utf8')));
    const withMath: string[] = [];
    const problems: string[] = [];
    for (const file of htmlFiles(build)) {
      const $ = load(fs.readFileSync(file, 'utf8'));
      const name = path.relative(build, file);
      const links = $('head link[rel=preload][as=font]').toArray().map((link) => $(link));
      const preloads = links.map((link) => `${link.attr('href')} ${link.attr('type')} ${link.attr('crossorigin')}`);
      if ($('.katex').length === 0) {
        if (preloads.length > 0) problems.push(`${name} shows no math but preloads ${preloads.join(', ')}`);
        continue;
      }
      withMath.push(name);
      // The very files the stylesheet names (another URL would be fetched twice), in CORS mode.
      const expected = MATH_FONTS.map((font) => `${fontUrls.find((url) => new RegExp(`/${font}-[0-9a-f]+\\.woff2$`).test(url))} font/woff2 anonymous`);
      if (JSON.stringify(preloads) !== JSON.stringify(expected)) problems.push(`${name} preloads [${preloads.join(', ')}], not [${expected.join(', ')}]`);
      for (const href of links.map((link) => link.attr('href') ?? '')) {
        if (!fs.existsSync(path.join(build, href.slice(BASE.length)))) problems.push(`${name} preloads ${href}, which the build lacks`);
      }
    }
    expect(withMath).toContain('chapters/why-asyncio.html');
    expect(problems).toEqual([]);
  });

  it('gives every chapter a title, a description and a social card, so a pasted link previews well', () => {
    const problems: string[] = [];
    for (const chapter of chapterPages(SITE)) {
      const $ = load(pageOf(chapter.route));
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';
      const description = frontMatterField(fs.readFileSync(path.join(SITE, chapter.file), 'utf8'), 'description');
      const where = chapter.route;
      if (!description || description.length < 50) problems.push(`${where}: front matter needs a one-sentence description`);
      if (!$('title').text().startsWith(chapter.title)) problems.push(`${where}: <title> is "${$('title').text()}"`);
      if (!meta('og:title').startsWith(chapter.title)) problems.push(`${where}: og:title is "${meta('og:title')}"`);
      for (const key of ['description', 'og:description']) if (meta(key) !== description) problems.push(`${where}: ${key} is "${meta(key)}"`);
      const image = meta('og:image');
      if (!image.startsWith(`${SITE_URL}${BASE}`) || !resolveFile(build, '/' + image.slice(`${SITE_URL}${BASE}`.length))) {
        problems.push(`${where}: og:image "${image}" is not a file the site serves`);
      }
      if (meta('twitter:card') !== 'summary_large_image') problems.push(`${where}: twitter:card is "${meta('twitter:card')}"`);
    }
    expect(problems).toEqual([]);
  });

  it('lists every chapter in the sitemap under the published URL', () => {
    const sitemap = fs.readFileSync(path.join(build, 'sitemap.xml'), 'utf8');
    for (const page of chapterPages(SITE)) expect(sitemap).toContain(`${SITE_URL}${BASE}${page.route.slice(1)}<`);
  });

  it('has a landing page that says what the site teaches and links to chapter 1', () => {
    const home = load(pageOf('/'));
    expect(home('h1').text()).toContain('Async Python');
    expect(home('main, header').text()).toMatch(/asyncio/);
    expect(home(`a[href="${BASE}chapters/why-asyncio"]`).length).toBeGreaterThan(0);
  });
});

describe('the glossary', () => {
  it('has a page with an entry per term, in alphabetical order: a heading with the term\'s id, its definition, the sections that teach it', () => {
    const $ = load(pageOf('/glossary'));
    expect($('h1').text()).toBe('Glossary');
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(50);
    const entries = $('article [data-glossary-entry]').toArray();
    expect(entries.map((e) => $(e).find('h2').attr('id'))).toEqual([...GLOSSARY].sort(alphabetical).map((t) => t.id));
    const problems: string[] = [];
    for (const entry of entries) {
      const id = $(entry).find('h2').attr('id');
      const term = GLOSSARY.find((t) => t.id === id)!;
      if ($(entry).find('[data-glossary-definition]').text().replace(/\s+/g, ' ') !== term.definition.replace(/`/g, '')) problems.push(`#${id}: definition`);
      const taught = $(entry).find('ul a').toArray().map((a) => $(a).attr('href'));
      if (taught.join() !== term.teaches.map((url) => `${BASE}${url.slice(1)}`).join()) problems.push(`#${id}: taught in ${taught.join(', ')}`);
      if ($(entry).find('ul a').toArray().some((a) => !/^Chapter \d+, .+: .+/.test($(a).text()))) problems.push(`#${id}: a link does not name its chapter and section`);
    }
    expect(problems).toEqual([]);
  });

  it('is in the navbar of every page, and in the sitemap', () => {
    for (const route of ['/', '/chapters/why-asyncio', '/blog']) expect(load(pageOf(route))(`.navbar a[href="${BASE}glossary"]`).length, route).toBe(1);
    expect(fs.readFileSync(path.join(build, 'sitemap.xml'), 'utf8')).toContain(`${SITE_URL}${BASE}glossary<`);
  });

  it('is linked from the chapters: every term from some chapter, each at its first use in prose only, at most twice a paragraph; not from the journal', () => {
    const linked = new Set<string>();
    const problems: string[] = [];
    for (const chapter of chapterPages(SITE)) {
      const $ = load(pageOf(chapter.route));
      const links = $('article a[data-glossary]').toArray();
      const ids = links.map((a) => $(a).attr('data-glossary')!);
      for (const [i, a] of links.entries()) {
        const id = ids[i];
        linked.add(id);
        const where = `${chapter.route}: the link to ${id}`;
        if ($(a).attr('href') !== `${BASE}glossary#${id}`) problems.push(`${where} goes to ${$(a).attr('href')}`);
        if (ids.indexOf(id) !== i) problems.push(`${where} is there twice`);
        if ($(a).closest('h1, h2, h3, h4, summary, pre, .admonition-heading, [class*="admonitionHeading"]').length) problems.push(`${where} is in a heading, a summary or code`);
      }
      $('article p, article li').each((_, block) => {
        const count = $(block).children('a[data-glossary]').length + $(block).children(':not(p, ul, ol)').find('a[data-glossary]').length;
        if (count > LINKS_PER_PARAGRAPH) problems.push(`${chapter.route}: ${count} term links in "${$(block).text().slice(0, 60)}..."`);
      });
    }
    expect(problems).toEqual([]);
    expect(GLOSSARY.filter((t) => !linked.has(t.id)).map((t) => t.id)).toEqual([]);
    const posts = htmlFiles(path.join(build, 'blog')).filter((file) => load(fs.readFileSync(file, 'utf8'))('article a[data-glossary]').length > 0);
    expect(posts).toEqual([]);
  });
});

describe('links that are easy to share', () => {
  it('gives every chapter, part page and journal post its own social card: a PNG of 1200x630 the site serves, different for each', () => {
    const problems: string[] = [];
    const cards = new Map<string, string>();
    const parts = ['/chapters/foundations', '/chapters/part-1', '/chapters/part-2'];
    const posts = builtPosts().map((post) => post.route);
    expect(posts.length).toBeGreaterThan(0);
    for (const route of [...chapterPages(SITE).map((c) => c.route), ...parts, ...posts]) {
      const $ = load(pageOf(route));
      const image = metaOf($, 'og:image');
      if (metaOf($, 'twitter:image') !== image) problems.push(`${route}: twitter:image "${metaOf($, 'twitter:image')}" is not its og:image "${image}"`);
      if ($('meta[property="og:image"]').length !== 1) problems.push(`${route}: ${$('meta[property="og:image"]').length} og:image tags`);
      const file = servedFile(image);
      if (!file) {
        problems.push(`${route}: og:image "${image}" is not a file the site serves`);
        continue;
      }
      const size = pngSize(file);
      if (size?.width !== 1200 || size.height !== 630) problems.push(`${route}: its card is ${size ? `${size.width}x${size.height}` : 'not a PNG'}, not 1200x630`);
      const bytes = fs.readFileSync(file).toString('base64');
      const twin = [...cards].find(([, other]) => other === bytes)?.[0];
      if (twin) problems.push(`${route}: has the same card as ${twin}`);
      cards.set(route, bytes);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the site card on the landing page', () => {
    const $ = load(pageOf('/'));
    expect(metaOf($, 'og:image')).toBe(`${SITE_URL}${BASE}img/social-card.png`);
    expect(metaOf($, 'twitter:image')).toBe(`${SITE_URL}${BASE}img/social-card.png`);
  });

  it('gives every section heading of a chapter a copy-link button beside its "#" link, and keeps its id', () => {
    const problems: string[] = [];
    for (const chapter of chapterPages(SITE).filter((c) => c.route !== '/chapters')) {
      const $ = load(pageOf(chapter.route));
      $('article :is(h2, h3)').each((_, el) => {
        const heading = $(el);
        const id = heading.attr('id');
        const where = `${chapter.route}: heading "${heading.text()}"`;
        if (!id) problems.push(`${where} has no id`);
        else if (heading.children(`a.hash-link[href="#${id}"]`).length !== 1) problems.push(`${where} lost its "#" link`);
        const button = heading.children('button.copy-link');
        if (button.length !== 1 || !button.attr('aria-label')) problems.push(`${where} has no labelled copy-link button`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('pages that invite a correction', () => {
  /** The day of a file's last commit, as git tells it (what Docusaurus shows as "last updated"). */
  const lastCommitDay = (file: string) =>
    new Date(execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {cwd: SITE, encoding: 'utf8'}).trim()).toISOString().slice(0, 10);

  /** Where a page's "Edit this page" link leads, and whether it shows the day of its source's last commit. */
  function correctionProblems(route: string, file: string): string[] {
    const $ = load(pageOf(route));
    const problems: string[] = [];
    const edit = $('a.theme-edit-this-page').attr('href') ?? '';
    if (!/^https:\/\/\S+\/edit\/[^/]+\//.test(edit) || !edit.endsWith(`/${file}`)) problems.push(`${route}: "Edit this page" links to "${edit}", not to ${file}`);
    const shown = $('.theme-last-updated time').attr('datetime');
    const day = shown && !Number.isNaN(Date.parse(shown)) ? new Date(shown).toISOString().slice(0, 10) : undefined;
    if (day !== lastCommitDay(file)) problems.push(`${route}: shows last updated "${shown}", but ${file} was last committed on ${lastCommitDay(file)}`);
    return problems;
  }

  it('shows on every chapter an "Edit this page" link to its own source file, and the date of its last commit', () => {
    expect(chapterPages(SITE).flatMap((c) => correctionProblems(c.route, c.file))).toEqual([]);
  });

  it('shows the same on every journal post', () => {
    const posts = builtPosts();
    expect(posts.length).toBe(fs.readdirSync(path.join(SITE, 'blog')).filter((f) => /\.mdx?$/.test(f)).length);
    const problems = posts.flatMap(({file, route}) => {
      const source = /\/(blog\/[^/]+\.mdx?)$/.exec(load(fs.readFileSync(file, 'utf8'))('a.theme-edit-this-page').attr('href') ?? '')?.[1];
      return source && fs.existsSync(path.join(SITE, source)) ? correctionProblems(route, source) : [`${route}: its "Edit this page" link names no file in blog/`];
    });
    expect(problems).toEqual([]);
  });
});

describe('the landing page', () => {
  const home = () => load(pageOf('/'));

  it('maps the course: every part and chapter in sidebar order, each with its description, from the sidebar', () => {
    const $ = home();
    const byId = new Map(chapterPages(SITE).map((c) => [docIdOf(c.file), c]));
    const expected = sidebarDocIds()
      .filter((id) => id !== 'index')
      .map((id) => byId.get(id)!);
    const listed = $('main li a')
      .map((_, a) => $(a).attr('href'))
      .get()
      .filter((href) => expected.some((c) => href === `${BASE}${c.route.slice(1)}`));
    expect(listed).toEqual(expected.map((c) => `${BASE}${c.route.slice(1)}`));
    const text = $('main').text();
    for (const chapter of expected) {
      const description = frontMatterField(fs.readFileSync(path.join(SITE, chapter.file), 'utf8'), 'description')!;
      expect(text, chapter.route).toContain(description);
    }
    for (const category of sidebars.chapters.filter((item) => typeof item === 'object')) {
      expect($('main h2').text()).toContain((category as {label: string}).label);
    }
  });

  it('numbers each chapter, here and on the chapter list, as its file does (docs/01-why-asyncio.mdx is chapter 1)', () => {
    const numberOf = new Map(
      chapterPages(SITE)
        .filter((c) => /^docs\/\d+-/.test(c.file))
        .map((c) => [`${BASE}${c.route.slice(1)}`, Number(/^docs\/(\d+)-/.exec(c.file)![1])]),
    );
    for (const route of ['/', '/chapters']) {
      const $ = load(pageOf(route));
      const shown = $('main ol')
        .toArray()
        .flatMap((ol) => {
          const first = Number($(ol).attr('start') ?? 1);
          return $(ol).children('li').toArray().map((li, i) => [$(li).find('a').first().attr('href'), first + i] as const);
        })
        .filter(([href]) => href !== undefined && numberOf.has(href));
      expect(shown.length, `${route} lists the chapters`).toBe(numberOf.size);
      expect(shown.filter(([href, n]) => numberOf.get(href!) !== n), `${route}: chapters numbered otherwise than their files`).toEqual([]);
    }
  });

  it('shows one real timeline, drawn at build time, and the tested-snippet promise in one line', () => {
    const $ = home();
    const timelines = $('figure[data-timeline]');
    expect(timelines.length).toBe(1);
    const file = timelines.attr('data-timeline')!;
    expect(fs.existsSync(path.join(SITE, 'snippets', file.replace(/\.py$/, '.trace.json')))).toBe(true);
    expect(timelines.find('svg rect').length).toBeGreaterThan(0);
    expect($('[data-promise]').text()).toMatch(/tests run on CPython 3\.10 to 3\.13.*what it printed/);
  });
});

describe('published addresses (test/published-urls.txt)', () => {
  const published = readPublishedUrls(path.join(SITE, PUBLISHED_URLS_FILE));

  it('all still lead somewhere: the page and section are there, or a redirect takes the reader on', () => {
    expect(published.length).toBeGreaterThan(0);
    const broken = published
      .map((url) => [url, stillServed(build, BASE, url)] as const)
      .filter(([, reason]) => reason)
      .map(([url, reason]) => `${url}: ${reason}; add a redirect in docusaurus.config.ts or keep the old id on the page`);
    expect(broken).toEqual([]);
  });

  it('include every page and section this build publishes', () => {
    const unlisted = publicUrls(build, BASE)
      .filter((url) => !published.includes(url))
      .map((url) => `${url} is new: run "npm run urls:update" and commit ${PUBLISHED_URLS_FILE}`);
    expect(unlisted).toEqual([]);
  });
});
