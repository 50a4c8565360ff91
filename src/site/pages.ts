/** The chapters on disk, as the site will publish them. Node only. */
import fs from 'node:fs';
import path from 'node:path';

export interface ChapterPage {
  /** "docs/03-preemptive-vs-cooperative.mdx" */
  file: string;
  /** "/chapters/preemptive-vs-cooperative" (without the site's base path) */
  route: string;
  /** The front matter title (what search results and the browser tab show). */
  title: string;
  hasDiagram: boolean;
}

/** A simple (one-line) front matter field of a page, or undefined. */
export function frontMatterField(text: string, field: string): string | undefined {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return new RegExp(`^${field}:\\s*['"]?([^\\n]+?)['"]?\\s*$`, 'm').exec(block)?.[1];
}

/** The front matter `slug` of a page, or undefined. */
export function frontMatterSlug(text: string): string | undefined {
  return frontMatterField(text, 'slug');
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
      const rest = slug.replace(/^\//, '');
      return {
        file: `docs/${f}`,
        route: rest ? `/chapters/${rest}` : '/chapters',
        title: frontMatterField(text, 'title') ?? slug,
        hasDiagram: /^```mermaid/m.test(text),
      };
    });
}

/**
 * The chapters the benchmarks measure: the first numbered chapter without a diagram and the
 * first with one (the "All chapters" page is not a chapter).
 */
export function benchChapters(siteDir: string): {plain: string; diagram: string} {
  const chapters = chapterPages(siteDir).filter((c) => /^docs\/\d/.test(c.file));
  const plain = chapters.find((c) => !c.hasDiagram)?.route;
  const diagram = chapters.find((c) => c.hasDiagram)?.route;
  if (!plain || !diagram) throw new Error('need a chapter without a diagram and one with: pass routes as arguments');
  return {plain, diagram};
}
