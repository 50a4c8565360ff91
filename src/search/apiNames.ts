/**
 * The asyncio API names a page teaches: every `asyncio.X`, `loop.X`, `Task.X`, `Queue.X` ... that
 * its prose shows in inline code (code fences are snippets, not prose). Search must find each
 * page by the bare name X (test/browser-search.test.ts). Node only.
 */
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

/**
 * What an API name starts with: the asyncio module, or an asyncio object as the pages name it
 * (its class, or the variable the pages give it: `loop`, `task`, `tg`).
 */
const OWNERS = [
  'asyncio',
  'loop',
  'Task',
  'task',
  'Future',
  'future',
  'Queue',
  'queue',
  'TaskGroup',
  'tg',
  'Runner',
  'runner',
  'Event',
  'Lock',
  'Condition',
  'Semaphore',
  'Barrier',
];

/** `owner.name`, `owner.name.attr` or a call of it (`asyncio.run(main())`); the name is the last part. */
const API_NAME = new RegExp(`^(?:${OWNERS.join('|')})((?:\\.[A-Za-z_]\\w*)+)(?:\\(.*\\))?$`);

/** The bare API name an inline code shows, or undefined: `asyncio.to_thread(f)` -> "to_thread". */
export function apiNameOf(inlineCode: string): string | undefined {
  const parts = API_NAME.exec(inlineCode.trim())?.[1];
  return parts?.split('.').at(-1);
}

type Node = {type: string; value?: string; children?: Node[]};

/** The nodes of a page (MDX with front matter) of one type, in order. */
function nodesOf(mdx: string, type: string): string[] {
  // Front matter blanked, headings' `{#id}` escaped, as Docusaurus reads a page.
  const body = escapeMarkdownHeadingIds(mdx.replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, '')));
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkMath).parse(body) as Node;
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === type && node.value !== undefined) found.push(node.value);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The inline code of a page's prose, in order. */
export const inlineCodeOf = (mdx: string): string[] => nodesOf(mdx, 'inlineCode');

/** The words of a page's prose outside any code, lower-cased, each once. */
export function proseWordsOf(mdx: string): Set<string> {
  return new Set(nodesOf(mdx, 'text').flatMap((text) => text.toLowerCase().match(/[a-z_][\w]*/g) ?? []));
}

/**
 * The identifiers in a page's inline code, each once: the page shows a name when it is one of
 * them, whatever it is called on (`asyncio.CancelledError`, `except CancelledError`, `task.cancel()`).
 */
export function codeIdentifiersOf(mdx: string): Set<string> {
  return new Set(inlineCodeOf(mdx).flatMap((code) => code.match(/[A-Za-z_]\w*/g) ?? []));
}

/** An API name as a page shows it: the bare name and the form it is written in ("task.done"). */
export interface ApiUse {
  name: string;
  form: string;
}

/** The API names a page shows in inline code in its prose, each form once, in order. */
export function apiUsesOf(mdx: string): ApiUse[] {
  const uses = new Map<string, ApiUse>();
  for (const code of inlineCodeOf(mdx)) {
    const name = apiNameOf(code);
    const form = code.trim().replace(/\(.*\)$/, '');
    if (name && !uses.has(form)) uses.set(form, {name, form});
  }
  return [...uses.values()];
}

/** The bare API names a page shows in inline code in its prose, each once, sorted. */
export function apiNamesOf(mdx: string): string[] {
  return [...new Set(apiUsesOf(mdx).map((use) => use.name))].sort();
}

/**
 * The API names that are also everyday words of the pages' prose: more pages use the word (or a
 * word it begins, as search matches "cancel" in "cancelled") outside code than show the name in
 * code. `done`, `result`, `time` and `Event` (of "event loop") are; `to_thread` and `gather` are
 * not. A search for such a bare word is a search for the word, which the pages that dwell on it
 * answer best; the API is found by the form a page shows it in (`task.done`, `loop.time`).
 */
export function everydayNames(pages: string[]): Set<string> {
  const code = pages.map(codeIdentifiersOf);
  const prose = pages.map((mdx) => [...proseWordsOf(mdx)]);
  const names = new Set(pages.flatMap(apiNamesOf));
  return new Set(
    [...names].filter((name) => {
      const word = name.toLowerCase();
      const inProse = prose.filter((words) => words.some((w) => w.startsWith(word))).length;
      const inCode = code.filter((identifiers) => identifiers.has(name)).length;
      return inProse > inCode;
    }),
  );
}
