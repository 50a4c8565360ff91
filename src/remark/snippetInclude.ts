/**
 * remark plugin: every fenced code block in docs/ and blog/ is a snippet include, a timeline, a
 * mermaid diagram, or math. An include becomes
 *
 *   <Snippet file="04-tour/x.py" region="..." outputs={[{label: "...", file: "04-tour/x.output.txt"}]} />
 *
 * a timeline (```timeline file=04-tour/x.py, empty) the drawing of a traced run of it:
 *
 *   <Timeline file="04-tour/x.py" />        (src/components/Timeline/Island.tsx)
 *
 * an exercise (```exercise file=X/name.py solution=X/name_solution.py) the program, its target and
 * its solution (src/remark/exercises.ts). (Diagrams are src/remark/diagrams.ts's, which runs first.)
 * Anything else fails the build with the page and line, before a wrong page can be published.
 *
 * The files those show (programs, outputs, traces) are the page's files: the page starts with
 *
 *   await __pageFiles({"04-tour": import.meta.webpackContext("@site/snippets/04-tour?raw", {regExp: /^\.\/(?:x\.py|...)$/, ...})})
 *
 * one chunk of the bundle per folder (tracked by the dev server), which the browser fetches only
 * where it draws the page itself: a page opened from a link shows them from its HTML
 * (src/components/Snippet/files.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {findSnippet, type Snippet} from '../snippets/catalog';
import {parseInclude, type Include} from '../snippets/include';
import {outputLabels} from '../snippets/outputs';
import {SnippetError, extractRegion} from '../snippets/region';
import {readRunnable, siblingModules} from '../snippets/runnable';
import {TIMELINE_DRAWING} from './pageFileIds';
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
 * Builds the <Snippet> element for one include, and lists the files it shows (relative to
 * snippets/). A snippet that runs in the browser (`runnable`) needs the files beside it that it
 * imports too.
 */
export function includeNodes(include: ResolvedInclude, runnable = false, traced = false): {files: string[]; element: Node} {
  const folder = path.posix.dirname(include.file);
  const files = [include.file];
  const outputs = include.showOutput ? include.snippet.outputs : [];
  const labels = outputLabels(outputs, include.snippet.meta.minPython);
  const items = outputs.map((o, i) => {
    files.push(`${folder}/${o.file}`);
    return `{label: ${JSON.stringify(labels[i])}, file: ${JSON.stringify(`${folder}/${o.file}`)}}`;
  });
  const attributes = [stringAttribute('file', include.file)];
  if (include.region) attributes.push(stringAttribute('region', include.region));
  attributes.push(expressionAttribute('outputs', `[${items.join(', ')}]`));
  if (include.snippet.meta.exit !== 0) attributes.push(expressionAttribute('exitStatus', String(include.snippet.meta.exit)));
  if (runnable) {
    const modules = siblingModules(include.snippet).map((file) => file.replace(/^snippets\//, ''));
    files.push(...modules);
    attributes.push(expressionAttribute('runnable', 'true'));
    if (modules.length > 0) attributes.push(expressionAttribute('modules', JSON.stringify(modules)));
    if (traced) attributes.push(expressionAttribute('traced', 'true'));
  }
  return {files, element: {type: 'mdxJsxFlowElement', name: 'Snippet', attributes, children: []}};
}

/** Builds the <Timeline> element for one timeline, and lists what it draws from. */
export function timelineNodes(timeline: ResolvedTimeline): {files: string[]; element: Node} {
  const attributes = [stringAttribute('file', timeline.file)];
  return {files: [timeline.trace, TIMELINE_DRAWING], element: {type: 'mdxJsxFlowElement', name: 'Timeline', attributes, children: []}};
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The statement that brings a page's files (src/components/Snippet/files.ts): for each folder, a
 * lazy-once bundler context of exactly the files the page shows from it (one chunk, fetched where
 * the browser draws the page itself), as `?raw` texts through the bundler, so the dev server tracks
 * them; and the drawing code of timelines if the page has some.
 */
export function pageFilesNode(files: string[]): Node {
  const byFolder = new Map<string, string[]>();
  for (const id of files) {
    if (id === TIMELINE_DRAWING) continue;
    const folder = path.posix.dirname(id);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.posix.basename(id)]);
  }
  const contexts = [...byFolder].map(([folder, names]) => {
    const regExp = `/^\\.\\/(?:${names.map(escapeRegExp).join('|')})$/`;
    return `${JSON.stringify(folder)}: import.meta.webpackContext(${JSON.stringify(`@site/snippets/${folder}?raw`)}, {recursive: false, regExp: ${regExp}, mode: "lazy-once"})`;
  });
  const drawing = files.includes(TIMELINE_DRAWING) ? ', () => import("@site/src/components/Timeline/Drawing")' : '';
  return esm(`await __pageFiles({${contexts.join(', ')}}${drawing});`);
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
    const files = new Set<string>();
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
          const nodes = exerciseNodes(checkExerciseFence(child as unknown as CodeNode, file, options.snippetsDir));
          exercises++;
          nodes.files.forEach((f) => files.add(f));
          parent.children![index] = nodes.element;
        } else if (child.type === 'code' && child.lang === 'timeline') {
          const nodes = timelineNodes(checkTimelineFence(child as unknown as CodeNode, file, options.snippetsDir));
          timelines++;
          nodes.files.forEach((f) => files.add(f));
          parent.children![index] = nodes.element;
        } else if (child.type === 'code') {
          const include = checkFence(child as unknown as CodeNode, file, options.snippetsDir);
          if (!include) return;
          const nodes = includeNodes(include, runnable.has(include.file), drawn.has(include.file));
          count++;
          nodes.files.forEach((f) => files.add(f));
          parent.children![index] = nodes.element;
        } else {
          walk(child);
        }
      });
    };
    walk(tree);
    if (files.size > 0) {
      imports.push(esm("import {pageFiles as __pageFiles} from '@site/src/components/Snippet/files';"), pageFilesNode([...files]));
    }
    if (timelines > 0) imports.unshift(esm("import Timeline from '@site/src/components/Timeline/Island';"));
    if (exercises > 0) imports.unshift(esm("import Exercise from '@site/src/components/Exercise';"));
    if (count > 0) imports.unshift(esm("import Snippet from '@site/src/components/Snippet';"));
    tree.children!.unshift(...imports);
  };
}
