/**
 * The course map for pages outside the docs (the landing page): the docs' sidebar and each
 * chapter's title and description, exactly as the chapter pages get them (Docusaurus's own
 * version metadata), written to `@generated/course-map/default/course-map.json`. The landing page
 * hands it to src/components/ChapterList, so the map there and the "All chapters" page are drawn
 * by one component from one sidebar (sidebars.ts), never from a second list.
 */
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {toVersionMetadataProp} from '@docusaurus/plugin-content-docs/lib/props.js';
import type {Plugin} from '@docusaurus/types';

export default function courseMap(): Plugin {
  return {
    name: 'course-map',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const version = docs?.loadedVersions[0];
      if (!version) throw new Error('course-map: the docs plugin loaded no version');
      await actions.createData('course-map.json', JSON.stringify(toVersionMetadataProp('default', version)));
    },
  };
}
