/**
 * Loads Pagefind in the browser, once, when a reader first focuses a search box or opens /search:
 * nothing of it is fetched with the page. Its files are served by the site under its base path,
 * with the names of the glossary's terms beside them (GLOSSARY_TERMS_FILE).
 */
import {GLOSSARY_TERMS_FILE, type GlossaryTerms, type PagefindSearch} from './results';

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: {filters?: Record<string, string>}): Promise<PagefindSearch | null>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<PagefindSearch | null>;
}

/**
 * How Pagefind ranks sections (its default pageLength is 0.75). A record is one section, and a
 * short one (a list of links, an aside) would win on length alone; less weight on length lets the
 * section that dwells on a word come first. (Chosen against the searches the tests make:
 * test/browser-search.test.ts.)
 */
export const RANKING = {pageLength: 0.4};

export const PAGEFIND_OPTIONS = {
  // Results are addresses relative to the site ("/chapters/x#names"); links add the base path.
  baseUrl: '/',
  // Search on the page rather than in a web worker: the worker is 12 KB more to fetch, and
  // searching a few small index chunks takes milliseconds.
  noWorker: true,
  excerptLength: 24,
  ranking: RANKING,
};

/** Why search cannot work here: the dev server builds no index. */
export class SearchUnavailable extends Error {}

/** Pagefind, ready to search, and the names of the glossary's terms. */
export interface SiteIndex {
  pagefind: Pagefind;
  terms: GlossaryTerms;
}

let loading: Promise<SiteIndex> | undefined;

/**
 * Pagefind, loaded and ready, and the glossary's terms; the same promise for every caller. No
 * filter is loaded here: a search loads the few it uses (src/search/results.ts).
 */
export function loadPagefind(baseUrl: string): Promise<SiteIndex> {
  if (process.env.NODE_ENV !== 'production') {
    return Promise.reject(new SearchUnavailable('Search works on the built site: run "npm run build", then "npm run serve".'));
  }
  loading ??= (async () => {
    const terms = fetch(`${baseUrl}pagefind/${GLOSSARY_TERMS_FILE}`).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} fetching the glossary's terms`);
      return (await response.json()) as GlossaryTerms;
    });
    // Fetched from the site at run time, not bundled: the bundler must leave this import alone.
    const pagefind = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return {pagefind, terms: await terms};
  })();
  // A failed load (offline, say) is tried again at the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
