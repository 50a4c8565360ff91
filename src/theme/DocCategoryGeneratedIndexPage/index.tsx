/**
 * A part's overview page (Foundations, Part I, Part II), as Docusaurus draws it, plus the part's
 * own social card (src/components/SocialCard).
 */
import SocialCard from '@site/src/components/SocialCard';
import Page from '@theme-original/DocCategoryGeneratedIndexPage';
import type {ComponentProps, ReactNode} from 'react';

export default function DocCategoryGeneratedIndexPage(props: ComponentProps<typeof Page>): ReactNode {
  return (
    <>
      <Page {...props} />
      <SocialCard permalink={props.categoryGeneratedIndex.permalink} />
    </>
  );
}
