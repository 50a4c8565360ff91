/**
 * Inline code and plain lists as React makes them: `<code>`, `<li>`, `<ul>`, with
 * nothing of Docusaurus's between them and the page.
 *
 * MDX hands every `code`, `li` and `ul` of a page's Markdown to the components Docusaurus maps them
 * to (MDXComponents): `code` goes through MDXCode (which looks whether it is a block) to CodeInline,
 * which renders a `<code>` with the same props; `li` through MDXLi, for the id of a footnote; `ul`
 * through MDXUl, for a task list's class. A chapter has a hundred or more of them, each two
 * components React runs and hydrates for the same element. On this site code blocks are
 * components of their own (a snippet include, a diagram, math), so a Markdown `code` is inline
 * code, and lists have neither ids nor task boxes.
 *
 * This step marks such an element as explicit JSX (as if the page had written `<code>` itself),
 * which MDX renders as the element, not through the mapped component. It leaves alone a `code`
 * inside a `pre`, a list item or list with any property (an id, a class), and every other element.
 */
import type {Node} from '../remark/mdxNodes';
import {isElement, type Element} from './hast';

const hasProperties = (node: Element) => Object.values(node.properties ?? {}).some((v) => v !== undefined && v !== null && v !== false);

/** Whether MDX should render this element as it is. */
function plain(node: Element, parent: Node | undefined): boolean {
  if (node.tagName === 'code') return !(parent && isElement(parent) && parent.tagName === 'pre');
  if (node.tagName === 'li' || node.tagName === 'ul') return !hasProperties(node);
  return false;
}

export default function rehypePlainElements() {
  return (tree: Node): void => {
    const visit = (node: Node, parent: Node | undefined): void => {
      if (isElement(node) && plain(node, parent)) node.data = {...node.data, _mdxExplicitJsx: true};
      for (const child of node.children ?? []) visit(child, node);
    };
    visit(tree, undefined);
  };
}
