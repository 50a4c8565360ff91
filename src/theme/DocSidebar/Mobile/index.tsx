/**
 * Docusaurus's chapter list in the phone menu (theme-classic's DocSidebar/Mobile, same markup and
 * behaviour), with two changes to what a chapter does as it starts on a phone:
 *
 * - The list is made when the reader first opens the menu, then kept. Docusaurus made it (some
 *   250 React elements, every chapter link) in the closed menu as soon as the page ran, and again
 *   once the menu switched to it, in the same long task as the rest of the page's start.
 * - It reaches the navbar's secondary menu as one prop. Docusaurus's filler memoizes the props it
 *   is given by sorting their names with localeCompare; with one prop there is nothing to sort. A
 *   browser's first localeCompare loads its collation data: ~20 ms of every chapter's start on a
 *   phone (measured in Chromium on this machine), for four names.
 */
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/DocSidebar/Mobile';
import DocSidebarItems from '@theme/DocSidebarItems';
import clsx from 'clsx';
import {memo, useMemo, useState, type ReactNode} from 'react';

interface Menu {
  sidebar: Props['sidebar'];
  path: string;
}

function DocSidebarMobileSecondaryMenu({menu: {sidebar, path}}: {menu: Menu}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  // Made in the same render that opens the menu, so the list is there as it slides in.
  const [opened, setOpened] = useState(mobileSidebar.shown);
  if (mobileSidebar.shown && !opened) setOpened(true);
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      {opened && (
        <DocSidebarItems
          items={sidebar}
          activePath={path}
          onItemClick={(item) => {
            // The menu closes for a link, and for a category that has a page of its own.
            if ((item.type === 'category' && item.href) || item.type === 'link') mobileSidebar.toggle();
          }}
          level={1}
        />
      )}
    </ul>
  );
}

function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  const menu = useMemo(() => ({sidebar, path}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{menu}} />;
}

export default memo(DocSidebarMobile);
