/**
 * The checks the build makes on every page, made on all pages at once so the tests can list every
 * problem with its file and line: each fence is an include, a diagram or math; each include
 * resolves; each snippet is shown by some page. Mermaid blocks are collected for parsing.
 * Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {loadSnippets} from '../snippets/catalog';
import {checkFence, type CodeNode, type ResolvedInclude} from './snippetInclude';

export interface MermaidBlock {
  /** "docs/03-x.mdx:42" */
  where: string;
  text: string;
}

export interface PagesReport {
  problems: string[];
  mermaid: MermaidBlock[];
  /** Snippet ids some page includes. */
  used: Set<string>;
  /** Every include, with the page (relative to the site) that makes it. */
  includes: {page: string; include: ResolvedInclude}[];
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

type Node = {type: string; children?: Node[]} & Partial<CodeNode>;

function codeNodes(tree: Node): CodeNode[] {
  const found: CodeNode[] = [];
  const walk = (node: Node) => {
    if (node.type === 'code') found.push(node as CodeNode);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** `folders` are folders or single pages, relative to siteDir. */
/** Which of mermaid's accessibility lines a diagram lacks ("accTitle: ..." and "accDescr: ..."). */
export function missingAccessibleText(diagram: string): string | undefined {
  const missing = ['accTitle', 'accDescr'].filter((key) => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(diagram));
  return missing.length ? missing.map((k) => `"${k}: ..."`).join(' and ') : undefined;
}

export function lintPages(siteDir: string, snippetsDir: string, folders = ['docs', 'blog']): PagesReport {
  const report: PagesReport = {problems: [], mermaid: [], used: new Set(), includes: []};
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
  for (const file of pageFiles(siteDir, folders)) {
    const rel = path.relative(siteDir, file);
    let tree: Node;
    try {
      // Headings carry explicit ids (`## Title {#id}`); escape them as Docusaurus does before MDX.
      tree = parser.parse(escapeMarkdownHeadingIds(fs.readFileSync(file, 'utf8'))) as Node;
    } catch (error) {
      report.problems.push(`${rel}: does not parse as MDX: ${(error as Error).message}`);
      continue;
    }
    for (const node of codeNodes(tree)) {
      try {
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
        }
      } catch (error) {
        report.problems.push((error as Error).message);
      }
    }
  }
  for (const snippet of loadSnippets(snippetsDir)) {
    if (!report.used.has(snippet.id)) {
      report.problems.push(`snippets/${snippet.id}: is not shown on any page (include it with \`\`\`python file=${snippet.id}, or delete it)`);
    }
  }
  return report;
}
