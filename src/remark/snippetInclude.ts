/**
 * remark plugin: every fenced code block in docs/ and blog/ is a snippet include, a mermaid
 * diagram, or math. An include becomes
 *
 *   import __snippet0 from '@site/snippets/04-tour/x.py?raw';       (tracked by the dev server)
 *   import __snippet0_out0 from '@site/snippets/04-tour/x.output.txt?raw';
 *   <Snippet file="04-tour/x.py" source={__snippet0} region="..." outputs={[...]} />
 *
 * Anything else fails the build with the page and line, before a wrong page can be published.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse, parseExpressionAt} from 'acorn';
import {findSnippet, type Snippet} from '../snippets/catalog';
import {parseInclude, type Include} from '../snippets/include';
import {outputLabels} from '../snippets/outputs';
import {SnippetError, extractRegion} from '../snippets/region';

/** Fence languages that are not code for the reader to run. */
export const DIAGRAM_AND_MATH = new Set(['mermaid', 'math']);

export interface CodeNode {
  type: 'code';
  lang?: string | null;
  meta?: string | null;
  value: string;
  position?: {start: {line: number}};
}

export interface ResolvedInclude extends Include {
  snippet: Snippet;
}

/**
 * Checks one fence. Returns null for a diagram or math, the resolved include for a snippet
 * include, and throws a SnippetError naming `file:line` for anything else.
 */
export function checkFence(node: CodeNode, file: string, snippetsDir: string): ResolvedInclude | null {
  const where = `${file}:${node.position?.start.line ?? '?'}`;
  if (node.lang && DIAGRAM_AND_MATH.has(node.lang)) return null;
  if (!node.meta || !/(^|\s)file=/.test(node.meta)) {
    throw new SnippetError(
      `${where}: a code block written into the page. Put the code in snippets/ and include it: ` +
        '```python file=NN-chapter/name.py',
    );
  }
  const include = parseInclude(node.meta, where);
  if (node.lang !== 'python') {
    throw new SnippetError(`${where}: a snippet include must be a python fence, got "${node.lang ?? ''}"`);
  }
  if (node.value.trim() !== '') {
    throw new SnippetError(`${where}: a snippet include must be empty: the code comes from snippets/${include.file}`);
  }
  const snippet = findSnippet(snippetsDir, include.file, where);
  const source = fs.readFileSync(snippet.absPath, 'utf8');
  try {
    extractRegion(source, include.region, `snippets/${include.file}`);
  } catch (error) {
    throw new SnippetError(`${where}: ${(error as Error).message}`);
  }
  if (include.showOutput && !snippet.outputs.some((o) => !o.since)) {
    throw new SnippetError(`${where}: snippets/${include.file} has no expected output yet (run "npm run snippets:update")`);
  }
  return {...include, snippet};
}

type Node = {type: string; children?: Node[]; [key: string]: unknown};

function esm(code: string): Node {
  return {type: 'mdxjsEsm', value: code, data: {estree: parse(code, {ecmaVersion: 'latest', sourceType: 'module'})}};
}

function expressionAttribute(name: string, code: string): Node {
  const expression = parseExpressionAt(code, 0, {ecmaVersion: 'latest'});
  const estree = {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]};
  return {type: 'mdxJsxAttribute', name, value: {type: 'mdxJsxAttributeValueExpression', value: code, data: {estree}}};
}

function stringAttribute(name: string, value: string): Node {
  return {type: 'mdxJsxAttribute', name, value};
}

/** Builds the imports and the <Snippet> element for one include; `n` keeps identifiers apart. */
export function includeNodes(include: ResolvedInclude, n: number): {imports: Node[]; element: Node} {
  const base = `@site/snippets/${path.posix.dirname(include.file)}`;
  const sourceId = `__snippet${n}`;
  const imports = [esm(`import ${sourceId} from ${JSON.stringify(`@site/snippets/${include.file}?raw`)};`)];
  const outputs = include.showOutput ? include.snippet.outputs : [];
  const labels = outputLabels(outputs, include.snippet.meta.minPython);
  const items = outputs.map((o, i) => {
    imports.push(esm(`import ${sourceId}_out${i} from ${JSON.stringify(`${base}/${o.file}?raw`)};`));
    return `{label: ${JSON.stringify(labels[i])}, text: ${sourceId}_out${i}}`;
  });
  const attributes = [stringAttribute('file', include.file), expressionAttribute('source', sourceId)];
  if (include.region) attributes.push(stringAttribute('region', include.region));
  attributes.push(expressionAttribute('outputs', `[${items.join(', ')}]`));
  if (include.snippet.meta.exit !== 0) attributes.push(expressionAttribute('exitStatus', String(include.snippet.meta.exit)));
  return {imports, element: {type: 'mdxJsxFlowElement', name: 'Snippet', attributes, children: []}};
}

export interface Options {
  /** Absolute path of snippets/. */
  snippetsDir: string;
  /** Absolute path of the site, to name pages relative to it in errors. */
  siteDir: string;
}

export default function remarkSnippetInclude(options: Options) {
  return (tree: Node, vfile: {path?: string}) => {
    const file = vfile.path ? path.relative(options.siteDir, vfile.path) : '<page>';
    const imports: Node[] = [];
    let count = 0;
    const walk = (parent: Node) => {
      parent.children?.forEach((child, index) => {
        if (child.type === 'code') {
          const include = checkFence(child as unknown as CodeNode, file, options.snippetsDir);
          if (!include) return;
          const nodes = includeNodes(include, count++);
          imports.push(...nodes.imports);
          parent.children![index] = nodes.element;
        } else {
          walk(child);
        }
      });
    };
    walk(tree);
    if (count > 0) {
      imports.unshift(esm("import Snippet from '@site/src/components/Snippet';"));
      tree.children!.unshift(...imports);
    }
  };
}
