/**
 * Docusaurus's chapter list in the phone menu (theme-classic's DocSidebar/Mobile, same markup and
 * behaviour), handed to the navbar's secondary menu as one prop. Docusaurus's filler memoizes the
 * props it is given by sorting their names with localeCompare; with one prop there is nothing to
 * sort. A browser's first localeCompare loads its collation data: ~20 ms of every chapter's start
 * on a phone (measured in Chromium on this machine), for four names.
 */
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/DocSidebar/Mobile';
import DocSidebarItems from '@theme/DocSidebarItems';
import clsx from 'clsx';
import {memo, useMemo, type ReactNode} from 'react';

interface Menu {
  sidebar: Props['sidebar'];
  path: string;
}

function DocSidebarMobileSecondaryMenu({menu: {sidebar, path}}: {menu: Menu}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // The menu closes for a link, and for a category that has a page of its own.
          if ((item.type === 'category' && item.href) || item.type === 'link') mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  const menu = useMemo(() => ({sidebar, path}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{menu}} />;
}

export default memo(DocSidebarMobile);
