import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** The chapter order. A chapter's file is docs/NN-slug.mdx; its URL comes from its front matter slug. */
export default {
  chapters: [
    {
      type: 'category',
      label: 'Foundations',
      collapsible: false,
      items: [
        'how-this-site-works',
        'why-asyncio',
        'time-sharing',
        'preemptive-vs-cooperative',
        'coroutines-and-the-loop',
      ],
    },
  ],
} satisfies SidebarsConfig;
