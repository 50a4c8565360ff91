/**
 * remark plugin: every fenced code block in docs/ and blog/ is a snippet include, a timeline, a
 * mermaid diagram, or math. An include becomes
 *
 *   import __snippet0 from '@site/snippets/04-tour/x.py?raw';       (tracked by the dev server)
 *   import __snippet0_out0 from '@site/snippets/04-tour/x.output.txt?raw';
 *   <Snippet file="04-tour/x.py" source={__snippet0} region="..." outputs={[...]} />
 *
 * and a timeline (```timeline file=04-tour/x.py, empty) the drawing of a traced run of it:
 *
 *   import __trace0 from '@site/snippets/04-tour/x.trace.json';
 *   <Timeline file="04-tour/x.py" trace={__trace0} />
 *
 * an exercise (```exercise file=X/name.py solution=X/name_solution.py) the program, its target and
 * its solution (src/remark/exercises.ts). (Diagrams are src/remark/diagrams.ts's, which runs first.)
 * Anything else fails the build with the page and line, before a wrong page can be published.
 */
import fs from 'node:fs';
import path from 'node:path';
import {findSnippet, type Snippet} from '../snippets/catalog';
import {parseInclude, type Include} from '../snippets/include';
import {outputLabels} from '../snippets/outputs';
import {SnippetError, extractRegion} from '../snippets/region';
import {readRunnable, siblingModules} from '../snippets/runnable';
import {checkExerciseFence, exerciseNodes} from './exercises';
import {esm, expressionAttribute, stringAttribute, type CodeNode, type Node} from './mdxNodes';

export type {CodeNode};

/** Fence languages that are not code for the reader to run. */
export const DIAGRAM_AND_MATH = new Set(['mermaid', 'math']);

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

export interface ResolvedTimeline {
  /** The snippet, relative to snippets/: "03-x/greedy_task_broken.py". */
  file: string;
  /** Its trace, relative to snippets/: "03-x/greedy_task_broken.trace.json". */
  trace: string;
}

/** snippets/X/name.py -> X/name.trace.json, where `npm run traces:update` writes its trace. */
export function traceIdOf(file: string): string {
  return file.replace(/\.py$/, '.trace.json');
}

/**
 * Reads a ```timeline fence: meta `file=X/name.py` only (the path rules of an include), and an
 * empty body. Returns the snippet it names; throws a SnippetError naming `file:line` otherwise.
 * This is the one parser of timeline fences: the page lint, the remark plugin and
 * `npm run traces:update` all go through it.
 */
export function parseTimelineFence(node: CodeNode, file: string): {file: string} {
  const where = `${file}:${node.position?.start.line ?? '?'}`;
  const words = (node.meta ?? '').trim().split(/\s+/).filter(Boolean);
  for (const word of words) {
    if (/^region(=|$)/.test(word)) {
      throw new SnippetError(`${where}: a timeline shows the whole run: "${word}" is only for python includes`);
    }
    if (word === 'no-output') {
      throw new SnippetError(`${where}: a timeline has no output to leave out: "no-output" is only for python includes`);
    }
    if (!/^file=/.test(word)) {
      throw new SnippetError(`${where}: unknown word "${word}" in the timeline (known: file=)`);
    }
  }
  if (words.length === 0) {
    throw new SnippetError(`${where}: a timeline fence names its snippet: \`\`\`timeline file=NN-slug/name.py`);
  }
  // The same path rules as an include: inside snippets/, a .py file.
  const include = parseInclude(words.join(' '), where);
  if (node.value.trim() !== '') {
    throw new SnippetError(`${where}: a timeline must be empty: it is drawn from snippets/${traceIdOf(include.file)}`);
  }
  return {file: include.file};
}

/**
 * Checks a ```timeline fence (parseTimelineFence) and that the snippet and its trace exist.
 * Throws a SnippetError naming `file:line` otherwise.
 */
export function checkTimelineFence(node: CodeNode, file: string, snippetsDir: string): ResolvedTimeline {
  return checkTimelineTrace(parseTimelineFence(node, file).file, `${file}:${node.position?.start.line ?? '?'}`, snippetsDir);
}

/**
 * Checks that the snippet a timeline fence names (parsed by parseTimelineFence) and its trace
 * exist. Throws a SnippetError naming `where` ("page:line") otherwise.
 */
export function checkTimelineTrace(snippet: string, where: string, snippetsDir: string): ResolvedTimeline {
  findSnippet(snippetsDir, snippet, where);
  const trace = traceIdOf(snippet);
  const tracePath = path.join(snippetsDir, trace);
  if (!fs.existsSync(tracePath)) {
    throw new SnippetError(`${where}: snippets/${trace} does not exist: run "npm run traces:update" to trace snippets/${snippet}`);
  }
  let json: {version?: unknown; tasks?: unknown};
  try {
    json = JSON.parse(fs.readFileSync(tracePath, 'utf8'));
  } catch (error) {
    throw new SnippetError(`${where}: snippets/${trace} is not JSON (${(error as Error).message}): run "npm run traces:update"`);
  }
  if (json?.version !== 1 || !Array.isArray(json.tasks)) {
    throw new SnippetError(`${where}: snippets/${trace} is not a version 1 trace: run "npm run traces:update"`);
  }
  return {file: snippet, trace};
}

/**
 * Builds the imports and the <Snippet> element for one include; `n` keeps identifiers apart. A
 * snippet that runs in the browser (`runnable`) gets the files beside it that it imports too.
 */
export function includeNodes(include: ResolvedInclude, n: number, runnable = false, traced = false): {imports: Node[]; element: Node} {
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
  if (runnable) {
    const modules = siblingModules(include.snippet).map((file, i) => {
      imports.push(esm(`import ${sourceId}_mod${i} from ${JSON.stringify(`@site/${file}?raw`)};`));
      return `${JSON.stringify(file)}: ${sourceId}_mod${i}`;
    });
    attributes.push(expressionAttribute('runnable', 'true'), expressionAttribute('modules', `{${modules.join(', ')}}`));
    if (traced) attributes.push(expressionAttribute('traced', 'true'));
  }
  return {imports, element: {type: 'mdxJsxFlowElement', name: 'Snippet', attributes, children: []}};
}

/** Builds the import and the <Timeline> element for one timeline; `n` keeps identifiers apart. */
export function timelineNodes(timeline: ResolvedTimeline, n: number): {imports: Node[]; element: Node} {
  const traceId = `__trace${n}`;
  const imports = [esm(`import ${traceId} from ${JSON.stringify(`@site/snippets/${timeline.trace}`)};`)];
  const attributes = [stringAttribute('file', timeline.file), expressionAttribute('trace', traceId)];
  return {imports, element: {type: 'mdxJsxFlowElement', name: 'Timeline', attributes, children: []}};
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
    const runnable = readRunnable(options.siteDir);
    // Snippets the page draws a timeline of: a reader's run of them is traced and drawn too.
    const drawn = new Set<string>();
    const findTimelines = (node: Node) => {
      if (node.type === 'code' && node.lang === 'timeline') drawn.add(parseTimelineFence(node as unknown as CodeNode, file).file);
      node.children?.forEach(findTimelines);
    };
    findTimelines(tree);
    let count = 0;
    let timelines = 0;
    let exercises = 0;
    const walk = (parent: Node) => {
      parent.children?.forEach((child, index) => {
        if (child.type === 'code' && child.lang === 'exercise') {
          const nodes = exerciseNodes(checkExerciseFence(child as unknown as CodeNode, file, options.snippetsDir), exercises++);
          imports.push(...nodes.imports);
          parent.children![index] = nodes.element;
        } else if (child.type === 'code' && child.lang === 'timeline') {
          const timeline = checkTimelineFence(child as unknown as CodeNode, file, options.snippetsDir);
          const nodes = timelineNodes(timeline, timelines++);
          imports.push(...nodes.imports);
          parent.children![index] = nodes.element;
        } else if (child.type === 'code') {
          const include = checkFence(child as unknown as CodeNode, file, options.snippetsDir);
          if (!include) return;
          const nodes = includeNodes(include, count++, runnable.has(include.file), drawn.has(include.file));
          imports.push(...nodes.imports);
          parent.children![index] = nodes.element;
        } else {
          walk(child);
        }
      });
    };
    walk(tree);
    if (timelines > 0) imports.unshift(esm("import Timeline from '@site/src/components/Timeline';"));
    if (exercises > 0) imports.unshift(esm("import Exercise from '@site/src/components/Exercise';"));
    if (count > 0) imports.unshift(esm("import Snippet from '@site/src/components/Snippet';"));
    tree.children!.unshift(...imports);
  };
}
