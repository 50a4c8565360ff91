import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * The chapter order. A chapter's file is docs/NN-slug.mdx; its id here is the file name without
 * the number, and its URL comes from its front matter slug. The "All chapters" page lists the
 * categories below with each chapter's description.
 */
export default {
  chapters: [
    'index',
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
    {
      type: 'category',
      label: 'Part I: from generators to tasks',
      collapsible: false,
      items: [
        'generators',
        'generators-to-coroutines',
        'async-and-await',
        'toy-event-loop',
        'asyncio-event-loop',
        'tasks-and-futures',
      ],
    },
  ],
} satisfies SidebarsConfig;
