/**
 * Every chapter in sidebar order, grouped by part, each with its one-line description. Rendered at
 * build time from the sidebar, so a new chapter appears here as soon as sidebars.ts lists it.
 * Chapters are numbered as the pages number them, from 0 ("How this site works") on through every
 * part, not from 1 in each part.
 * Only usable on a docs page that is in the sidebar.
 */
import Link from '@docusaurus/Link';
import {useDocById, useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItem, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function Chapter({item}: {item: PropSidebarItemLink}): ReactNode {
  const doc = useDocById(item.docId ?? undefined);
  return (
    <li className={styles.chapter}>
      <Link to={item.href}>{doc?.title ?? item.label}</Link>
      {doc?.description && <p className={styles.description}>{doc.description}</p>}
    </li>
  );
}

const slugOf = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export default function ChapterList(): ReactNode {
  const sidebar = useDocsSidebar();
  const parts = (sidebar?.items ?? [])
    .filter((item): item is Extract<PropSidebarItem, {type: 'category'}> => item.type === 'category')
    .map((part) => ({label: part.label, chapters: part.items.filter((item): item is PropSidebarItemLink => item.type === 'link' && Boolean(item.docId))}));
  // The number of each part's first chapter: the chapters before it, counted from 0.
  const firsts = parts.map((_, i) => parts.slice(0, i).reduce((n, part) => n + part.chapters.length, 0));
  return (
    <>
      {parts.map((part, i) => (
        <section key={part.label}>
          <Heading as="h2" id={slugOf(part.label)}>
            {part.label}
          </Heading>
          <ol className={styles.chapters} start={firsts[i]}>
            {part.chapters.map((item) => (
              <Chapter key={item.href} item={item} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
