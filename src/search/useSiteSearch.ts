/**
 * Search as a React hook: the pages that match `query`, best first, kept for the latest query
 * only (the results of a query the reader has since changed are dropped). Pagefind is loaded on
 * the first call of `prepare` (focus) or the first query, never with the page.
 */
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useCallback, useEffect, useRef, useState} from 'react';
import {SearchUnavailable, loadPagefind, type SiteIndex} from './pagefind';
import {FIRST_PAGES, bestSection, morePages, nothingLearnt, topPages, type PagefindSearch, type PagesLearnt, type SearchHit} from './results';

export type SearchStatus = 'idle' | 'loading' | 'done' | 'unavailable' | 'failed';

export interface SiteSearch {
  status: SearchStatus;
  /** The query the hits answer. */
  answered: string;
  hits: SearchHit[];
  /** Whether more pages match than the hits show. */
  morePages: boolean;
  /** Why search is unavailable or failed, for the reader. */
  message?: string;
  /** Lists more pages. */
  more(): void;
  /** Starts loading Pagefind (on focus), so that the first search does not wait for it. */
  prepare(): void;
}

interface Listing {
  query: string;
  found: PagefindSearch;
  learnt: PagesLearnt;
  hits: SearchHit[];
}

/**
 * How long typing must pause before a search runs, and the shortest query searched: each search
 * fetches the index chunks of its words and the sections it shows, so searches for what the
 * reader is still typing ("e", "ev", "even") would add to what the first search downloads.
 */
const DEBOUNCE_MS = 200;
export const MIN_QUERY_LENGTH = 2;

/**
 * The next `count` pages of a listing's search, with their best sections' data fetched; undefined
 * if the reader has typed on meanwhile (`wanted` says no), so that nothing is fetched for them.
 */
async function nextHits(
  {pagefind, terms}: SiteIndex,
  query: string,
  found: PagefindSearch,
  learnt: PagesLearnt,
  shown: number,
  count: number,
  wanted: () => boolean,
): Promise<SearchHit[] | undefined> {
  const pages = await topPages((q, options) => pagefind.search(q, options), query, found, shown + count, learnt, terms, wanted);
  if (!wanted()) return undefined;
  return Promise.all(pages.slice(shown).map(async (page) => bestSection(await page.best.data(), query, page.anchor)));
}

export function useSiteSearch(query: string): SiteSearch {
  const baseUrl = useBaseUrl('/');
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [listing, setListing] = useState<Listing | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const latest = useRef(0);

  const failed = useCallback((error: unknown) => {
    const unavailable = error instanceof SearchUnavailable;
    setStatus(unavailable ? 'unavailable' : 'failed');
    setMessage(unavailable ? error.message : 'Search could not load. Check your connection and try again.');
  }, []);

  const prepare = useCallback(() => {
    loadPagefind(baseUrl).catch(() => undefined);
  }, [baseUrl]);

  useEffect(() => {
    const ticket = ++latest.current;
    const q = query.trim();
    if (q.length < MIN_QUERY_LENGTH) {
      setStatus('idle');
      setListing(undefined);
      return;
    }
    setStatus('loading');
    (async () => {
      const index = await loadPagefind(baseUrl);
      const found = await index.pagefind.debouncedSearch(q, {}, DEBOUNCE_MS);
      if (!found || ticket !== latest.current) return;
      const learnt = nothingLearnt();
      const hits = await nextHits(index, q, found, learnt, 0, FIRST_PAGES, () => ticket === latest.current);
      if (!hits || ticket !== latest.current) return;
      setListing({query: q, found, learnt, hits});
      setStatus('done');
    })().catch((error) => ticket === latest.current && failed(error));
  }, [query, baseUrl, failed]);

  const more = useCallback(() => {
    if (!listing) return;
    const ticket = latest.current;
    (async () => {
      const index = await loadPagefind(baseUrl);
      const added = await nextHits(index, listing.query, listing.found, listing.learnt, listing.hits.length, FIRST_PAGES, () => ticket === latest.current);
      if (added && ticket === latest.current) setListing({...listing, hits: [...listing.hits, ...added]});
    })().catch((error) => ticket === latest.current && failed(error));
  }, [listing, baseUrl, failed]);

  return {
    status,
    answered: listing?.query ?? '',
    hits: listing?.hits ?? [],
    morePages: listing ? morePages(listing.found, listing.learnt) : false,
    message,
    more,
    prepare,
  };
}
