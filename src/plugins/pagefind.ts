/**
 * Search: after a production build, indexes the built pages with Pagefind into `pagefind/` of the
 * build (src/search/buildIndex.ts). The browser fetches the index in small pieces, only once a
 * reader focuses the search box or opens /search. The dev server (npm start) has no index: its
 * search box says so.
 */
import type {Plugin} from '@docusaurus/types';
import {buildSearchIndex} from '../search/buildIndex';

export default function pagefindPlugin(): Plugin {
  return {
    name: 'pagefind-search',
    async postBuild({outDir}) {
      const started = Date.now();
      const {pages, records, bytes} = await buildSearchIndex(outDir);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`[INFO] Search: ${records} sections of ${pages} pages indexed by Pagefind (${(bytes / 1024).toFixed(0)} KB) in ${seconds} s.`);
    },
  };
}
