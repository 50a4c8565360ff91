/**
 * Docusaurus's desktop sidebar, not hydrated: kept as the server rendered it until the page has
 * hydrated (../../../components/KeptUntilHydrated), then rendered on a wide window; a phone drops
 * it then, as before, without having hydrated it.
 */
import KeptUntilHydrated from '@site/src/components/KeptUntilHydrated';
import DocSidebarDesktop from '@theme-original/DocSidebar/Desktop';
import type {Props} from '@theme/DocSidebar/Desktop';
import {memo, type ReactNode} from 'react';

function DocSidebarDesktopAfterHydration(props: Props): ReactNode {
  return (
    <KeptUntilHydrated>
      <DocSidebarDesktop {...props} />
    </KeptUntilHydrated>
  );
}

export default memo(DocSidebarDesktopAfterHydration);
