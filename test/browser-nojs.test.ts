// Every page of the production build with JavaScript off, as a reader without it (or a search
// engine) gets it: the text, every snippet and its output exactly as in snippets/, every diagram
// drawn (its drawings are images made ahead of time), and words for every diagram and timeline.
import fs from 'node:fs';
import type {BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {diagramProblems} from '../src/site/readerChecks';
import {snippetsDirOf} from '../src/snippets/catalog';
import {extractRegion} from '../src/snippets/region';
import {SITE} from './support/build';
import {inTabs, useBuiltSite} from './support/builtSite';

const site = useBuiltSite();
const {urlOf, nameOf} = site;

interface ShownSnippet {
  page: string;
  file: string;
  region: string | null;
  code: string;
  outputs: {label: string; text: string}[];
}

/** Trailing spaces and blank edges aside, the text as written. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

describe('every page with JavaScript disabled', () => {
  const shown: ShownSnippet[] = [];
  const problems: string[] = [];
  let timelineCount = 0;
  let diagramCount = 0;
  let context: BrowserContext;

  beforeAll(async () => {
    context = await site.newContext({javaScriptEnabled: false});
    await inTabs(context, site.pages, async (page, path) => {
      await page.goto(urlOf(path));
      const found = await page.evaluate(() => {
        // A highlighted block's text is the source's lines, as they are.
        const lines = (block: Element | null) => block?.textContent ?? '';
        // A chapter or a journal post: pages whose text is the point (not lists of tags or posts).
        const reading = document.documentElement.matches('.docs-doc-page, .blog-post-page');
        return {
          article: reading ? (document.querySelector('article')?.textContent?.trim() ?? '') : null,
          snippets: [...document.querySelectorAll<HTMLElement>('[data-snippet]')].map((el) => ({
            file: el.dataset.snippet!,
            region: el.dataset.region ?? null,
            code: lines(el.querySelector('pre code')),
            outputs: [...el.querySelectorAll<HTMLElement>('[data-output]')].map((o) => ({
              label: o.dataset.output!,
              text: lines(o.querySelector('pre code')),
            })),
          })),
          diagrams: [...document.querySelectorAll('figure[data-diagram]')].map(
            (f) => f.querySelector('figcaption')?.textContent?.trim() ?? '',
          ),
          // Timelines are drawn at build time: the drawing and its words are in the HTML.
          timelines: [...document.querySelectorAll<HTMLElement>('figure[data-timeline]')].map((f) => ({
            file: f.dataset.timeline ?? '',
            bars: f.querySelectorAll('svg rect').length,
            desc: f.querySelector('svg desc')?.textContent?.trim() ?? '',
            caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
          })),
        };
      });
      if (found.article !== null && found.article.length < 200) {
        problems.push(`${nameOf(path)}: its article has almost no text without JavaScript: "${found.article}"`);
      }
      found.diagrams.forEach((caption, i) => {
        if (caption.length < 20) problems.push(`${nameOf(path)}: diagram ${i + 1} has no text alternative in the HTML`);
      });
      problems.push(...(await diagramProblems(page)).map((p) => `${nameOf(path)}: ${p}`));
      diagramCount += found.diagrams.length;
      for (const t of found.timelines) {
        if (t.bars === 0) problems.push(`${nameOf(path)}: timeline of ${t.file} has no bars without JavaScript`);
        if (t.desc.length < 40 || t.caption.length < 40) problems.push(`${nameOf(path)}: timeline of ${t.file} has no text alternative in the HTML`);
      }
      // Counted on the pages that ask for them (the landing page shows one a chapter draws too).
      if (found.article !== null) timelineCount += found.timelines.length;
      shown.push(...found.snippets.map((s) => ({...s, page: nameOf(path)})));
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('shows the text of every page, and every diagram drawn, readable, with its text alternative', () => {
    expect(problems).toEqual([]);
    expect(diagramCount).toBe(lintPages(SITE, snippetsDirOf(SITE)).mermaid.length);
  });

  it('shows every timeline a page asks for, drawn, with its text alternative', () => {
    expect(timelineCount).toBe(lintPages(SITE, snippetsDirOf(SITE)).timelines.length);
  });

  it('shows every included snippet: its code exactly as in snippets/, and every output it printed', () => {
    const missing: string[] = [];
    for (const {page, include} of lintPages(SITE, snippetsDirOf(SITE)).includes) {
      const code = extractRegion(fs.readFileSync(include.snippet.absPath, 'utf8'), include.region);
      const where = `${page}: ${include.file}${include.region ? ` region ${include.region}` : ''}`;
      const candidates = shown.filter((s) => s.file === include.file && s.region === (include.region ?? null));
      const match = candidates.find((s) => tidy(s.code) === tidy(code));
      if (!match) {
        missing.push(`${where}: code not in any page's HTML${candidates.length ? ` (shown differently on ${candidates[0].page})` : ''}`);
        continue;
      }
      if (!include.showOutput) continue;
      for (const output of include.snippet.outputs) {
        const printed = tidy(fs.readFileSync(`${include.snippet.dir}/${output.file}`, 'utf8'));
        if (!candidates.some((s) => s.outputs.some((o) => tidy(o.text) === (printed || '(prints nothing)')))) {
          missing.push(`${where}: output ${output.file} not shown under it`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
