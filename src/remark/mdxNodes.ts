/** The few MDX nodes the remark plugins write: an import, and JSX attributes. */
import {parse, parseExpressionAt} from 'acorn';

export type Node = {type: string; children?: Node[]; [key: string]: unknown};

/** A fenced code block as remark parses it. */
export interface CodeNode {
  type: 'code';
  lang?: string | null;
  meta?: string | null;
  value: string;
  position?: {start: {line: number}};
}

export function esm(code: string): Node {
  return {type: 'mdxjsEsm', value: code, data: {estree: parse(code, {ecmaVersion: 'latest', sourceType: 'module'})}};
}

export function expressionAttribute(name: string, code: string): Node {
  const expression = parseExpressionAt(code, 0, {ecmaVersion: 'latest'});
  const estree = {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]};
  return {type: 'mdxJsxAttribute', name, value: {type: 'mdxJsxAttributeValueExpression', value: code, data: {estree}}};
}

export function stringAttribute(name: string, value: string): Node {
  return {type: 'mdxJsxAttribute', name, value};
}
