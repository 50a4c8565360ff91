/**
 * Social cards: after a production build, draws each chapter's, part page's and journal post's
 * own card (src/socialCards/) into `img/social/` of the build, where the page's og:image and
 * twitter:image point (src/theme/SocialCard). Drawings are cached by content in
 * node_modules/.cache/social-cards, so a rebuild draws only the cards whose text changed. The dev
 * server draws none (nothing unfurls a link to it).
 */
import path from 'node:path';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {cardsOf} from '../socialCards/cards';
import {cardPath} from '../socialCards/paths';
import {cardRenderer, type Card} from '../socialCards/render';

export interface SocialCardOptions {
  /** The kicker of a journal post's card (the journal's title). */
  journal: string;
}

/** The plugin, set up with its options: `socialCards({journal: 'Learning journal'})` in the config. */
export default function socialCards(options: SocialCardOptions): (context: LoadContext) => Plugin {
  return (context) => socialCardsPlugin(context, options);
}

function socialCardsPlugin(context: LoadContext, options: SocialCardOptions): Plugin {
  let cards: Card[] = [];
  return {
    name: 'social-cards',
    async allContentLoaded({allContent}) {
      const docs = Object.values(allContent['docusaurus-plugin-content-docs'] ?? {}) as DocsContent[];
      const blogs = Object.values(allContent['docusaurus-plugin-content-blog'] ?? {}) as BlogContent[];
      cards = cardsOf({
        docs: docs.flatMap((content) => content.loadedVersions),
        posts: blogs.flatMap((content) => content.blogPosts.map((post) => post.metadata)),
        baseUrl: context.baseUrl,
        site: context.siteConfig.title,
        journal: options.journal,
      });
    },
    async postBuild({outDir}) {
      const started = Date.now();
      const renderer = cardRenderer(path.join(context.siteDir, 'node_modules/.cache/social-cards'));
      let drawn = 0;
      for (const card of cards) if (renderer.render(card, path.join(outDir, cardPath(card.route)))) drawn++;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`[INFO] Social cards: ${cards.length} pages, ${drawn} drawn, ${cards.length - drawn} from the cache, in ${seconds} s.`);
    },
  };
}
