/** What a search box says about its results, for everyone and for screen readers (a live region). */
import type {SiteSearch} from './useSiteSearch';

export function searchStatusText(search: Pick<SiteSearch, 'status' | 'hits' | 'morePages' | 'message' | 'answered'>, query: string): string {
  switch (search.status) {
    case 'unavailable':
    case 'failed':
      return search.message ?? 'Search is not available.';
    case 'done': {
      const {hits, morePages, answered} = search;
      if (hits.length === 0) return `No results for “${answered}”.`;
      // The pages are learnt from the sections shown (src/search/results.ts): past the pages
      // listed, the search knows that more match, not how many.
      if (morePages) return `More than ${hits.length} pages match “${answered}”; the best ${hits.length}:`;
      return hits.length === 1 ? `1 page matches “${answered}”:` : `${hits.length} pages match “${answered}”:`;
    }
    case 'loading':
      return query.trim() ? 'Searching…' : '';
    default:
      return '';
  }
}
