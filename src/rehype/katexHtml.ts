/**
 * Runs after rehype-katex: each formula it rendered becomes one element that holds KaTeX's HTML as
 * a string (`dangerouslySetInnerHTML`), as the Code component does for code, instead of the
 * hundreds of spans KaTeX draws a formula with compiled into the page's script.
 *
 * React creates and hydrates one element per formula instead of every span, and the page's
 * script carries the formula's HTML as a string. The page's HTML is the same as before: the
 * `span.katex` (or `span.katex-display`) keeps its class, holding exactly what KaTeX renders
 * inside it, visible HTML and MathML for screen readers alike; the site still serves KaTeX's
 * stylesheet and fonts. React does not hydrate inside dangerouslySetInnerHTML, so the formula's
 * HTML is not compared or rebuilt when the page comes alive.
 *
 * The HTML is KaTeX's own: rehype-katex renders each formula with `katex.renderToString` and
 * parses the result into elements; this step renders the formula again, from the TeX source
 * KaTeX keeps in its MathML (`<annotation encoding="application/x-tex">`), with the same options,
 * which gives the same string. A formula KaTeX could not render (rehype-katex's `katex-error`) is
 * left as it is.
 */
import katex, {type KatexOptions} from 'katex';
import type {Node} from '../remark/mdxNodes';
import {isElement, type Element} from './hast';
import {htmlStringElement} from './htmlString';

export type Options = Omit<KatexOptions, 'displayMode' | 'throwOnError'>;

const classesOf = (node: Element): unknown[] => (Array.isArray(node.properties.className) ? node.properties.className : []);

/** The TeX source of a formula KaTeX rendered (its MathML annotation), or undefined. */
function texOf(node: Node): string | undefined {
  if (isElement(node) && node.tagName === 'annotation' && node.properties.encoding === 'application/x-tex') {
    return node.children.map((c) => (c.type === 'text' ? String(c.value) : '')).join('');
  }
  for (const child of node.children ?? []) {
    const tex = texOf(child);
    if (tex !== undefined) return tex;
  }
  return undefined;
}

/**
 * The HTML inside KaTeX's outer span (`<span class="katex">…</span>`, or `katex-display` around
 * it for a displayed formula), or undefined if KaTeX's output does not have that shape.
 */
export function innerKatexHtml(tex: string, displayMode: boolean, options: Options = {}): string | undefined {
  let html: string;
  try {
    html = katex.renderToString(tex, {...options, displayMode, throwOnError: true});
  } catch {
    return undefined;
  }
  const open = `<span class="${displayMode ? 'katex-display' : 'katex'}">`;
  if (!html.startsWith(open) || !html.endsWith('</span>')) return undefined;
  return html.slice(open.length, -'</span>'.length);
}

/** The text of a tree (what a reader or a screen reader gets from it), and of an HTML string. */
const textOf = (node: Node): string => (node.type === 'text' ? String(node.value) : (node.children ?? []).map(textOf).join(''));
const ENTITIES: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'"};
const htmlText = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]);

export default function rehypeKatexHtml(options: Options = {}) {
  return (tree: Node): void => {
    const visit = (parent: Node): void => {
      const children = parent.children;
      if (!children) return;
      children.forEach((child, i) => {
        if (!isElement(child)) return visit(child);
        const classes = classesOf(child);
        const display = classes.includes('katex-display');
        // KaTeX's outer span has a class and nothing else.
        const formula = child.tagName === 'span' && (display || classes.includes('katex')) && Object.keys(child.properties).length === 1;
        if (!formula) return visit(child);
        const tex = texOf(child);
        const html = tex === undefined ? undefined : innerKatexHtml(tex, display, options);
        if (html === undefined) return visit(child);
        // Rendered again with other options than rehype-katex's, it would show something else.
        if (htmlText(html) !== textOf(child)) {
          throw new Error(`rehype-katex-html: KaTeX rendered "${tex}" differently from rehype-katex: give both the same options`);
        }
        // The formula as one JSX element: the same tag and class, its contents as an HTML string.
        children[i] = htmlStringElement(child.tagName, [['class', classes.join(' ')]], html, true, child.position);
      });
    };
    visit(tree);
  };
}
