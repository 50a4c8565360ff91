/**
 * remark plugin: links the first use of each glossary term in a chapter to its entry on
 * /glossary (src/glossary/terms.ts), so that a reader who meets "event loop" or `asyncio.gather`
 * can look it up in one click. Only the first use per chapter, only in prose: never in a heading,
 * a code block, an existing link, math, a component, an admonition's title, a <summary> or the
 * "What you will learn" box, and at most two new links in a paragraph. A term is found by the
 * words of its `forms` (in text) or by its `code` (a whole inline code span, call arguments
 * aside). The link is an ordinary markdown link to "/glossary#id", so the build's broken-anchor
 * check holds it to an entry that exists.
 */
import path from 'node:path';
import {GLOSSARY, glossaryUrl, type GlossaryTerm} from '../glossary/terms';

export type Node = {type: string; children?: Node[]; value?: string; name?: string; data?: Record<string, unknown>; position?: {start: {line: number}}};

/** Nodes whose text is not prose, or is a link already. */
const SKIPPED = new Set([
  'heading',
  'code',
  'link',
  'linkReference',
  'definition',
  'html',
  'image',
  'imageReference',
  'math',
  'inlineMath',
  'yaml',
  'toml',
  // An admonition's title once Docusaurus has made the admonition (`:::warning[Common mistake]`).
  'mdxAdmonitionTitle',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/**
 * The MDX elements whose prose is linked: HTML elements but those below, and <details> (which
 * Docusaurus renames <Details> before this plugin runs). Components (<Snippet>, <Exercise>...)
 * are never entered.
 */
const PROSE_COMPONENTS = new Set(['Details']);
/** HTML elements whose text is not linked: a link inside <summary> would toggle it. */
const SKIPPED_ELEMENTS = new Set(['summary', 'a', 'code', 'pre', 'kbd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Blocks of prose that each take at most LINKS_PER_PARAGRAPH new term links, so that links stay few enough to read. */
const BLOCKS = new Set(['paragraph', 'tableCell']);

/** How many new term links one paragraph takes: the others wait for the next use of their term. */
export const LINKS_PER_PARAGRAPH = 2;

/**
 * Boxes whose prose is not linked: a chapter's `:::info[What you will learn]` names many terms at
 * once, as goals; their first use in the chapter's own prose gets the link.
 */
export const SKIPPED_BOXES = ['What you will learn'];

const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** The title of an admonition (`:::info[Title]`), before or after Docusaurus makes it one. */
function boxTitle(node: Node): string | undefined {
  if (node.type !== 'containerDirective') return undefined;
  const title = (node.data?.hProperties as {title?: unknown} | undefined)?.title;
  if (typeof title === 'string') return title;
  const label = node.children?.[0];
  return label?.data?.directiveLabel || label?.type === 'mdxAdmonitionTitle' ? textOf(label) : undefined;
}

const isProseElement = (name: string | undefined) => Boolean(name && ((/^[a-z]/.test(name) && !SKIPPED_ELEMENTS.has(name)) || PROSE_COMPONENTS.has(name)));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a prose form: the words as a whole (not inside another word, a dotted name or a
 * hyphenated compound), with an optional plural ending. Case-insensitive unless the form has a
 * capital letter.
 */
export function formPattern(form: string): RegExp {
  // A line break may fall between the words: chapters are wrapped at 100 columns.
  const words = escapeRegExp(form).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\w.\\-/])${words}(?:e?s)?(?![\\w\\-]|\\.\\w)`, /[A-Z]/.test(form) ? 'g' : 'gi');
}

/** The name an inline code span gives: `asyncio.gather(a, b)` and `asyncio.gather()` give `asyncio.gather`. */
export function codeName(code: string): string {
  return code.trim().replace(/\(.*\)$/s, '');
}

interface Matcher {
  term: GlossaryTerm;
  patterns: RegExp[];
  code: Set<string>;
}

export interface LinkedTerm {
  id: string;
  /** The words or code that became the link. */
  text: string;
  line?: number;
}

/**
 * The earliest use of any term in `text` from `from` on (the longest on a tie). Terms already
 * linked count too, so that their words are not taken for another term's ("lock" inside "global
 * interpreter lock").
 */
function firstMatch(text: string, matchers: Matcher[], from: number): {matcher: Matcher; index: number; length: number} | undefined {
  let best: {matcher: Matcher; index: number; length: number} | undefined;
  for (const matcher of matchers) {
    for (const pattern of matcher.patterns) {
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) best = {matcher, index: m.index, length: m[0].length};
    }
  }
  return best;
}

/** The first use in `text` of a term not linked yet, skipping the uses of those that are. */
function firstNewMatch(text: string, matchers: Matcher[], done: Set<string>): {matcher: Matcher; index: number; length: number} | undefined {
  for (let from = 0; ; ) {
    const found = firstMatch(text, matchers, from);
    if (!found || !done.has(found.matcher.term.id)) return found;
    from = found.index + found.length;
  }
}

const linkTo = (term: GlossaryTerm, children: Node[]): Node => ({
  type: 'link',
  url: glossaryUrl(term.id),
  title: null,
  children,
  // data-glossary marks a term link in the page (for the tests, and for styles).
  data: {hProperties: {'data-glossary': term.id}},
} as Node);

export interface LinkOptions {
  /** The chapter ("tasks-and-futures"): terms whose `notIn` names it are left out. */
  docId?: string;
  /** New term links per paragraph at most (LINKS_PER_PARAGRAPH). */
  perParagraph?: number;
}

/**
 * Links, in place, the first use of each term in `tree` (a page's mdast) and returns what it
 * linked, in the page's order. A paragraph takes at most `perParagraph` new links: a term met
 * there beyond that is linked at its next use.
 */
export function linkFirstUses(tree: Node, terms: GlossaryTerm[] = GLOSSARY, {docId, perParagraph = LINKS_PER_PARAGRAPH}: LinkOptions = {}): LinkedTerm[] {
  const matchers: Matcher[] = terms
    .filter((term) => !docId || !term.notIn?.includes(docId))
    .map((term) => ({term, patterns: (term.forms ?? []).map(formPattern), code: new Set(term.code ?? [])}));
  const done = new Set<string>();
  const linked: LinkedTerm[] = [];
  // New links in the paragraph being read.
  let inBlock = 0;
  const visit = (parent: Node) => {
    const children = parent.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node.type === 'text' && node.value) {
        if (inBlock >= perParagraph) continue;
        const found = firstNewMatch(node.value, matchers, done);
        if (!found) continue;
        const {matcher, index, length} = found;
        const text = node.value.slice(index, index + length);
        const piece = (value: string): Node => ({type: 'text', value, position: node.position});
        const pieces: Node[] = [];
        if (index > 0) pieces.push(piece(node.value.slice(0, index)));
        pieces.push(linkTo(matcher.term, [piece(text)]));
        // The rest of the text is looked at next, for the other terms.
        if (index + length < node.value.length) pieces.push(piece(node.value.slice(index + length)));
        children.splice(i, 1, ...pieces);
        i += index > 0 ? 1 : 0;
        done.add(matcher.term.id);
        inBlock++;
        linked.push({id: matcher.term.id, text, line: node.position?.start.line});
      } else if (node.type === 'inlineCode' && node.value) {
        if (inBlock >= perParagraph) continue;
        const name = codeName(node.value);
        const matcher = matchers.find((m) => !done.has(m.term.id) && m.code.has(name));
        if (!matcher) continue;
        children[i] = linkTo(matcher.term, [node]);
        done.add(matcher.term.id);
        inBlock++;
        linked.push({id: matcher.term.id, text: node.value, line: node.position?.start.line});
      } else if (SKIPPED.has(node.type) || node.data?.directiveLabel || SKIPPED_BOXES.includes(boxTitle(node) ?? '')) {
        continue;
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        // Prose inside HTML elements and <details>, never inside components or headings.
        if (isProseElement(node.name)) visit(node);
      } else if (BLOCKS.has(node.type)) {
        inBlock = 0;
        visit(node);
        inBlock = 0;
      } else if (node.children) {
        visit(node);
      }
    }
  };
  visit(tree);
  return linked;
}

/** A chapter's doc id from its file: "docs/10-tasks-and-futures.mdx" -> "tasks-and-futures". */
export const docIdOf = (file: string): string => path.basename(file).replace(/\.mdx?$/, '').replace(/^\d+-/, '');

export default function remarkGlossaryLinks({terms = GLOSSARY}: {terms?: GlossaryTerm[]} = {}) {
  return (tree: Node, file: {path?: string}) => {
    linkFirstUses(tree, terms, {docId: file.path ? docIdOf(file.path) : undefined});
  };
}
