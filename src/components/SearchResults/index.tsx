/**
 * Search results as a list of links: each page that matched, opened at its best matching section
 * (the page, the section's heading and an excerpt with the matched words marked). Used by the
 * navbar's search box and the /search page.
 */
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {MouseEvent, ReactNode} from 'react';
import {excerptParts, type SearchHit} from '../../search/results';
import styles from './styles.module.css';

/**
 * A link to a result, opened without reloading the site, as Docusaurus's Link does. Not Link
 * itself: Link fetches the code of every page it points to as soon as it shows, which would make
 * each search download the pages of all its results.
 */
export function ResultLink({to, className, onOpen, children}: {to: string; className?: string; onOpen?: () => void; children: ReactNode}): ReactNode {
  const history = useHistory();
  const href = useBaseUrl(to);
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen?.();
    history.push(href);
  };
  return (
    <a href={href} className={className} onClick={open}>
      {children}
    </a>
  );
}

function Excerpt({excerpt}: {excerpt: string}): ReactNode {
  return (
    <span className={styles.excerpt}>
      {excerptParts(excerpt).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}

export default function SearchResults({hits, onOpen}: {hits: SearchHit[]; onOpen?: () => void}): ReactNode {
  return (
    <ul className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.page} className={styles.result}>
          <ResultLink to={hit.url} className={styles.link} onOpen={onOpen}>
            <span className={styles.page}>{hit.pageTitle}</span>
            {hit.heading && <span className={styles.heading}>{hit.heading}</span>}
            <Excerpt excerpt={hit.excerpt} />
          </ResultLink>
        </li>
      ))}
    </ul>
  );
}
