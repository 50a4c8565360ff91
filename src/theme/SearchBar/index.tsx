/**
 * The navbar's search box (also on the 404 page). Results drop down as the reader types: a list
 * of links, each opening the page at the section that matched. Keys: "/" or Ctrl+K (⌘K) focuses
 * the navbar's box from anywhere; arrow keys move through the results, Enter opens one, Escape
 * goes back to the box; Enter in the box opens /search with every result. Pagefind is fetched
 * only once the box is focused. Without JavaScript, the box is a form that opens /search.
 */
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import {useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode} from 'react';
import SearchResults, {ResultLink} from '../../components/SearchResults';
import {searchStatusText} from '../../search/status';
import {MIN_QUERY_LENGTH, useSiteSearch} from '../../search/useSiteSearch';
import styles from './styles.module.css';

/** Whether a key pressed in `target` is typing (then "/" is a character, not the shortcut). */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)));
}

export default function SearchBar(): ReactNode {
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const search = useSiteSearch(query);
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const root = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const open = focused && query.trim().length >= MIN_QUERY_LENGTH;
  const status = searchStatusText(search, query);

  // The box in the navbar answers the keyboard shortcut (the 404 page has a second box).
  useEffect(() => {
    if (!input.current?.closest('.navbar')) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (!slash && !ctrlK) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const links = () => [...(root.current?.querySelectorAll<HTMLAnchorElement>('[data-results] a') ?? [])];

  const onKeyDown = (event: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && open && all.length > 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else all[at - 1].focus();
    } else if (event.key === 'Escape') {
      if (at < 0 && !open) return;
      event.preventDefault();
      input.current?.focus();
      setFocused(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    setFocused(false);
    input.current?.blur();
    history.push(`${searchPage}?q=${encodeURIComponent(query.trim())}`);
  };

  const close = () => {
    setFocused(false);
    (document.activeElement as HTMLElement | null)?.blur();
  };

  return (
    <form
      ref={root}
      role="search"
      action={searchPage}
      method="get"
      className={styles.searchBar}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onFocus={() => {
        setFocused(true);
        search.prepare();
      }}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}>
      <input
        ref={input}
        type="search"
        name="q"
        className={clsx('navbar__search-input', styles.input)}
        placeholder="Search"
        aria-label="Search the site"
        aria-describedby={open ? statusId : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onClick={() => setFocused(true)}
      />
      <kbd className={styles.hint} aria-hidden="true">
        /
      </kbd>
      {/* Always there, so that screen readers announce what changes in it. */}
      <span className={styles.announce} role="status">
        {open ? status : ''}
      </span>
      {open && (
        <div className={styles.dropdown} data-results="">
          <p id={statusId} className={styles.status} data-status="">
            {status}
          </p>
          {search.hits.length > 0 && <SearchResults hits={search.hits} onOpen={close} />}
          {search.status === 'done' && search.hits.length > 0 && (
            <ResultLink className={styles.all} to={`/search?q=${encodeURIComponent(search.answered)}`} onOpen={close}>
              All results for “{search.answered}”
            </ResultLink>
          )}
        </div>
      )}
    </form>
  );
}
