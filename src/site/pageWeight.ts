/**
 * What a page costs a reader who opens it and scrolls to its end without pressing anything: the
 * JavaScript it fetches, and whether any of it is code that should come only on demand (mermaid's,
 * which no page needs since diagrams are drawn ahead of time; Run's: Pyodide, the page's worker
 * and the CodeMirror editor, which come on the first Run or Edit). Shared by `npm run
 * bench:weight` and the landing page's weight test. Node only.
 */
import type {Page} from 'playwright-core';
import {loadAllDiagrams} from './readerChecks';

/** Strings only mermaid's own code holds (a page's text may well say "mermaid"). */
const MERMAID_MARKERS = ['mermaidAPI', 'securityLevel'];
/** Strings only the code behind Run and Edit holds: Pyodide's loader, CodeMirror's view class. */
const RUN_MARKERS = ['loadPyodide', 'EditorView'];

export interface PageWeight {
  /** JavaScript fetched, uncompressed (as executed). */
  bytes: number;
  /** Scripts holding mermaid's code. */
  mermaid: string[];
  /** Files of Run fetched though nothing was pressed: anything under /pyodide/, scripts with its code. */
  runCode: string[];
}

const fileOf = (url: string) => url.split('/').pop()!;

/** Opens `url` in `page` (best in a fresh context: nothing cached), scrolls to its end and weighs what it fetched. */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const weight: PageWeight = {bytes: 0, mermaid: [], runCode: []};
  const reading: Promise<void>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pyodide/')) weight.runCode.push(fileOf(request.url()));
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    reading.push(
      response.body().then((body) => {
        weight.bytes += body.length;
        const text = body.toString('utf8');
        if (MERMAID_MARKERS.some((m) => text.includes(m))) weight.mermaid.push(fileOf(response.url()));
        if (RUN_MARKERS.some((m) => text.includes(m))) weight.runCode.push(fileOf(response.url()));
      }),
    );
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await loadAllDiagrams(page, {scroll: true});
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await Promise.all(reading);
  return weight;
}
