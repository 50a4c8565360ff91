/**
 * The glossary page, /glossary: made at build time from the data file (src/glossary/terms.ts)
 * and the chapters' headings (src/glossary/entries.ts), drawn by src/components/Glossary. The
 * build fails on a term whose `teaches` link leads to no section, naming the term and the link.
 * (The links from the chapters to the entries are made by src/remark/glossaryLinks.ts.)
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {glossaryEntries, type GlossaryEntry} from '../glossary/entries';
import {GLOSSARY_ROUTE} from '../glossary/page';

export default function glossaryPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'glossary',
    async loadContent(): Promise<GlossaryEntry[]> {
      const {entries, problems} = glossaryEntries(context.siteDir);
      if (problems.length) throw new Error(`The glossary (src/glossary/terms.ts) has broken entries:\n${problems.join('\n')}`);
      return entries;
    },
    async contentLoaded({content, actions}) {
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, GLOSSARY_ROUTE]),
        component: '@site/src/components/Glossary',
        exact: true,
        props: {entries: content as GlossaryEntry[]},
      });
    },
    getPathsToWatch() {
      return [path.join(context.siteDir, 'src/glossary/terms.ts'), path.join(context.siteDir, 'docs/**/*.mdx')];
    },
  };
}
