/**
 * Ids of a page's files (src/components/Snippet/files.ts) that are not snippet files: shared by the
 * remark plugin that lists a page's files and the page's code that fetches them. No imports: the
 * page's code bundles it.
 */

/** The id under which a page's files bring the drawing code of timelines (components/Timeline/Drawing). */
export const TIMELINE_DRAWING = 'timeline-drawing';
