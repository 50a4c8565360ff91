/**
 * A journal post's metadata, as Docusaurus writes it, plus its own social card (src/components/SocialCard).
 */
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import SocialCard from '@site/src/components/SocialCard';
import Metadata from '@theme-original/BlogPostPage/Metadata';
import type {ReactNode} from 'react';

export default function BlogPostPageMetadata(): ReactNode {
  const {metadata} = useBlogPost();
  return (
    <>
      <Metadata />
      <SocialCard permalink={metadata.permalink} />
    </>
  );
}
