/**
 * A chapter's metadata, as Docusaurus writes it, plus its own social card (src/components/SocialCard).
 */
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import SocialCard from '@site/src/components/SocialCard';
import Metadata from '@theme-original/DocItem/Metadata';
import type {ReactNode} from 'react';

export default function DocItemMetadata(): ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      <Metadata />
      <SocialCard permalink={metadata.permalink} />
    </>
  );
}
