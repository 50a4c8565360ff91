/**
 * Which pages get a card of their own, and what each says: every chapter (its part, from the
 * sidebar in sidebars.ts, and its number, from its file name), each part's overview page, the
 * chapter list and every journal post. The landing page keeps the site's card
 * (themeConfig.image). Read from the content Docusaurus loaded, so a new chapter gets its card
 * with nothing to add.
 */
import type {LoadedVersion} from '@docusaurus/plugin-content-docs';
import type {Card} from './render';
import {routeOf} from './paths';

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** "Part I: from generators to tasks" → "Part I"; "Foundations" stays. */
export const partName = (label: string) => label.split(':')[0].trim();

/** A chapter's number from its file, "@site/docs/07-async-and-await.mdx" → 7 (none for 00 or no number). */
export function chapterNumber(source: string): number | undefined {
  const n = Number(/(?:^|\/)(\d+)-[^/]*$/.exec(source)?.[1]);
  return n > 0 ? n : undefined;
}

export interface CardSources {
  docs?: LoadedVersion[];
  posts?: {permalink: string; title: string}[];
  baseUrl: string;
  site: string;
  /** The kicker of a journal post's card: the journal's title. */
  journal: string;
}

export function cardsOf({docs = [], posts = [], baseUrl, site, journal}: CardSources): Card[] {
  const cards: Card[] = [];
  const card = (permalink: string, kicker: string, title: string) => cards.push({route: routeOf(permalink, baseUrl), text: {kicker, title, site}});
  for (const version of docs) {
    // Each doc's part: the sidebar category it sits in.
    const partOf = new Map<string, string>();
    const walk = (items: SidebarItem[], part: string | undefined) => {
      for (const item of items) {
        if (item.type === 'category') {
          if (item.link?.type === 'generated-index') card(item.link.permalink, 'The course, part by part', item.label);
          walk(item.items, item.label);
        } else if ((item.type === 'doc' || item.type === 'ref') && part) {
          partOf.set(item.id, part);
        }
      }
    };
    for (const sidebar of Object.values(version.sidebars)) walk(sidebar, undefined);
    for (const doc of version.docs) {
      const part = partOf.get(doc.id);
      const number = chapterNumber(doc.source);
      const kicker = [part && partName(part), number && `Chapter ${number}`].filter(Boolean).join(' · ') || 'The course';
      card(doc.permalink, kicker, doc.title);
    }
  }
  for (const post of posts) card(post.permalink, journal, post.title);
  return cards;
}
