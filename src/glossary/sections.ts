/**
 * The sections a glossary entry can link to: every chapter's `##` and `###` headings with their
 * explicit `{#id}`, read from the MDX. Used by the build (src/plugins/glossary.ts: the glossary
 * page names the chapter and section of each link, and the build fails on one that does not
 * exist) and by the tests. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {chapterPages} from '../site/pages';
import type {GlossaryTerm} from './terms';

export interface Section {
  id: string;
  /** The heading as a reader sees it: without markdown's backticks. */
  title: string;
}

export interface Chapter {
  /** "/chapters/tasks-and-futures" */
  route: string;
  title: string;
  /** The number in its file name ("docs/10-tasks-and-futures.mdx" is 10), if it has one. */
  number?: number;
  sections: Section[];
}

/** The headings of a page with an explicit id, in order; fenced code is skipped. */
export function pageSections(mdx: string): Section[] {
  const sections: Section[] = [];
  let fence: string | undefined;
  for (const line of mdx.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const heading = /^#{2,3}\s+(.+?)\s*\{#([\w-]+)\}\s*$/.exec(line);
    if (heading) sections.push({id: heading[2], title: heading[1].replace(/`/g, '')});
  }
  return sections;
}

/** Every chapter with its sections, by route. */
export function chapterSections(siteDir: string): Map<string, Chapter> {
  const chapters = new Map<string, Chapter>();
  for (const page of chapterPages(siteDir)) {
    const number = /^docs\/(\d+)-/.exec(page.file)?.[1];
    chapters.set(page.route, {
      route: page.route,
      title: page.title,
      number: number === undefined ? undefined : Number(number),
      sections: pageSections(fs.readFileSync(path.join(siteDir, page.file), 'utf8')),
    });
  }
  return chapters;
}

/** Where a glossary link leads: the chapter and its section. */
export interface TaughtIn {
  url: string;
  chapter: Chapter;
  section: Section;
}

/** Resolves a term's `teaches` links; `problems` gets one line for each that leads nowhere. */
export function taughtIn(term: GlossaryTerm, chapters: Map<string, Chapter>, problems: string[] = []): TaughtIn[] {
  const found: TaughtIn[] = [];
  for (const url of term.teaches) {
    const [route, id] = url.split('#');
    const chapter = chapters.get(route);
    const section = chapter?.sections.find((s) => s.id === id);
    if (!chapter) problems.push(`glossary "${term.id}": ${url}: no chapter at ${route}`);
    else if (!id || !section) problems.push(`glossary "${term.id}": ${url}: ${route} has no section {#${id ?? ''}}`);
    else found.push({url, chapter, section});
  }
  return found;
}
