/** The chapters on disk, as the site will publish them. Node only. */
import fs from 'node:fs';
import path from 'node:path';

export interface ChapterPage {
  /** "docs/03-preemptive-vs-cooperative.mdx" */
  file: string;
  /** "/chapters/preemptive-vs-cooperative" (without the site's base path) */
  route: string;
  hasDiagram: boolean;
}

/** The front matter `slug` of a page, or undefined. */
export function frontMatterSlug(text: string): string | undefined {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return /^slug:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(block)?.[1];
}

export function chapterPages(siteDir: string): ChapterPage[] {
  const docsDir = path.join(siteDir, 'docs');
  return fs
    .readdirSync(docsDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(docsDir, f), 'utf8');
      const slug = frontMatterSlug(text) ?? f.replace(/^\d+-/, '').replace(/\.mdx?$/, '');
      return {
        file: `docs/${f}`,
        route: `/chapters/${slug.replace(/^\//, '')}`,
        hasDiagram: /^```mermaid/m.test(text),
      };
    });
}
