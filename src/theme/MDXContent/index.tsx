/**
 * Docusaurus's MDXContent (every page's Markdown content), which also follows the links its HTML
 * strings hold as Docusaurus's Link would (src/components/StaticHtml/followLinks.ts).
 */
import type {WrapperProps} from '@docusaurus/types';
import MDXContent from '@theme-original/MDXContent';
import type MDXContentType from '@theme/MDXContent';
import type {ReactNode} from 'react';
import {useFollowLinks} from '../../components/StaticHtml/followLinks';

type Props = WrapperProps<typeof MDXContentType>;

export default function MDXContentWrapper(props: Props): ReactNode {
  useFollowLinks();
  return <MDXContent {...props} />;
}
