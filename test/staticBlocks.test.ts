// Prose as HTML strings (src/rehype/staticBlocks.ts): the blocks that hold only HTML go to React as
// one string each, render the same HTML as before, hydrate without a mismatch and keep their HTML;
// blocks with anything more stay JSX; the links in the strings are written as Docusaurus's Link
// writes them and reported to its broken-link check. Following them in the browser:
// src/components/StaticHtml/route.ts, below, and test/browser-links.test.ts.
// @vitest-environment happy-dom
import {compile, run} from '@mdx-js/mdx';
import {act, createElement, type ComponentType, type ReactElement, type ReactNode} from 'react';
import * as runtime from 'react/jsx-runtime';
// @ts-expect-error react-dom has no types here (@types/react-dom is not a dependency); typed below.
import {hydrateRoot as hydrateUntyped} from 'react-dom/client';
// @ts-expect-error as above
import {renderToStaticMarkup as renderUntyped, renderToString as renderStringUntyped} from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import {routeOf} from '../src/components/StaticHtml/route';
import rehypeKatexHtml from '../src/rehype/katexHtml';
import rehypePlainElements from '../src/rehype/plainElements';
import rehypeStaticBlocks from '../src/rehype/staticBlocks';

const hydrateRoot = hydrateUntyped as (container: Element, element: ReactElement, options: {onRecoverableError: (error: unknown) => void}) => {unmount(): void};
const renderToStaticMarkup = renderUntyped as (element: ReactElement) => string;
const renderToString = renderStringUntyped as (element: ReactElement) => string;
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const BASE = '/base/';

const PAGE = [
  'Plain *prose* with **bold**, `code`, a [chapter](/base/chapters/tasks#create-task), a [term](/glossary#task), a',
  '[section](#further), a [path without the base](/chapters/x), a [site](https://example.org/a?b=1&c=2)',
  'and a formula $t_1 < 3$. Quotes: "it\'s" & a \< b > c.',
  '',
  '- a plain item',
  '- an item with [a link](https://peps.python.org/pep-0667/ "PEP 667")',
  '',
  '3. numbered from three',
  '4. and *on*',
  '',
  '> A quote with a line  ',
  '> break.',
  '',
  'A paragraph with <Note>a component</Note> in it.',
  '',
  '- an item with <Note>a component</Note>',
  '- a plain item beside it',
  '',
  'A [relative link](./other.mdx) and an image ![alt](/img/x.png).',
  '',
  '- [ ] a task',
  '',
  'A footnote.[^1]',
  '',
  '[^1]: Its text.',
].join('\n');

const collected: string[][] = [];
(globalThis as {collectedLinks?: string[][]}).collectedLinks = collected;
const COLLECTOR = `data:text/javascript,${encodeURIComponent('export default function C({links}) { globalThis.collectedLinks.push(links); return null; }')}`;

/** Stands in for Docusaurus's components: Link (base path, new tab for other sites) and a component. */
const components = {
  a: ({href, ...props}: {href: string; children?: ReactNode}) => {
    const external = /^(?:\w*:|\/\/)/.test(href);
    const url = href.startsWith('/') && !href.startsWith(BASE) ? BASE + href.slice(1) : href;
    // React Router's link (inside the site) writes href after the other attributes.
    if (url.startsWith('/')) return createElement('a', {...props, href: url});
    return createElement('a', {href: url, ...(external ? {target: '_blank', rel: 'noopener noreferrer'} : {}), ...props});
  },
  Note: ({children}: {children?: ReactNode}) => createElement('span', {className: 'note'}, children),
};

/** Marks links to the glossary as the site's remark step does (src/remark/glossaryLinks.ts). */
const remarkGlossaryMark = () => (tree: {type: string; url?: string; data?: unknown; children?: unknown[]}) => {
  const visit = (node: typeof tree): void => {
    if (node.type === 'link' && node.url?.startsWith('/glossary#')) node.data = {hProperties: {'data-glossary': node.url.slice('/glossary#'.length)}};
    (node.children as (typeof tree)[] | undefined)?.forEach(visit);
  };
  visit(tree);
};

async function page(withStep: boolean): Promise<{code: string; html: string; Content: ComponentType<{components?: unknown}>}> {
  const rehypePlugins = [rehypeKatex, rehypeKatexHtml, rehypePlainElements, ...(withStep ? [[rehypeStaticBlocks, {baseUrl: BASE, collectLinksFrom: COLLECTOR}]] : [])];
  const options = {remarkPlugins: [remarkGfm, remarkMath, remarkGlossaryMark], rehypePlugins: rehypePlugins as never};
  const code = String(await compile(PAGE, options));
  const body = await compile(PAGE, {...options, outputFormat: 'function-body'});
  const {default: Content} = await run(body, {...runtime, baseUrl: import.meta.url});
  return {code, html: renderToStaticMarkup(createElement(Content, {components})), Content: Content as ComponentType<{components?: unknown}>};
}

describe('rehype-static-blocks', () => {
  it('renders the same HTML as the page without it', async () => {
    const before = await page(false);
    const after = await page(true);
    // React separates neighbouring texts with an empty comment; a string has one text.
    expect(after.html).toBe(before.html.replace(/<!-- -->/g, ''));
    expect(after.html).toContain('<a href="/base/chapters/x">');
    expect(after.html).toContain('<a data-glossary="task" href="/base/glossary#task">');
    expect(after.html).toContain('<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">');
    expect(after.html).toContain('<a href="https://peps.python.org/pep-0667/" target="_blank" rel="noopener noreferrer" title="PEP 667">');
    expect(after.html).toContain('<ol start="3">');
    expect(after.html).toContain('<span class="katex">');
  });

  it('hands React each block of HTML alone as a string, and leaves as JSX each block with more than HTML', async () => {
    const {code} = await page(true);
    const strings = [...code.matchAll(/_jsx\("(\w+)", \{\s*(?:\w+: "[^"]*",\s*)*dangerouslySetInnerHTML: \{\s*__html: "((?:[^"\\]|\\.)*)"/g)].map((m) => `${m[1]}: ${JSON.parse(`"${m[2]}"`).slice(0, 30)}`);
    expect(strings).toEqual([
      'p: Plain <em>prose</em> with <str',
      'ul: \n<li>a plain item</li>\n<li>an ',
      'ol: \n<li>numbered from three</li>\n',
      'blockquote: \n<p>A quote with a line<br/>\nb',
      // In a list with a component, the other item alone.
      'li: a plain item beside it',
    ]);
    // Left to React: the paragraph with a component, the list around it, the relative link and the
    // image (Docusaurus resolves and renders them), the task list and the footnote.
    expect(code).toMatch(/_jsxs\(_components\.p, \{\s*children: \["A paragraph with ", _jsx\(Note/);
    expect(code).toMatch(/_jsxs\(_components\.p, \{\s*children: \["A ", _jsx\(_components\.a, \{\s*href: "\.\/other\.mdx"/);
    expect(code).toMatch(/_jsx\(_components\.img/);
    expect(code).toMatch(/className: "contains-task-list"/);
    expect(code).toMatch(/id: "user-content-fn-1"/);
  });

  it('reports the links inside its strings to Docusaurus, once each', async () => {
    const {Content} = await page(true);
    collected.length = 0;
    renderToStaticMarkup(createElement(Content, {components}));
    expect(collected).toEqual([['/base/chapters/tasks#create-task', '/base/glossary#task', '#further', '/base/chapters/x']]);
  });

  it('hydrates without a mismatch and keeps the strings\' HTML', async () => {
    const {Content} = await page(true);
    const container = document.createElement('div');
    // As the server renders a page: with the markers React hydrates neighbouring texts by.
    container.innerHTML = renderToString(createElement(Content, {components}));
    document.body.append(container);
    const paragraph = container.querySelector('p')!;
    const before = paragraph.innerHTML;
    const errors: unknown[] = [];
    let root: {unmount(): void} | undefined;
    await act(async () => {
      root = hydrateRoot(container, createElement(Content, {components}), {onRecoverableError: (error) => errors.push(error)});
    });
    expect(errors).toEqual([]);
    // The same element, not one React made again.
    expect(container.querySelector('p')).toBe(paragraph);
    expect(paragraph.innerHTML).toBe(before);
    await act(async () => root!.unmount());
    container.remove();
  });

  it('needs the base path', () => {
    expect(() => rehypeStaticBlocks({baseUrl: '/base'})).toThrow(/baseUrl/);
  });
});

describe('following a link inside a string (routeOf)', () => {
  const here = new URL('http://site.test/base/chapters/one?x=1#top') as unknown as Location;
  const linkIn = (container: string, attributes: string): Element => {
    document.body.innerHTML = `<div class="${container}"><p>see <a ${attributes}><code>this</code></a></p></div>`;
    return document.querySelector('code')!;
  };

  it('follows a link to another page of the site, from any element inside it', () => {
    expect(routeOf(linkIn('markdown', 'href="/base/chapters/two#create-task"'), BASE, here)).toBe('/base/chapters/two#create-task');
    expect(routeOf(linkIn('markdown', 'href="/base/glossary"'), BASE, here)).toBe('/base/glossary');
  });

  it('leaves to the browser links outside the content, to other sites, out of the base path, to files, with a target or a download, and to a section of this page', () => {
    expect(routeOf(linkIn('navbar', 'href="/base/chapters/two"'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="https://example.org/base/x"'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="/elsewhere/x"'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="/base/blog/rss.xml"'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="/base/chapters/two" target="_blank"'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="/base/chapters/two" download'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="#further"'), BASE, here)).toBeUndefined();
    expect(routeOf(linkIn('markdown', 'href="/base/chapters/one?x=1#further"'), BASE, here)).toBeUndefined();
  });
});
