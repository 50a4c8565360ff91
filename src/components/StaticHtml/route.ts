/**
 * Which links in a page's HTML strings the page follows itself (./followLinks.ts), as Docusaurus's
 * Link would: the rule alone, without React or Docusaurus, so that it can be tested on its own.
 */

/** The path (with query and anchor) a link leads to inside the site, if Link would have followed it. */
export function routeOf(target: EventTarget | null, baseUrl: string, here: Location): string | undefined {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || !link.closest('.markdown')) return undefined;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return undefined;
  const url = new URL(link.getAttribute('href')!, here.href);
  if (url.origin !== here.origin || !url.pathname.startsWith(baseUrl)) return undefined;
  if (/\.[^/]*$/.test(url.pathname)) return undefined;
  if (url.pathname === here.pathname && url.search === here.search) return undefined;
  return url.pathname + url.search + url.hash;
}
