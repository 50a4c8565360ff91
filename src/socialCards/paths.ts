/**
 * Where a page's social card is served: one PNG per page, at a path made from the page's route,
 * so the page (src/theme/SocialCard) and the build step that draws the cards
 * (src/plugins/socialCards.ts) agree without sharing a list. Runs in the browser too.
 */

/** The route of a page without the site's base path: "/async-python/chapters/x" → "/chapters/x". */
export function routeOf(permalink: string, baseUrl: string): string {
  const rest = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, '');
  return `/${rest.replace(/\/$/, '')}`;
}

/** The card of a route, relative to the site's base path: "/chapters/x" → "img/social/chapters/x.png". */
export function cardPath(route: string): string {
  return `img/social${route === '/' ? '/index' : route}.png`;
}
