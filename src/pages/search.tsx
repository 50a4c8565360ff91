/**
 * /search: every result for the query in the address (`/search?q=event+loop`), so that a search
 * can be linked to; the navbar's box opens it with Enter. Typing here updates the address.
 */
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useEffect, useState, type ReactNode} from 'react';
import SearchResults from '../components/SearchResults';
import {searchStatusText} from '../search/status';
import {useSiteSearch} from '../search/useSiteSearch';
import styles from './search.module.css';

const queryOf = (search: string) => new URLSearchParams(search).get('q') ?? '';

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const action = useBaseUrl('/search');
  const [query, setQuery] = useState('');
  const search = useSiteSearch(query);
  // The address is read once the page runs in the browser (the built page has no query).
  useEffect(() => setQuery(queryOf(location.search)), [location.search]);
  useEffect(() => search.prepare(), [search.prepare]);

  const onChange = (value: string) => {
    setQuery(value);
    history.replace({search: value.trim() ? `?q=${encodeURIComponent(value)}` : ''});
  };

  return (
    <Layout title="Search" description="Search the chapters and the learning journal of Async Python, by running it.">
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <Heading as="h1">Search</Heading>
            <form role="search" action={action} method="get" onSubmit={(event) => event.preventDefault()}>
              <label htmlFor="search-page-input" className={styles.label}>
                Search the chapters and the journal
              </label>
              <input
                id="search-page-input"
                className={styles.input}
                type="search"
                name="q"
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(event) => onChange(event.target.value)}
              />
            </form>
            <noscript>
              <p>Search runs in your browser and needs JavaScript.</p>
            </noscript>
            <p className={styles.status} role="status">
              {searchStatusText(search, query)}
            </p>
            {search.hits.length > 0 && <SearchResults hits={search.hits} />}
            {search.status === 'done' && search.morePages && (
              <button type="button" className="button button--secondary" onClick={search.more}>
                Show more results
              </button>
            )}
          </div>
        </div>
      </main>
    </Layout>
  );
}
