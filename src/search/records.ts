/**
 * What search indexes: each section of a page that is read (a chapter or a journal post) becomes
 * one search record, so that a result names the section that matched and links to its anchor,
 * and the browser fetches only that section's text to show an excerpt, never a whole chapter.
 * Node only (reads the built HTML with cheerio).
 */
import {load, type Element} from 'cheerio';
import {GLOSSARY_PAGE_CLASS} from '../glossary/page';
import {GLOSSARY} from '../glossary/terms';
import {GLOSSARY_PAGE_KEY, pageFilter, termKey, type GlossaryTerms} from './results';

/**
 * What Pagefind leaves out of every record: code (the snippets and their outputs, whatever their
 * markup), drawings and their captions, traced timelines, and the page's navigation and anchor
 * links. Prose stays in, inline `code` in sentences included: that is how API names are found.
 */
export const EXCLUDE_SELECTORS = [
  'pre',
  '[data-snippet]',
  'figure[data-diagram]',
  'figure[data-timeline]',
  '.katex-mathml',
  '.hash-link',
  'nav',
];

/** One record: the HTML Pagefind indexes for a section, and the address a result links to. */
export interface SearchRecord {
  /** The page and the section's anchor, relative to the base path: "/chapters/tasks#names". */
  url: string;
  /** A small HTML document: the page title as metadata, the section's heading and content. */
  html: string;
  /** For a record of the glossary, its entries (their anchors, "event-loop"). */
  entries?: string[];
}

/** The classes of a page's <html> element (quoted or not, as the minified build writes them). */
function htmlClasses(html: string): string[] {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return (/\bclass=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag)?.slice(1).find((v) => v !== undefined) ?? '').split(/\s+/);
}

/** Whether a page is the glossary, from the classes of its <html>. */
export const isGlossaryPage = (html: string): boolean => htmlClasses(html).includes(GLOSSARY_PAGE_CLASS);

/** Whether a page is read (a chapter or a journal post), from the classes of its <html>. */
export function isReadPage(html: string): boolean {
  const classes = htmlClasses(html);
  // The chapter list (the docs' index page) and the part pages only list other pages.
  const chapter = classes.includes('docs-doc-page') && classes.some((c) => c.startsWith('docs-doc-id-') && c !== 'docs-doc-id-index');
  return chapter || classes.includes('blog-post-page');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A record's metadata: the title of its page, shown with each result. */
const titleMeta = (title: string) => `<span data-pagefind-meta="title" data-pagefind-ignore>${escapeHtml(title)}</span>`;

/** A record's filter by its page: the filter of the page's group, valued the page's key. */
const pageFilterSpan = (pageKey: string, pageGroup: string) =>
  `<span data-pagefind-filter="${escapeHtml(pageFilter(pageGroup))}" data-pagefind-ignore>${escapeHtml(pageKey)}</span>`;

/**
 * Sections shorter than this many words (of prose) share a record with the sections after them,
 * up to twice as many words: a summary, a list of links, a short quiz. Every record is an entry
 * of the index's metadata, which the first search fetches whole; fewer, fuller records keep it
 * small (npm run bench:search), and Pagefind still finds each section's anchor inside its record.
 */
export const MIN_RECORD_WORDS = 300;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Sections that go over what the page taught or add to it (the quiz, the summary, the links to
 * the docs, the notes on Python versions): their words weigh a quarter, so that a search lands on
 * the section that teaches a thing rather than on one that names it in passing.
 */
export const RECAP_SECTIONS = /^(check-yourself|summary|further-reading|python-versions)/;
export const RECAP_WEIGHT = 0.25;

/**
 * How much the page title weighs in the record of the page's opening (Pagefind weighs an h1 7):
 * enough that a search for the title finds the page, not so much that every search for a word of
 * the title lands at the top of the page rather than in the section about it.
 */
export const TITLE_WEIGHT = 2;

interface Section {
  id?: string;
  parts: Element[];
  words: number;
}

/**
 * The records of a built page (`url` is its address relative to the base path, "/chapters/x"):
 * one for the page's opening (before its first section), titled with the page title, then one
 * per `##` section (with its `###` subsections: Pagefind finds their anchors inside the record),
 * short sections sharing one with the next. Each record is filtered by its page: its value is
 * `pageKey` (a short name of the page) in the filter of `pageGroup` (src/search/results.ts). Empty
 * for pages that are not read (lists, the home page, search).
 */
export function searchRecords(html: string, url: string, {minWords = MIN_RECORD_WORDS, pageKey = url, pageGroup = pageKey}: {minWords?: number; pageKey?: string; pageGroup?: string} = {}): SearchRecord[] {
  if (isGlossaryPage(html)) return glossaryRecords(html, url);
  if (!isReadPage(html)) return [];
  // Only the article is read: parsing the whole page (navbar, sidebar, scripts) costs twice as much.
  const start = html.search(/<article\b/);
  const end = html.lastIndexOf('</article>');
  const $ = load(start >= 0 && end > start ? html.slice(start, end + '</article>'.length) : html);
  const title = $('article h1').first().text().trim();
  const body = $('article .markdown').first();
  if (!title || body.length === 0) return [];
  const sections: Section[] = [{parts: [], words: 0}];
  for (const child of body.children().toArray()) {
    if (child.tagName === 'header') continue;
    if (child.tagName === 'h2' && $(child).attr('id')) sections.push({id: $(child).attr('id'), parts: [child], words: 0});
    else sections.at(-1)!.parts.push(child);
  }
  // Words that count: what Pagefind will index, code and drawings left out.
  const excluded = EXCLUDE_SELECTORS.join(',');
  for (const section of sections) {
    const copy = $(section.parts).not(excluded).clone();
    copy.find(excluded).remove();
    section.words = wordCount(copy.text());
  }
  // A short section shares a record with the sections after it, until the record is long enough
  // but not too long (the opening keeps its own: it has the title). A quiz, a summary and the
  // links to the docs at the end of a chapter often share one.
  const records: Section[][] = [];
  for (const section of sections) {
    const last = records.at(-1);
    const words = last?.reduce((sum, s) => sum + s.words, 0) ?? 0;
    if (last?.[0].id && words < minWords && words + section.words <= 2 * minWords) last.push(section);
    else records.push([section]);
  }
  // The page title as metadata, and the page as a filter: once a search has shown one section of
  // a page, it skips the page's other sections without fetching them (src/search/results.ts).
  // Neither is indexed.
  const meta = titleMeta(title) + pageFilterSpan(pageKey, pageGroup);
  return records
    .filter((record) => !record[0].id || record.some((s) => s.words > 0))
    .map((record) => {
      const id = record[0].id;
      // The opening carries the page title as its heading: a search for the title lands there.
      const opening = id ? '' : `<h1 data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(title)}</h1>`;
      const content = record
        .map((section) => {
          const recap = Boolean(section.id && RECAP_SECTIONS.test(section.id));
          const part = section.parts.map((p) => $.html(p)).join('');
          return recap ? `<div data-pagefind-weight="${RECAP_WEIGHT}">${part}</div>` : part;
        })
        .join('');
      return {
        url: id ? `${url}#${id}` : url,
        html: `<!doctype html><html lang="en"><body><article>${meta}${opening}${content}</article></body></html>`,
      };
    });
}

/**
 * How much a glossary entry's words weigh: its term as much as a section's heading, its
 * definition little, so that an entry comes up for its own term and not for every word of its
 * definition (a chapter teaches those).
 */
export const GLOSSARY_TERM_WEIGHT = 6;
export const GLOSSARY_DEFINITION_WEIGHT = 0.25;

/**
 * Every name a glossary entry goes by, as a search would write it: its term, the forms prose
 * writes it in, and the code that is its very name (`asyncio.gather` for gather, not
 * `asyncio.create_task` for task: a search for an API that only relates to a term should open
 * the section about that API).
 */
export function glossaryNames(id: string): string[] {
  const term = GLOSSARY.find((t) => t.id === id);
  if (!term) return [];
  const bare = (name: string) => termKey(name).replace(/[\s_-]/g, '');
  const named = (term.code ?? []).filter((code) => bare(code.split('.').at(-1)!) === bare(term.term.split('.').at(-1)!));
  return [...new Set([term.term, ...(term.forms ?? []), ...named].map(termKey))];
}

/**
 * The names of the glossary's terms, each with its entry (its anchor) and the entry's record in
 * the index, from the records of the entries indexed ("event-loop" -> "en_1a2b3c4"): what a
 * search reads to tell that it names a term, and find the entry (GLOSSARY_TERMS_FILE).
 */
export function glossaryTerms(records: Map<string, string>): GlossaryTerms {
  const terms: GlossaryTerms = {};
  for (const [anchor, record] of records) for (const name of glossaryNames(anchor)) terms[name] = [record, anchor];
  return terms;
}

/**
 * How many entries of the glossary share a record (in the glossary's order): six short entries
 * make a record about as long as a section of a chapter. Each record is an entry of the index's
 * metadata, which every first search fetches whole; a record per entry made the glossary a
 * quarter of the site's records, and of that download.
 */
export const GLOSSARY_ENTRIES_PER_RECORD = 6;

/**
 * The records of the glossary page, each holding GLOSSARY_ENTRIES_PER_RECORD entries (their terms
 * and definitions, not the links under them), at the anchor of its first ("/glossary#async-function"),
 * filtered by the glossary's page. Each entry's term is a heading with its anchor, so that a
 * result opens the glossary at the entry that matched. A search for a term finds its entry by the
 * names of glossaryTerms, and lists it first (src/search/results.ts).
 */
export function glossaryRecords(html: string, url: string): SearchRecord[] {
  const $ = load(html);
  const title = $('article h1').first().text().trim() || 'Glossary';
  const entries = $('article [data-glossary-entry]')
    .toArray()
    .flatMap((entry) => {
      const heading = $(entry).find('h2[id]').first();
      const id = heading.attr('id');
      const term = heading.clone().find('.hash-link').remove().end().text().trim();
      const definition = $(entry).find('[data-glossary-definition]').first().html() ?? '';
      if (!id || !term) return [];
      return [
        {
          id,
          html:
            `<h2 id="${escapeHtml(id)}" data-pagefind-weight="${GLOSSARY_TERM_WEIGHT}">${escapeHtml(term)}</h2>` +
            `<p data-pagefind-weight="${GLOSSARY_DEFINITION_WEIGHT}">${definition}</p>`,
        },
      ];
    });
  const meta = titleMeta(title) + pageFilterSpan(GLOSSARY_PAGE_KEY, GLOSSARY_PAGE_KEY);
  const records: SearchRecord[] = [];
  for (let i = 0; i < entries.length; i += GLOSSARY_ENTRIES_PER_RECORD) {
    const group = entries.slice(i, i + GLOSSARY_ENTRIES_PER_RECORD);
    records.push({
      url: `${url}#${group[0].id}`,
      entries: group.map((entry) => entry.id),
      html: `<!doctype html><html lang="en"><body><article>${meta}${group.map((entry) => entry.html).join('')}</article></body></html>`,
    });
  }
  return records;
}
