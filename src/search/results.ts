/**
 * From Pagefind's results to what a reader sees: the pages that match, in the order of their best
 * matching section, each shown by that section (its heading and an excerpt, the matched words
 * marked). Pure: the browser and the tests share it.
 *
 * Each record of the index is a section of a page (src/search/records.ts), filtered by its page.
 * Pagefind ranks sections; the pages are learnt from the sections shown: the best section not yet
 * placed starts a page (its data is fetched to show it, and says its page), and one search within
 * that page places the page's other sections, so that they are skipped without fetching them. A
 * search thus downloads the sections it shows and the filters of the pages it lists, not a filter
 * of every page of the site.
 */

/** What Pagefind says of a place in a record that matched (the parts used here). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: {weight: number; balanced_score: number; location: number}[];
  locations?: number[];
}

/** A record's data, fetched by `result.data()`. */
export interface PagefindRecord {
  url: string;
  excerpt: string;
  meta: {title?: string};
  /** The record's filters and their values. */
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

/** One entry of a search's results, best first. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindRecord>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

/** Pagefind's search, optionally restricted to the records that have a filter's value. */
export type Searcher = (query: string, options?: {filters?: Record<string, string>}) => Promise<PagefindSearch | null>;

/**
 * The filters that hold the records of the pages: a filter per group of PAGES_PER_FILTER pages
 * (`pages-0` for the first four, ...), whose value for each record is the key of its page. Once a
 * search has shown a section of a page, a search within that page's value places the page's other
 * sections: Pagefind then fetches that group's filter only, a hundred bytes or so. (A filter of
 * its own for every page would do as well, but each filter is an entry in the index's metadata,
 * which every first search fetches whole; one filter for all pages makes each search fetch the
 * pages of every section of the site.)
 */
export const PAGES_PER_FILTER = 4;
const PAGE_FILTER_PREFIX = 'pages-';
export const pageFilter = (group: string): string => `${PAGE_FILTER_PREFIX}${group}`;

/** The page of a record, from its filters: its key, and the filter that holds it; undefined for a record of no page. */
export function pageOfRecord(record: PagefindRecord): {key: string; filter: string} | undefined {
  const [filter, [key] = []] = Object.entries(record.filters ?? {}).find(([name]) => name.startsWith(PAGE_FILTER_PREFIX)) ?? [];
  return filter !== undefined && key !== undefined ? {key, filter} : undefined;
}

/** The glossary (/glossary) is one page of records, a few entries each, with this page key (and group). */
export const GLOSSARY_PAGE_KEY = 'glossary';

/**
 * Every name of a glossary term ("event loop", "back pressure", "asyncio.gather"), as termKey
 * writes it, with the id of its entry's record in the index and the entry's anchor: written
 * beside the index when it is built, and fetched with Pagefind (under 1 KB), so that a search for
 * a term finds the term's entry among its results and lists it first (topPages) without a filter,
 * and places the glossary's records without a search.
 */
export type GlossaryTerms = Record<string, [record: string, anchor: string]>;
export const GLOSSARY_TERMS_FILE = 'glossary-terms.json';

/** A term or a query as the glossary's names are written: lower case, one space between words, no "()" at the end. */
export const termKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\(\)$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The names a query may be a term by: itself, and without a plural ending ("background tasks"). */
export function termKeysOf(query: string): string[] {
  const key = termKey(query);
  return [...new Set([key, key.replace(/es$/, ''), key.replace(/s$/, '')])].filter(Boolean);
}

/** The glossary entry whose term the query names (its record and anchor), if it names one. */
export function entryOf(query: string, terms: GlossaryTerms): [record: string, anchor: string] | undefined {
  const name = termKeysOf(query).find((key) => Object.prototype.hasOwnProperty.call(terms, key));
  return name === undefined ? undefined : terms[name];
}

/** A page that matched, shown by its best section. */
export interface SearchHit {
  /** The page and the section's anchor ("/chapters/x#names"), or just the page for its opening. */
  url: string;
  /** The page ("/chapters/x"). */
  page: string;
  pageTitle: string;
  /** The section's heading; undefined for the page's opening (before its first section). */
  heading?: string;
  /** Pagefind's excerpt: text with the matched words in <mark>. */
  excerpt: string;
}

/** The page of an address: without its anchor. */
export const pageOf = (url: string): string => url.split('#')[0];

const matchWeight = (sub: PagefindSubResult) =>
  sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations?.length ?? 0;

/** The words of a query, as a heading would contain them ("asyncio.run" -> asyncio, run). */
const queryWords = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);

/**
 * The place in a record to open: of the headings inside it that matched (a `##` section and its
 * `###` subsections), the one whose heading names what was searched for, else the one whose
 * matches weigh most (the first on a tie). A heading that names it is where it is taught, even
 * when a later section (a quiz, a comparison) mentions it more often.
 */
export function bestSection(record: PagefindRecord, query = '', anchor?: string): SearchHit {
  const page = pageOf(record.url);
  const words = queryWords(query);
  const named = (sub: PagefindSubResult) => words.length > 0 && words.every((word) => sub.title.toLowerCase().includes(word));
  const weight = (sub: PagefindSubResult) => matchWeight(sub) * (named(sub) ? 4 : 1);
  const subs = record.sub_results ?? [];
  const at = subs.find((sub) => anchor !== undefined && sub.url.endsWith(`#${anchor}`));
  const best = at ?? subs.reduce<PagefindSubResult | undefined>((a, b) => (!a || weight(b) > weight(a) ? b : a), undefined);
  const url = best?.url ?? record.url;
  return {
    url,
    page,
    pageTitle: record.meta.title ?? page,
    heading: url.includes('#') ? best?.title : undefined,
    excerpt: best?.excerpt ?? record.excerpt,
  };
}

/** A page among the results, by its key, with its best result (to be opened at `anchor`, if given). */
export interface RankedPage {
  key: string;
  best: PagefindResult;
  anchor?: string;
}

/**
 * What listing a search's pages has taught, carried to a later call (for more pages): the page
 * of each result placed so far, the pages found, in the order of their best result, and the
 * glossary entry of the term searched for (null when it is none; undefined until looked up).
 */
export interface PagesLearnt {
  keyOf: Map<string, string>;
  pages: RankedPage[];
  entry?: RankedPage | null;
}

export const nothingLearnt = (): PagesLearnt => ({keyOf: new Map(), pages: []});

/**
 * The glossary entry whose term the query names, if it matched: its record is among the results,
 * and matched at the entry (not only at another entry of the record).
 */
async function glossaryEntry(found: PagefindSearch, query: string, terms: GlossaryTerms): Promise<RankedPage | null> {
  const [id, anchor] = entryOf(query, terms) ?? [];
  const best = id === undefined ? undefined : found.results.find((result) => result.id === id);
  if (!best || !(await best.data()).sub_results?.some((sub) => sub.url.endsWith(`#${anchor}`))) return null;
  return {key: GLOSSARY_PAGE_KEY, best, anchor};
}

/**
 * The first `want` pages of a search, in the order of their best section. Walks the results best
 * first: a result whose page is not known yet is the best of a new page (its data, fetched, says
 * which), and a search within that page's filter places the page's other results, which are then
 * skipped. A query that names a glossary term (`terms`) lists that term's entry first (the
 * glossary page, opened at the entry), if the entry matched. `learnt` carries what was learnt to
 * a later call (for more pages). A record filtered by no page is a page of its own. It stops
 * fetching once `wanted` says no (the reader has typed on).
 */
export async function topPages(
  search: Searcher,
  query: string,
  found: PagefindSearch,
  want: number,
  learnt = nothingLearnt(),
  terms: GlossaryTerms = {},
  wanted: () => boolean = () => true,
): Promise<RankedPage[]> {
  if (learnt.entry === undefined) {
    learnt.entry = await glossaryEntry(found, query, terms);
    // The records of the glossary's entries are known (every entry has a name): no search places them.
    for (const [id] of Object.values(terms)) learnt.keyOf.set(id, GLOSSARY_PAGE_KEY);
  }
  for (const result of found.results) {
    if (listing(learnt).length >= want || !wanted()) break;
    let key = learnt.keyOf.get(result.id);
    if (key === undefined) {
      const page = pageOfRecord(await result.data());
      key = page?.key ?? result.id;
      learnt.keyOf.set(result.id, key);
      if (page) {
        const inPage = await search(query, {filters: {[page.filter]: page.key}});
        for (const other of inPage?.results ?? []) learnt.keyOf.set(other.id, key);
      }
    }
    if (!learnt.pages.some((page) => page.key === key)) learnt.pages.push({key, best: result});
  }
  return listing(learnt).slice(0, want);
}

/** The pages listed so far: the glossary entry first, then the other pages (the glossary not again). */
function listing({pages, entry}: PagesLearnt): RankedPage[] {
  return entry ? [entry, ...pages.filter((page) => page.key !== GLOSSARY_PAGE_KEY)] : pages;
}

/** Whether a search matches pages not listed yet: results of a page not listed, or not known. */
export function morePages(found: PagefindSearch, learnt: PagesLearnt): boolean {
  const listed = new Set(listing(learnt).map((page) => page.key));
  return found.results.some((result) => !listed.has(learnt.keyOf.get(result.id) ?? ''));
}

/** An excerpt as text runs, each marked or not (Pagefind marks matches with <mark>). */
export function excerptParts(excerpt: string): {text: string; marked: boolean}[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;|&#x27;|&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const parts: {text: string; marked: boolean}[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({text: decode(excerpt.slice(last, m.index)), marked: false});
    parts.push({text: decode(m[1]), marked: true});
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({text: decode(excerpt.slice(last)), marked: false});
  return parts.filter((p) => p.text);
}

/** How many pages a search lists at first, and how many more each "more" adds. */
export const FIRST_PAGES = 5;
