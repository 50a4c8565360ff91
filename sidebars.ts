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
      // Each part has its own overview page (a category label with no page would be a link to
      // nowhere, which search engines and screen readers stumble over).
      link: {
        type: 'generated-index',
        slug: '/foundations',
        description: 'Why programs wait, how computers learned to share their time, and a first tour of coroutines, await and the event loop.',
      },
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
      link: {
        type: 'generated-index',
        slug: '/part-1',
        description: 'From a function that can pause to tasks on a real event loop: generators, coroutines, async and await, a toy event loop, asyncio\'s loop, tasks and futures.',
      },
      items: [
        'generators',
        'generators-to-coroutines',
        'async-and-await',
        'toy-event-loop',
        'asyncio-event-loop',
        'tasks-and-futures',
      ],
    },
    {
      type: 'category',
      label: 'Part II: asyncio in practice',
      collapsible: false,
      link: {
        type: 'generated-index',
        slug: '/part-2',
        description: 'Using asyncio for real work: running many tasks, failures, cancellation and timeouts, blocking code, coordination, and queues.',
      },
      items: [
        'running-many-at-once',
        'when-tasks-fail',
        'cancellation-and-timeouts',
        'blocking-calls-and-cpu-work',
        'coordinating-tasks',
        'queues-and-pipelines',
      ],
    },
  ],
} satisfies SidebarsConfig;
