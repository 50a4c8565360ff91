/**
 * From Pagefind's results to what a reader sees: the pages that match, in the order of their best
 * matching section, each shown by that section (its heading and an excerpt, the matched words
 * marked). Pure: the browser and the tests share it.
 *
 * Each record of the index is a section of a page (src/search/records.ts), filtered by a key of
 * its page. Pagefind ranks sections; which page a section belongs to is learnt from searches
 * filtered by page (the index is already loaded, so they cost no download), so that only the
 * sections shown have their data fetched: a fragment of a kilobyte or two each.
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
  /** For each filter, how many of the results have each value. */
  filters?: Record<string, Record<string, number>>;
}

/** Pagefind's search, optionally restricted to the records of one page. */
export type Searcher = (query: string, options?: {filters?: Record<string, string>}) => Promise<PagefindSearch | null>;

/** The name of the filter that holds each record's page key. */
export const PAGE_FILTER = 'page';

/**
 * The glossary (/glossary) is one page of records, one per entry, with this page key; each entry
 * is also filtered by every name of its term (`term`: "event loop", "asyncio.gather"), written
 * as termKey writes a query. A search for a term lists its entry first (topPages).
 */
export const GLOSSARY_PAGE_KEY = 'glossary';
export const TERM_FILTER = 'term';

/** A term or a query as the glossary's `term` filter holds it: lower case, one space between words, no "()" at the end. */
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
export function bestSection(record: PagefindRecord, query = ''): SearchHit {
  const page = pageOf(record.url);
  const words = queryWords(query);
  const named = (sub: PagefindSubResult) => words.length > 0 && words.every((word) => sub.title.toLowerCase().includes(word));
  const weight = (sub: PagefindSubResult) => matchWeight(sub) * (named(sub) ? 4 : 1);
  const best = (record.sub_results ?? []).reduce<PagefindSubResult | undefined>((a, b) => (!a || weight(b) > weight(a) ? b : a), undefined);
  const url = best?.url ?? record.url;
  return {
    url,
    page,
    pageTitle: record.meta.title ?? page,
    heading: url.includes('#') ? best?.title : undefined,
    excerpt: best?.excerpt ?? record.excerpt,
  };
}

/** A page among the results, by its key, with its best result. */
export interface RankedPage {
  key: string;
  best: PagefindResult;
}

/**
 * The pages of the leading results whose page is known, each once, in the order of its first
 * (best) result; it stops at the first result whose page is not known yet.
 */
export function leadingPages(results: PagefindResult[], keyOf: Map<string, string>): RankedPage[] {
  const pages: RankedPage[] = [];
  for (const result of results) {
    const key = keyOf.get(result.id);
    if (key === undefined) break;
    if (!pages.some((p) => p.key === key)) pages.push({key, best: result});
  }
  return pages;
}

/** The keys of the pages with matches, most matches first (as likely to hold the best results). */
export function matchingPages(search: PagefindSearch): string[] {
  return Object.entries(search.filters?.[PAGE_FILTER] ?? {})
    .filter(([, count]) => count > 0)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([key]) => key);
}

/**
 * What searching within pages has taught: the page key of each result, the pages searched, and
 * the glossary entry of the term searched for (null when it is none; undefined until looked up).
 */
export interface PagesLearnt {
  keyOf: Map<string, string>;
  searched: Set<string>;
  entry?: PagefindResult | null;
}

export const nothingLearnt = (): PagesLearnt => ({keyOf: new Map(), searched: new Set()});

/**
 * The glossary entry whose term the query names, if it matched: the `term` filter's counts say
 * whether one did without fetching anything, and a search within that term finds its record.
 */
async function glossaryEntry(search: Searcher, query: string, found: PagefindSearch): Promise<PagefindResult | null> {
  const counts = found.filters?.[TERM_FILTER] ?? {};
  const term = termKeysOf(query).find((key) => (counts[key] ?? 0) > 0);
  if (term === undefined) return null;
  return (await search(query, {filters: {[TERM_FILTER]: term}}))?.results[0] ?? null;
}

/** The glossary entry first, then the other pages (the glossary not again). */
function entryFirst(pages: RankedPage[], entry: PagefindResult | null | undefined): RankedPage[] {
  return entry ? [{key: GLOSSARY_PAGE_KEY, best: entry}, ...pages.filter((p) => p.key !== GLOSSARY_PAGE_KEY)] : pages;
}

/**
 * The first `want` pages of a search, in the order of their best section: learns the page of
 * the leading results by searching again within one page at a time (pages with most matches
 * first), until the leading results span `want` pages or every page is known. A query that names
 * a glossary term lists that term's entry first (the glossary page, opened at the entry).
 * `learnt` carries what was learnt to a later call (for more pages). Without page keys in the
 * index, every result is its own page.
 */
export async function topPages(search: Searcher, query: string, found: PagefindSearch, want: number, learnt = nothingLearnt()): Promise<RankedPage[]> {
  const keys = matchingPages(found);
  if (keys.length === 0) return found.results.slice(0, want).map((best) => ({key: best.id, best}));
  if (learnt.entry === undefined) {
    learnt.entry = await glossaryEntry(search, query, found);
    if (learnt.entry) learnt.keyOf.set(learnt.entry.id, GLOSSARY_PAGE_KEY);
  }
  const listing = () => entryFirst(leadingPages(found.results, learnt.keyOf), learnt.entry);
  for (const key of keys) {
    if (listing().length >= want) break;
    if (learnt.searched.has(key)) continue;
    learnt.searched.add(key);
    const inPage = await search(query, {filters: {[PAGE_FILTER]: key}});
    for (const result of inPage?.results ?? []) learnt.keyOf.set(result.id, key);
  }
  return listing().slice(0, want);
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
