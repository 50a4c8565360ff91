/**
 * What Docusaurus's Link does in the browser, for the links a page holds in HTML strings
 * (src/rehype/staticBlocks.ts): a click on a link inside the site shows the page without loading
 * it again (a new entry in the history, as Link makes), and the pointer coming onto such a link
 * fetches the linked page's code ahead of the click.
 *
 * Listeners on the document, for links in a page's content (`.markdown`) that nothing else has
 * handled: React Router's links call preventDefault first. (Link asks for a linked page's code with the
 * link's anchor, which finds nothing; this asks with its path.) Left to the browser: a click with a
 * modifier key or another button, a link with a target or a download, a link to another site or
 * out of the base path, to a file (a name with a "."), or to a section of the page already shown.
 */
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useEffect} from 'react';
import {routeOf} from './route';

/** Follows links in the page's HTML strings as Link does, while the calling component is mounted. */
export function useFollowLinks(): void {
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  useEffect(() => {
    const preloaded = new Set<string>();
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const route = routeOf(event.target, baseUrl, window.location);
      if (route === undefined) return;
      event.preventDefault();
      history.push(route);
    };
    const onEnter = (event: Event) => {
      // The page's path alone: Docusaurus finds no page for a path with an anchor or a query.
      const path = routeOf(event.target, baseUrl, window.location)?.replace(/[?#].*$/, '');
      if (path === undefined || preloaded.has(path)) return;
      preloaded.add(path);
      void window.docusaurus.preload(path);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('mouseover', onEnter, {passive: true});
    document.addEventListener('touchstart', onEnter, {passive: true});
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('mouseover', onEnter);
      document.removeEventListener('touchstart', onEnter);
    };
  }, [history, baseUrl]);
}
