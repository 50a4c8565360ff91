/**
 * The 404 page: says what happened, offers the search box right there, and links to the list of
 * chapters, since most readers who land here followed an old or mistyped link to a chapter.
 */
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import SearchBar from '@theme/SearchBar';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

export default function NotFoundContent({className}: {className?: string}): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            This page is not here
          </Heading>
          <p>
            The address may be mistyped, or the link that brought you here may be older than the page it pointed to.
            Search for what you were reading about:
          </p>
          <div className={styles.search}>
            <SearchBar />
          </div>
          <p>
            Or start from <Link to="/chapters">the list of chapters</Link>, or from the <Link to="/">home page</Link>.
          </p>
        </div>
      </div>
    </main>
  );
}
