/**
 * Reports to Docusaurus's check of broken links the links a page holds in HTML strings
 * (src/rehype/staticBlocks.ts), as its Link reports each link it renders; the build then fails on
 * a broken one, naming the page. Renders nothing.
 */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ReactNode} from 'react';

export default function CollectLinks({links}: {links: string[]}): ReactNode {
  const brokenLinks = useBrokenLinks();
  for (const link of links) brokenLinks.collectLink(link);
  return null;
}
