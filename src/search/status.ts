/** What a search box says about its results, for everyone and for screen readers (a live region). */
import type {SiteSearch} from './useSiteSearch';

export function searchStatusText(search: Pick<SiteSearch, 'status' | 'hits' | 'total' | 'message' | 'answered'>, query: string): string {
  switch (search.status) {
    case 'unavailable':
    case 'failed':
      return search.message ?? 'Search is not available.';
    case 'done': {
      const {hits, total, answered} = search;
      if (hits.length === 0) return `No results for “${answered}”.`;
      const pages = total === 1 ? '1 page matches' : `${total} pages match`;
      return hits.length < total ? `${pages} “${answered}”; the best ${hits.length}:` : `${pages} “${answered}”:`;
    }
    case 'loading':
      return query.trim() ? 'Searching…' : '';
    default:
      return '';
  }
}
