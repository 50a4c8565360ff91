/**
 * The checks the build makes on every page, made on all pages at once so the tests can list every
 * problem with its file and line: each fence is an include, a timeline, an exercise, a diagram or
 * math; each include, timeline and exercise resolves; each diagram has a text alternative and a drawing of its current
 * text; each snippet is shown by some page (as code or as a timeline). Mermaid blocks are
 * collected for parsing. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {loadSnippets} from '../snippets/catalog';
import {checkDiagram} from './diagrams';
import {checkExerciseFence} from './exercises';
import {checkFence, checkTimelineTrace, parseTimelineFence, type CodeNode, type ResolvedInclude} from './snippetInclude';

export interface MermaidBlock {
  /** "docs/03-x.mdx:42" */
  where: string;
  text: string;
}

export interface PagesReport {
  problems: string[];
  mermaid: MermaidBlock[];
  /** Snippet ids some page includes or draws the timeline of. */
  used: Set<string>;
  /** Every include, with the page (relative to the site) that makes it. */
  includes: {page: string; include: ResolvedInclude}[];
  /**
   * Every ```timeline fence that names a snippet, whether or not its trace exists yet: the page,
   * the fence's line and the snippet (relative to snippets/).
   */
  timelines: {page: string; line: number; file: string}[];
  /** The timeline fences that name no snippet properly (also in `problems`). */
  timelineProblems: string[];
  /** Every ```exercise fence that resolves: the page, the program and its solution. */
  exercises: {page: string; file: string; solution: string}[];
}

const PAGE = /\.mdx?$/;

function pageFiles(siteDir: string, folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (PAGE.test(entry.name)) files.push(full);
    }
  };
  for (const folder of folders) {
    const full = path.join(siteDir, folder);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isDirectory()) walk(full);
    else files.push(full);
  }
  return files.sort();
}

type Node = {type: string; children?: Node[]} & Partial<Omit<CodeNode, 'type'>> & {depth?: number};

function codeNodes(tree: Node): CodeNode[] {
  const found: CodeNode[] = [];
  const walk = (node: Node) => {
    if (node.type === 'code') found.push(node as CodeNode);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The page with its front matter blanked out (line numbers kept), as Docusaurus reads it. */
function blankFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, ''));
}

/** The text of a heading node, children flattened. */
function textOf(node: Node & {value?: string}): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** Section headings (## and deeper) without an explicit `{#id}`: renaming one would break links. */
function headingsWithoutId(tree: Node): {line?: number; text: string}[] {
  const found: {line?: number; text: string}[] = [];
  const walk = (node: Node) => {
    if (node.type === 'heading' && (node.depth ?? 1) >= 2) {
      const text = textOf(node).trim();
      if (!/\{#[\w-]+\}$/.test(text)) found.push({line: node.position?.start.line, text});
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The id Docusaurus would make up for a heading, as a suggestion. */
function suggestedId(text: string): string {
  return text.toLowerCase().replace(/`/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Which of mermaid's accessibility lines a diagram lacks ("accTitle: ..." and "accDescr: ..."). */
export function missingAccessibleText(diagram: string): string | undefined {
  const missing = ['accTitle', 'accDescr'].filter((key) => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(diagram));
  return missing.length ? missing.map((k) => `"${k}: ..."`).join(' and ') : undefined;
}

export function lintPages(siteDir: string, snippetsDir: string, folders = ['docs', 'blog']): PagesReport {
  const report: PagesReport = {problems: [], mermaid: [], used: new Set(), includes: [], timelines: [], timelineProblems: [], exercises: []};
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
  for (const file of pageFiles(siteDir, folders)) {
    const rel = path.relative(siteDir, file);
    let tree: Node;
    try {
      // Headings carry explicit ids (`## Title {#id}`); escape them as Docusaurus does before MDX.
      tree = parser.parse(escapeMarkdownHeadingIds(blankFrontMatter(fs.readFileSync(file, 'utf8')))) as Node;
    } catch (error) {
      report.problems.push(`${rel}: does not parse as MDX: ${(error as Error).message}`);
      continue;
    }
    for (const heading of headingsWithoutId(tree)) {
      report.problems.push(
        `${rel}:${heading.line}: heading "${heading.text}" needs an explicit id, so renaming it never breaks a link: write it as "${heading.text} {#${suggestedId(heading.text)}}"`,
      );
    }
    for (const node of codeNodes(tree)) {
      try {
        if (node.lang === 'timeline') {
          // A timeline is not code written into the page: it draws a traced run of a snippet. It
          // is listed once it names a snippet, even before that snippet has a trace (which is
          // what npm run traces:update reads this list for); a missing trace is still a problem.
          let timeline: {file: string};
          try {
            timeline = parseTimelineFence(node, rel);
          } catch (error) {
            report.timelineProblems.push((error as Error).message);
            throw error;
          }
          const line = node.position?.start.line ?? 0;
          report.used.add(timeline.file);
          report.timelines.push({page: rel, line, file: timeline.file});
          checkTimelineTrace(timeline.file, `${rel}:${line}`, snippetsDir);
          continue;
        }
        if (node.lang === 'exercise') {
          const {exercise, solution} = checkExerciseFence(node, rel, snippetsDir);
          report.used.add(exercise.id);
          report.used.add(solution.id);
          report.exercises.push({page: rel, file: exercise.id, solution: solution.id});
          continue;
        }
        const include = checkFence(node, rel, snippetsDir);
        if (include) {
          report.used.add(include.file);
          report.includes.push({page: rel, include});
        }
        else if (node.lang === 'mermaid') {
          const where = `${rel}:${node.position?.start.line}`;
          report.mermaid.push({where, text: node.value});
          const missing = missingAccessibleText(node.value);
          if (missing) report.problems.push(`${where}: a diagram needs a text alternative: add ${missing} (read by screen readers and shown without JavaScript)`);
          else checkDiagram(node.value, where, siteDir);
        }
      } catch (error) {
        report.problems.push((error as Error).message);
      }
    }
  }
  // (A site without snippets/ has none to leave unused.)
  for (const snippet of fs.existsSync(snippetsDir) ? loadSnippets(snippetsDir) : []) {
    if (!report.used.has(snippet.id)) {
      report.problems.push(`snippets/${snippet.id}: is not shown on any page (include it with \`\`\`python file=${snippet.id}, or delete it)`);
    }
  }
  return report;
}
