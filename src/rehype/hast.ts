/** The HTML elements of a page's tree (HAST) as the rehype steps here read and mark them. */
import type {Node} from '../remark/mdxNodes';

export interface Element extends Node {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
  data?: Record<string, unknown>;
}

export const isElement = (node: Node): node is Element => node.type === 'element';
