/**
 * A page's own social card: points og:image and twitter:image at the PNG the build draws for the
 * page (src/plugins/socialCards.ts), instead of the site's card. Rendered after the page's other
 * metadata, so that it wins over the site-wide image (react-helmet keeps the last tag of a name).
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata} from '@docusaurus/theme-common';
import type {ReactNode} from 'react';
import {CARD_HEIGHT, CARD_WIDTH} from '../../socialCards/size';
import {cardPath, routeOf} from '../../socialCards/paths';

export default function SocialCard({permalink}: {permalink: string}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <PageMetadata image={cardPath(routeOf(permalink, siteConfig.baseUrl))}>
      <meta property="og:image:width" content={String(CARD_WIDTH)} />
      <meta property="og:image:height" content={String(CARD_HEIGHT)} />
    </PageMetadata>
  );
}
