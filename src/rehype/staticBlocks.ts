/**
 * Prose as HTML strings: each paragraph, list, list item or quote of a page that holds only text
 * and plain inline elements becomes one element whose contents React is handed as a string
 * (./htmlString.ts), as code and formulas already are.
 *
 * React hydrates a page by walking every element it rendered; a long chapter has over a thousand
 * in its prose alone (each `<em>`, `<code>`, `<li>` and link), none of which does anything once the
 * page is alive. Now React creates and hydrates the block alone. The page's HTML stays the same.
 *
 * A block stays as it is (and this step looks inside it for smaller blocks) when anything in it is
 * more than HTML: a component (a snippet, an exercise, a diagram), a formula KaTeX could not draw,
 * an element with properties other than a class, a title, a data attribute or a list's start (a
 * footnote's reference, a task list's box), an image or heading, or a link this step cannot write
 * as Docusaurus's Link would.
 *
 * Links. Docusaurus's Link writes a link to another site with `target="_blank" rel="noopener
 * noreferrer"`, and a link inside the site with the base path in front; so does this step, for
 * links already inside the base path (Markdown links to a page's file arrive resolved), outside it
 * (`/x`, written `/base/x`) and to a section of the same page (`#x`). At build time Link reports
 * each link to Docusaurus's check of broken links, which fails the build: this step adds one
 * element to the page that reports the links of its strings and renders nothing
 * (src/components/StaticHtml/CollectLinks.tsx). In the browser Link follows a link inside the site
 * without loading the page again, and fetches the linked page's code when the pointer comes onto
 * it; the page does both for the links in its strings (src/theme/MDXContent). One thing it does
 * not: Link also fetches that code ahead of time as soon as the link scrolls into view, for which
 * it watches every link; links in prose no longer cost the reader that.
 */
import {esm, expressionAttribute, type Node} from '../remark/mdxNodes';
import {isElement, type Element} from './hast';
import {attributesHtml, escapeHtml, htmlStringElement, outerHtmlOf} from './htmlString';

export interface Options {
  /** The site's base path ("/async-python/"), which Docusaurus's Link puts in front of a link to "/x". */
  baseUrl: string;
  /** The module whose default export reports the links (the site's, unless a test gives its own). */
  collectLinksFrom?: string;
}

/** Blocks this step may turn into strings. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote']);

/**
 * Elements a string may hold, each of which MDX renders as the element itself: Docusaurus maps
 * none of them to a component, except `a` (Link, written here as Link writes it) and `code`, `ul`
 * and `li`, which ./plainElements.ts marks to be rendered as themselves when they are plain.
 */
const INLINE = new Set(['em', 'strong', 'code', 'a', 'del', 'br', 'sup', 'sub', 'kbd', 'span']);
const MAPPED_UNLESS_PLAIN = new Set(['code', 'ul', 'li']);
const VOID = new Set(['br']);

/**
 * The HTML name of each property this step writes (a class, a title, a list's start, and data
 * attributes such as a glossary link's `data-glossary`); any other property keeps a block as it is.
 */
const ATTRIBUTES: Record<string, string> = {className: 'class', title: 'title', start: 'start'};
const attributeName = (property: string): string | undefined =>
  ATTRIBUTES[property] ??
  (/^data-[a-z0-9-]+$/.test(property) ? property : /^data[A-Z]/.test(property) ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : undefined);

/** Docusaurus's test for a link to another site (isInternalUrl's hasProtocol). */
const hasProtocol = (url: string) => /^(?:\w*:|\/\/)/.test(url);

/** A path and anchor Link would write unchanged once the base path is in front of it. */
const SIMPLE_PATH = /^\/[\w\-./~]*(?:#[\w\-.~]*)?$/;

interface Page {
  baseUrl: string;
  /** Links the strings hold that Docusaurus's Link would have reported: paths and anchors. */
  links: Set<string>;
}

/** The attributes of an element as React writes them, or undefined if it has any other property. */
function attributesOf(node: Element): [string, string][] | undefined {
  const attributes: [string, string][] = [];
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const html = attributeName(name);
    if (html === undefined || (name === 'start' && node.tagName !== 'ol')) return undefined;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    attributes.push([html, text]);
  }
  return attributes;
}

/** A link's attributes as Docusaurus's Link writes them, or undefined if this step leaves it to Link. */
function linkAttributes(node: Element, page: Page): [string, string][] | undefined {
  const {href, ...rest} = node.properties ?? {};
  const others = attributesOf({...node, properties: rest});
  if (typeof href !== 'string' || others === undefined || others.some(([name]) => name === 'class')) return undefined;
  if (hasProtocol(href)) return [['href', href], ['target', '_blank'], ['rel', 'noopener noreferrer'], ...others];
  if (href.startsWith('#') && /^#[\w\-.~]*$/.test(href)) {
    page.links.add(href);
    return [['href', href], ...others];
  }
  if (!SIMPLE_PATH.test(href)) return undefined;
  const url = href.startsWith(page.baseUrl) ? href : page.baseUrl + href.slice(1);
  // Link takes the slash off the end of a path (the site sets trailingSlash: false): left to it.
  if (url.split('#')[0].endsWith('/') && url.split('#')[0] !== page.baseUrl) return undefined;
  page.links.add(url);
  // React Router's link writes its other attributes first.
  return [...others, ['href', url]];
}

/** A node as the HTML React would render for it, or undefined if it is more than HTML. */
function htmlOf(node: Node, page: Page): string | undefined {
  if (node.type === 'text') return escapeHtml(String(node.value));
  const outer = outerHtmlOf(node);
  if (outer !== undefined) return outer;
  if (!isElement(node)) return undefined;
  const tag = node.tagName;
  if (!INLINE.has(tag) && !BLOCKS.has(tag)) return undefined;
  if (MAPPED_UNLESS_PLAIN.has(tag) && node.data?._mdxExplicitJsx !== true) return undefined;
  const attributes = tag === 'a' ? linkAttributes(node, page) : attributesOf(node);
  if (attributes === undefined) return undefined;
  const inner = innerHtmlOf(node, page);
  if (inner === undefined) return undefined;
  const open = `<${tag}${attributesHtml(attributes)}`;
  return VOID.has(tag) ? `${open}/>` : `${open}>${inner}</${tag}>`;
}

function innerHtmlOf(node: Element, page: Page): string | undefined {
  let html = '';
  for (const child of node.children) {
    const part = htmlOf(child, page);
    if (part === undefined) return undefined;
    html += part;
  }
  return html;
}

/** The block as one element holding its contents as a string, or undefined if it must stay as it is. */
function asString(node: Element, page: Page): Node | undefined {
  // A block that MDX hands to a component of Docusaurus's stays with it.
  if (MAPPED_UNLESS_PLAIN.has(node.tagName) && node.data?._mdxExplicitJsx !== true) return undefined;
  const attributes = attributesOf(node);
  const links = new Set<string>();
  const inner = attributes && innerHtmlOf(node, {...page, links});
  if (attributes === undefined || inner === undefined) return undefined;
  for (const link of links) page.links.add(link);
  return htmlStringElement(node.tagName, attributes, inner, false, node.position);
}

export default function rehypeStaticBlocks(options: Options) {
  if (!options?.baseUrl?.endsWith('/')) throw new Error('rehype-static-blocks: give the site\'s baseUrl, ending in "/"');
  return (tree: Node): void => {
    const page: Page = {baseUrl: options.baseUrl, links: new Set()};
    const visit = (parent: Node): void => {
      const children = parent.children;
      if (!children) return;
      children.forEach((child, i) => {
        const string = isElement(child) && BLOCKS.has(child.tagName) ? asString(child, page) : undefined;
        if (string) children[i] = string;
        else visit(child);
      });
    };
    visit(tree);
    if (page.links.size === 0) return;
    // Rendered once per page: nothing in the HTML, one element for React. It goes right after the
    // last block: MDX drops the blank text after that (and moves exports, such as Docusaurus's
    // table of contents, out of the page) only when no element follows.
    const children = tree.children!;
    const trailing = (node: Node) => node.type === 'mdxjsEsm' || (node.type === 'text' && !String(node.value).trim());
    let end = children.length;
    while (end > 0 && trailing(children[end - 1])) end--;
    children.splice(end, 0, {
      type: 'mdxJsxFlowElement',
      name: 'CollectStaticLinks',
      attributes: [expressionAttribute('links', JSON.stringify([...page.links]))],
      children: [],
    });
    children.unshift(esm(`import CollectStaticLinks from ${JSON.stringify(options.collectLinksFrom ?? '@site/src/components/StaticHtml/CollectLinks')};`));
  };
}
