// The glossary (src/glossary/terms.ts): its links to the sections that teach each term resolve
// (and a broken one is caught), every term is linked from some chapter, ids are unique and stay
// published, definitions are short; the remark plugin that links a term's first use; and the
// search records and names of the terms (how a search lists a term's entry first is tested in
// test/search.test.ts).
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {chapterLinks, parsePage} from '../src/glossary/chapterLinks';
import {alphabetical, glossaryEntries} from '../src/glossary/entries';
import {pageSections} from '../src/glossary/sections';
import {GLOSSARY, type GlossaryTerm} from '../src/glossary/terms';
import {LINKS_PER_PARAGRAPH, codeName, docIdOf, formPattern, linkFirstUses, type Node} from '../src/remark/glossaryLinks';
import {glossaryNames, glossaryRecords, searchRecords} from '../src/search/records';
import {GLOSSARY_PAGE_KEY, termKey, termKeysOf} from '../src/search/results';
import {PUBLISHED_URLS_FILE, readPublishedUrls} from '../src/site/publicUrls';
import {SITE} from './support/build';

/** A fixture term, as a chapter might get one wrong. */
const fixtureTerm = (teaches: string[]): GlossaryTerm => ({id: 'fixture-term', term: 'fixture term', definition: 'A term for the tests.', teaches});

/** Sentences in a definition: code spans aside, each ends with . ! or ? before a space or the end. */
const sentences = (text: string) => text.replace(/`[^`]*`/g, 'code').match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [];

describe('the glossary data', () => {
  it('links each term to sections that exist, and names the chapter and section', () => {
    const {entries, problems} = glossaryEntries(SITE);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(GLOSSARY.length);
    const loop = entries.find((e) => e.id === 'event-loop')!;
    expect(loop.taughtIn).toContainEqual({
      url: '/chapters/asyncio-event-loop#one-iteration',
      chapter: "Chapter 9, asyncio's event loop",
      section: 'One turn of the loop',
    });
    // Headings keep their code's underscores.
    expect(entries.find((e) => e.id === 'thread')!.taughtIn.map((t) => t.section)).toContain('asyncio.to_thread');
  });

  it('fails on a teaches link to a section or chapter that does not exist, and on a see that names no entry', () => {
    const broken = fixtureTerm(['/chapters/tasks-and-futures#no-such-section', '/chapters/no-such-chapter#create-task', '/chapters/tasks-and-futures']);
    const {problems} = glossaryEntries(SITE, [...GLOSSARY, {...broken, see: ['no-such-entry']}]);
    expect(problems).toEqual([
      'glossary "fixture-term": /chapters/tasks-and-futures#no-such-section: /chapters/tasks-and-futures has no section {#no-such-section}',
      'glossary "fixture-term": /chapters/no-such-chapter#create-task: no chapter at /chapters/no-such-chapter',
      'glossary "fixture-term": /chapters/tasks-and-futures: /chapters/tasks-and-futures has no section {#}',
      'glossary "fixture-term": see "no-such-entry" is not another entry',
    ]);
    // The same section, spelt right, passes.
    expect(glossaryEntries(SITE, [...GLOSSARY, fixtureTerm(['/chapters/tasks-and-futures#create-task'])]).problems).toEqual([]);
  });

  it('reads a page\'s sections from its headings, not from its code', () => {
    expect(pageSections('## `asyncio.to_thread` {#to-thread}\n\n```md\n## Not a heading {#not}\n```\n### Sub {#sub}\n#### Too deep {#deep}\n')).toEqual([
      {id: 'to-thread', title: 'asyncio.to_thread'},
      {id: 'sub', title: 'Sub'},
    ]);
  });

  it('has unique ids, each a slug, and keeps every entry it ever published', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    // Once /glossary#id is in the published addresses, the entry stays (its id never changes).
    const published = readPublishedUrls(path.join(SITE, PUBLISHED_URLS_FILE))
      .filter((url) => url.startsWith('/glossary#'))
      .map((url) => url.slice('/glossary#'.length));
    expect(published.filter((id) => !ids.includes(id))).toEqual([]);
    expect(glossaryEntries(SITE, [...GLOSSARY, {...GLOSSARY[0]}]).problems).toEqual([`glossary: the id "${GLOSSARY[0].id}" is used by two terms`]);
  });

  it('defines each term in one to three sentences', () => {
    const problems = GLOSSARY.map((t) => [t.id, sentences(t.definition).length] as const).filter(([, n]) => n < 1 || n > 3);
    expect(problems).toEqual([]);
    expect(sentences('One. Two, with `asyncio.run()`. Three on 3.13.')).toHaveLength(3);
  });

  it('has the terms the course teaches', () => {
    const terms = GLOSSARY.map((t) => t.term.toLowerCase());
    for (const term of ['event loop', 'coroutine', 'coroutine function', 'awaitable', 'task', 'future', 'callback', 'ready queue', 'time slice', 'context switch',
      'pre-emptive multitasking', 'cooperative multitasking', 'generator', 'blocking call', 'structured concurrency', 'gather', 'taskgroup', 'cancellation',
      'timeout', 'semaphore', 'queue', 'back-pressure', 'executor']) {
      expect(terms).toContain(term);
    }
  });

  it('lists the entries alphabetically, case and punctuation aside', () => {
    const order = [...GLOSSARY].sort(alphabetical).map((t) => t.term);
    expect(order.indexOf('asyncio.run')).toBeLessThan(order.indexOf('await'));
    expect(order.indexOf('Barrier')).toBeLessThan(order.indexOf('blocking call'));
    expect(glossaryEntries(SITE).entries.map((e) => e.term)).toEqual(order);
  });

});

describe('the chapters\' term links', () => {
  // Every chapter, linked as the build links it (parsing them all takes a few seconds).
  const chapters = chapterLinks(SITE);

  it('link every term from at least one chapter, once in a chapter at most', () => {
    const linked = new Set(chapters.flatMap((c) => c.links.map((l) => l.id)));
    expect(GLOSSARY.filter((t) => !linked.has(t.id)).map((t) => t.id)).toEqual([]);
    for (const chapter of chapters) {
      const ids = chapter.links.map((l) => l.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), chapter.file).toEqual([]);
    }
  });

  it('keep the chapters\' words: the plugin adds links, never text', () => {
    for (const chapter of chapters) expect(chapter.textAfter, chapter.file).toBe(chapter.textBefore);
  });
});

// Small mdast trees, as remark parses MDX (parsePage), then the plugin.
const linksIn = (mdx: string, terms?: GlossaryTerm[], docId?: string) => {
  const tree = parsePage(mdx);
  const linked = linkFirstUses(tree, terms, {docId});
  return {linked: linked.map((l) => `${l.id}:${l.text}`), tree};
};

/** The text of a tree's glossary links, in order. */
function linkTexts(tree: Node): string[] {
  const found: string[] = [];
  const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
  const walk = (node: Node) => {
    if (node.type === 'link' && node.data?.hProperties) found.push(`${(node as {url?: string}).url} ${textOf(node)}`);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('linking a term\'s first use (src/remark/glossaryLinks.ts)', () => {
  it('links only the first use of each term in a page, keeping its words', () => {
    const {linked, tree} = linksIn('The event loop runs a task.\n\nThe Event Loop again, and tasks.\n\nMore event loops.\n');
    expect(linked).toEqual(['event-loop:event loop', 'task:task']);
    expect(linkTexts(tree)).toEqual(['/glossary#event-loop event loop', '/glossary#task task']);
    // The words around the links are untouched.
    const paragraph = (tree.children ?? [])[0];
    expect((paragraph.children ?? []).map((n) => n.value ?? `[${n.children?.[0].value}]`).join('')).toBe('The [event loop] runs a [task].');
  });

  it('skips headings, code blocks, links, inline math and components', () => {
    const mdx = [
      '## The event loop {#loop}',
      '',
      '```python',
      'event loop = 1',
      '```',
      '',
      'A [link about the event loop](./x.mdx), $event loop$ and <Snippet>event loop</Snippet>.',
      '',
      'Then the event loop.',
    ].join('\n');
    const {linked, tree} = linksIn(mdx);
    expect(linked).toEqual(['event-loop:event loop']);
    expect(linkTexts(tree)).toEqual(['/glossary#event-loop event loop']);
    expect((tree.children ?? []).at(-1)!.children!.some((n) => n.type === 'link')).toBe(true);
  });

  it('skips an admonition\'s title, a <summary> and the "What you will learn" box, not an admonition\'s prose or the answer in <details>', () => {
    const mdx = [
      ':::info[What you will learn]',
      '',
      '- What a coroutine is.',
      '',
      ':::',
      '',
      ':::warning[Common mistake: blocking the event loop]',
      '',
      'A blocking call stops everything.',
      '',
      ':::',
      '',
      '<details>',
      '<summary>Is a task a future?</summary>',
      '',
      'Yes: a task is a future.',
      '',
      '</details>',
      '',
      'A coroutine, an event loop.',
    ].join('\n');
    expect(linksIn(mdx).linked).toEqual(['blocking-call:blocking call', 'task:task', 'future:future', 'coroutine:coroutine', 'event-loop:event loop']);
    // Docusaurus renames <details> before the plugin runs: the same.
    expect(linksIn(mdx.replace(/details>/g, 'Details>')).linked).toContain('task:task');
  });

  it('links inline code that names a term, call arguments aside, and not code that only contains it', () => {
    const {linked} = linksIn('Call `asyncio.gather(a, b)`, not `await asyncio.sleep(1)`; then `asyncio.Semaphore` and `Semaphore(3)`.\n');
    expect(linked).toEqual(['gather:asyncio.gather(a, b)', 'semaphore:asyncio.Semaphore']);
    expect(codeName('asyncio.gather(\n  a, b)')).toBe('asyncio.gather');
  });

  it('matches whole words (plurals too), in any case unless the form has a capital', () => {
    const lock = formPattern('lock');
    expect('a Lock, two locks'.match(lock)).toEqual(['Lock', 'locks']);
    expect('unlocked, blocking, deadlock, lock-free, lock.acquire, locked'.match(lock)).toBeNull();
    expect('the GIL; the gil'.match(formPattern('GIL'))).toEqual(['GIL']);
    expect('an event\nloop'.match(formPattern('event loop'))).toEqual(['event\nloop']);
    // The longest term wins where two start together, and its words are not taken for another's.
    expect(linksIn('The global interpreter lock matters.\n').linked).toEqual(['gil:global interpreter lock']);
  });

  it('links at most two new terms in a paragraph; the others at their next use', () => {
    expect(LINKS_PER_PARAGRAPH).toBe(2);
    const {linked} = linksIn('A coroutine, a task, a future and a callback.\n\nThe future and the callback.\n');
    expect(linked).toEqual(['coroutine:coroutine', 'task:task', 'future:future', 'callback:callback']);
    expect(linksIn('- A coroutine, a task, a future.\n- A future.\n').linked).toEqual(['coroutine:coroutine', 'task:task', 'future:future']);
  });

  it('leaves out a term in the chapters its notIn names', () => {
    expect(linksIn('A timeout.\n', undefined, 'toy-event-loop').linked).toEqual([]);
    expect(linksIn('A timeout.\n', undefined, 'cancellation-and-timeouts').linked).toEqual(['timeout:timeout']);
    expect(docIdOf('/x/docs/08-toy-event-loop.mdx')).toBe('toy-event-loop');
  });
});

/** The glossary page as built: the <html> class, an entry's heading (with its anchor link) and definition. */
const GLOSSARY_HTML = `<!doctype html><html class="plugin-pages glossary-page"><body><nav>Chapters</nav><main><article><div class="markdown">
<h1>Glossary</h1><p>Intro.</p><nav aria-label="Terms"><a href="#event-loop">event loop</a></nav>
<section data-glossary-entry="event-loop"><h2 id="event-loop">event loop<a class="hash-link" href="#event-loop">#</a></h2>
<p data-glossary-definition>The scheduler: it runs <code>asyncio.run</code>'s tasks.</p><p>Taught in</p><ul><li><a href="/c#x">Chapter 4, The key ideas: The loop</a></li></ul></section>
<section data-glossary-entry="gather"><h2 id="gather">gather</h2><p data-glossary-definition>Runs awaitables.</p></section>
</div></article></main></body></html>`;

describe('the glossary in search', () => {
  it('makes records of its entries, at the first one\'s anchor: each term a heading at its anchor and its definition, filtered by the glossary\'s page', () => {
    const records = searchRecords(GLOSSARY_HTML, '/glossary', {pageKey: 'ignored'});
    // (Six entries share a record; test/search.test.ts has more.)
    expect(records.map((r) => [r.url, r.entries])).toEqual([['/glossary#event-loop', ['event-loop', 'gather']]]);
    const [html] = records.map((r) => r.html);
    expect(html).toContain(`<span data-pagefind-filter="pages-${GLOSSARY_PAGE_KEY}" data-pagefind-ignore>${GLOSSARY_PAGE_KEY}</span>`);
    expect(html).toMatch(/<h2 id="event-loop"[^>]*>event loop<\/h2>/);
    expect(html).toMatch(/<h2 id="gather"[^>]*>gather<\/h2>/);
    expect(html).toContain('<code>asyncio.run</code>');
    expect(html).not.toMatch(/Taught in|Chapter 4|Intro|hash-link/);
    expect(glossaryRecords('<html><body></body></html>', '/glossary')).toEqual([]);
  });

  it('finds an entry by its term, its forms and the code that is its name, each name leading to one entry', () => {
    expect(glossaryNames('gather')).toEqual(['gather', 'asyncio.gather']);
    expect(glossaryNames('back-pressure')).toEqual(['back-pressure', 'backpressure', 'back pressure']);
    // Code that only relates to a term is not its name: a search for it opens that API's section.
    expect(glossaryNames('thread')).not.toContain('asyncio.to_thread');
    expect(glossaryNames('task')).not.toContain('create_task');
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const term of GLOSSARY) {
      for (const name of glossaryNames(term.id)) {
        if (owner.has(name)) shared.push(`"${name}": ${owner.get(name)} and ${term.id}`);
        owner.set(name, term.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('reads a query as a term: case, spaces, "()" and plurals aside', () => {
    expect(termKey('  Event   Loop ')).toBe('event loop');
    expect(termKey('asyncio.gather()')).toBe('asyncio.gather');
    expect(termKeysOf('Background tasks')).toEqual(['background tasks', 'background task']);
    expect(termKeysOf('queues')).toEqual(['queues', 'queu', 'queue']);
  });
});
