/**
 * An element of a page whose contents React is handed as an HTML string
 * (`dangerouslySetInnerHTML`) instead of as JSX: React creates and hydrates the element alone,
 * never what is inside it, and the page's script carries that inside as one string.
 *
 * The rehype steps that write such elements (./katexHtml.ts for formulas, ./staticBlocks.ts for
 * prose) make them here, and keep the element's whole HTML on the node, so a later step can put it
 * inside a larger string. The HTML is written as React's server renderer writes it (the same
 * escapes), so the page's HTML does not change.
 */
import {expressionAttribute, stringAttribute, type Node} from '../remark/mdxNodes';

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;'};

/** Text or an attribute's value as React writes it into HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** ` name="value"` for each attribute given (in that order), as React writes them. */
export const attributesHtml = (attributes: [string, string][]): string => attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');

/**
 * `<tagName class="..." ...>html</tagName>` as one JSX element (text-level when `inline`): the tag
 * and attributes as JSX, the contents as an HTML string. `attributes` are HTML names and values
 * ("class", not "className").
 */
export function htmlStringElement(tagName: string, attributes: [string, string][], html: string, inline: boolean, position?: unknown): Node {
  const jsx = attributes.map(([name, value]) => stringAttribute(name === 'class' ? 'className' : name, value));
  return {
    type: inline ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
    name: tagName,
    attributes: [...jsx, expressionAttribute('dangerouslySetInnerHTML', `{__html: ${JSON.stringify(html)}}`)],
    children: [],
    position,
    // Explicit JSX: MDX renders the element itself, not a component Docusaurus maps its tag to.
    data: {_mdxExplicitJsx: true, outerHtml: `<${tagName}${attributesHtml(attributes)}>${html}</${tagName}>`},
  };
}

/** The whole HTML of an element made by htmlStringElement, or undefined for any other node. */
export function outerHtmlOf(node: Node): string | undefined {
  const data = node.data as {outerHtml?: unknown} | undefined;
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && typeof data?.outerHtml === 'string' ? data.outerHtml : undefined;
}
