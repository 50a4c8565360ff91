/**
 * The glossary links each chapter gets, worked out from its MDX as the build does (the same
 * parsers Docusaurus uses, then src/remark/glossaryLinks.ts), without building the site: for the
 * tests ("every term is linked from some chapter") and for an author who wants to see them
 * (`npx tsx src/glossary/chapterLinks.ts` lists them). Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
// remark-directive and remark-gfm are what Docusaurus itself parses pages with (its mdx-loader's
// dependencies), so the tree here has the admonitions and tables the build's tree has.
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {docIdOf, linkFirstUses, type LinkedTerm, type Node} from '../remark/glossaryLinks';
import {chapterPages} from '../site/pages';
import {GLOSSARY, type GlossaryTerm} from './terms';

/** A page's mdast as the glossary plugin meets it: front matter blanked, `{#id}`s escaped. */
export function parsePage(mdx: string): Node {
  const body = escapeMarkdownHeadingIds(mdx.replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, '')));
  return unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkGfm).use(remarkMath).parse(body) as Node;
}

export interface ChapterLinks {
  /** "docs/10-tasks-and-futures.mdx" */
  file: string;
  route: string;
  links: LinkedTerm[];
  /** The chapter's text (every text and code node's), before and after linking: the same words. */
  textBefore: string;
  textAfter: string;
}

const textOf = (node: Node): string => (node.value ?? '') + (node.children ?? []).map(textOf).join('');

/** The term links of every chapter (the chapter list is not one), in the order of the chapters. */
export function chapterLinks(siteDir: string, terms: GlossaryTerm[] = GLOSSARY): ChapterLinks[] {
  return chapterPages(siteDir)
    .filter((page) => /^docs\/\d/.test(page.file))
    .map((page) => {
      const tree = parsePage(fs.readFileSync(path.join(siteDir, page.file), 'utf8'));
      const textBefore = textOf(tree);
      const links = linkFirstUses(tree, terms, {docId: docIdOf(page.file)});
      return {file: page.file, route: page.route, links, textBefore, textAfter: textOf(tree)};
    });
}

// `npx tsx src/glossary/chapterLinks.ts`: what each chapter links, and the terms no chapter links.
if (require.main === module) {
  const siteDir = path.resolve(__dirname, '../..');
  const all = chapterLinks(siteDir);
  for (const chapter of all) {
    console.log(`${chapter.file} (${chapter.links.length})`);
    for (const link of chapter.links) console.log(`  ${String(link.line).padStart(4)}  ${link.id.padEnd(24)} ${JSON.stringify(link.text)}`);
  }
  const linked = new Set(all.flatMap((c) => c.links.map((l) => l.id)));
  const unlinked = GLOSSARY.filter((t) => !linked.has(t.id)).map((t) => t.id);
  console.log(unlinked.length ? `Linked from no chapter: ${unlinked.join(', ')}` : 'Every term is linked from some chapter.');
}
