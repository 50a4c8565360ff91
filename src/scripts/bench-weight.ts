/**
 * npm run bench:weight
 *
 * Builds the site, loads in headless Chromium the landing page, the first chapter without a
 * diagram and every chapter with one, scrolled to the bottom as a reader would, and prints the
 * JavaScript bytes each fetched (uncompressed, as executed). Targets: the heaviest diagram chapter
 * fetches at most 1.10x the JS of the chapter without one, no page fetches mermaid's code
 * (diagrams are drawn ahead of time: npm run diagrams:render), and no page where nothing was
 * pressed fetches what Run needs (Pyodide and the page's worker under /pyodide/, the CodeMirror
 * editor): they come on the first Run or Edit. Exits 1 if one is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../site/browser';
import {SITE, buildSiteInto} from '../site/build';
import {benchChapters, chapterPages} from '../site/pages';
import {weighPage, type PageWeight} from '../site/pageWeight';
import {serveBuild} from '../site/serve';

const TARGET = 1.1;
interface Weight extends PageWeight {
  route: string;
}

async function weigh(browser: Browser, url: string, route: string): Promise<Weight> {
  const page = await browser.newPage();
  const weight = await weighPage(page, url);
  await page.close();
  return {route, ...weight};
}

async function main(): Promise<void> {
  const {plain} = benchChapters(SITE);
  const withDiagrams = chapterPages(SITE).filter((c) => c.hasDiagram).map((c) => c.route);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-weight-'));
  const browser = await launchChromium();
  const weights: Weight[] = [];
  try {
    buildSiteInto(work);
    const served = await serveBuild(work);
    for (const route of ['/', plain, ...withDiagrams]) weights.push(await weigh(browser, served.url + route.slice(1), route));
    await served.close();
  } finally {
    await browser.close();
    fs.rmSync(work, {recursive: true, force: true});
  }
  const plainBytes = weights[1].bytes;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`.padStart(8);
  console.log('JS fetched per page (uncompressed)');
  for (const w of weights) {
    const note = w.route === plain ? '  (no diagram)' : w.route === '/' ? '  (landing)' : '';
    console.log(`${w.route.padEnd(42)} ${kb(w.bytes)}  ${(w.bytes / plainBytes).toFixed(3)}x${note}${w.mermaid.length ? `  MERMAID: ${w.mermaid.join(', ')}` : ''}`);
  }
  const heaviest = weights.slice(2).reduce((a, b) => (b.bytes > a.bytes ? b : a), weights[1]);
  const ratio = heaviest.bytes / plainBytes;
  const withMermaid = weights.filter((w) => w.mermaid.length);
  console.log(`\nheaviest diagram chapter ${heaviest.route}: ${ratio.toFixed(3)}x the chapter without one (target at most ${TARGET}x) ${ratio <= TARGET ? 'ok' : 'MISSED'}`);
  console.log(`pages that fetched mermaid's code: ${withMermaid.length ? withMermaid.map((w) => w.route).join(', ') : 'none'}`);
  const withRunCode = weights.filter((w) => w.runCode.length);
  console.log(`pages that fetched Pyodide, the worker or the editor with nothing pressed: ${withRunCode.length ? withRunCode.map((w) => `${w.route} (${w.runCode.join(', ')})`).join('; ') : 'none'}`);
  process.exitCode = ratio <= TARGET && withMermaid.length === 0 && withRunCode.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
