/**
 * Its children, except while React hydrates the page: then it keeps the HTML the server rendered
 * for them as it is (React does not hydrate inside dangerouslySetInnerHTML) and renders them once
 * the page has hydrated, in place of that HTML.
 *
 * For what Docusaurus renders for a wide window and removes, on a phone, right after hydrating it:
 * a chapter's desktop sidebar and desktop table of contents (hidden by CSS on a narrow window).
 * React no longer hydrates some 300 elements there only to remove them. On a wide window they are
 * rendered from scratch once the page has hydrated, the same markup in the same place: nothing
 * moves. A page drawn in the browser (a link followed inside the site) renders them at once.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {ReactNode} from 'react';
import Kept from './Kept';

export default function KeptUntilHydrated({children}: {children: ReactNode}): ReactNode {
  // On the server: the children. In the browser: their HTML, kept while the page hydrates (the
  // site is not a browser yet), then the children.
  const isBrowser = useIsBrowser();
  return <Kept hydrating={ExecutionEnvironment.canUseDOM && !isBrowser}>{children}</Kept>;
}
