/**
 * Docusaurus's desktop table of contents, not hydrated: kept as the server rendered it until the
 * page has hydrated (../../../../components/KeptUntilHydrated), then rendered on a wide window; a
 * phone drops it then, as before, without having hydrated it.
 */
import KeptUntilHydrated from '@site/src/components/KeptUntilHydrated';
import DocItemTOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import type {ReactNode} from 'react';

export default function DocItemTOCDesktopAfterHydration(): ReactNode {
  return (
    <KeptUntilHydrated>
      <DocItemTOCDesktop />
    </KeptUntilHydrated>
  );
}
