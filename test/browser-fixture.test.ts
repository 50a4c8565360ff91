// The browser checks catch what they claim: on a fixture site with one deliberately broken page
// per mistake, each check fails with a message that names the page, and a clean page passes.
import type {BrowserContext, Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {ContextWatch, newCheckedCode, readerProblems, type CheckedCode} from '../src/site/readerChecks';
import {useBuiltSite} from './support/builtSite';

const site = useBuiltSite('brokenBuild');
let context: BrowserContext;
let watch: ContextWatch;
/** One tab loads each page in turn, as in the site walk. */
let tab: Page;

beforeAll(async () => {
  context = await site.newContext();
  watch = ContextWatch.attach(site.url);
  tab = await context.newPage();
});

/**
 * Problems of a fixture page, checked in light mode and, with `thenDark`, then in dark as the site
 * walk does.
 */
async function problemsOf(slug: string, {thenDark = false, checkedCode}: {thenDark?: boolean; checkedCode?: CheckedCode} = {}): Promise<string[]> {
  const problems = await readerProblems(context, watch, site.urlOf(`chapters/${slug}`), {mode: 'light', thenDark, checkedCode, tab});
  return problems.map((p) => `${slug}: ${p}`);
}

describe('the browser checks, on a fixture site of broken pages', () => {
  it('find nothing wrong with a clean page that has a diagram, math and code, in light or dark mode (its dark drawing shown)', async () => {
    expect(await problemsOf('clean', {thenDark: true})).toEqual([]);
  });

  it('report a console error, naming the page', async () => {
    const problems = await problemsOf('console-error');
    expect(problems).toContainEqual(expect.stringMatching(/^console-error: console error: fixture: something went wrong/));
  });

  it('report text that moves under the reader while the page loads, with what moved', async () => {
    const problems = await problemsOf('layout-shift');
    expect(problems).toEqual([expect.stringMatching(/^layout-shift: moved while loading: cumulative layout shift 0\.\d{4} \(moved: .*\bp\b/)]);
  });

  it('report text that moves under a section the page was opened at, once the browser has jumped there', async () => {
    const problems = await problemsOf('late-under-section#linked-section');
    expect(problems).toEqual([
      expect.stringMatching(/^late-under-section#linked-section: moved while loading: cumulative layout shift 0\.\d{4} \(moved: .*\bp\b/),
    ]);
  });

  it('report a request to another origin, naming the page and the URL', async () => {
    const problems = await problemsOf('external-request');
    expect(problems).toContain('external-request: requests another origin: https://cdn.example.com/pixel.png');
  });

  it('report a diagram whose drawing did not load, naming the page, the diagram and the file', async () => {
    const problems = await problemsOf('lost-drawing');
    expect(problems).toContainEqual(expect.stringMatching(/^lost-drawing: diagram 1 \("A lost drawing"\) did not load its drawing http:.*\/diagrams\/000000000000-light\.svg$/));
  });

  it('report a diagram shown too small to read, with the size its smallest label came out at', async () => {
    const problems = await problemsOf('unreadable-diagram', {thenDark: true});
    expect(problems).toEqual([
      expect.stringMatching(/^unreadable-diagram: diagram 1 \("A squeezed diagram"\) is shown 120 px wide, its smallest label 5\.\d px: under 12 px \(it needs \d+ px\)$/),
      expect.stringMatching(/^unreadable-diagram: after switching to dark mode: diagram 1 \("A squeezed diagram"\) is shown 120 px wide/),
    ]);
  });

  it('report text that is readable in light mode but too faint once the system switches to dark', async () => {
    const problems = await problemsOf('faint-in-dark', {thenDark: true});
    expect(problems).toEqual([expect.stringMatching(/^faint-in-dark: after switching to dark mode: axe \(dark\) color-contrast .*foreground color: #3a3b3c/)]);
  });

  it('report a faint code token even after code that looks like the rest of its page was checked', async () => {
    const checkedCode = newCheckedCode();
    expect(await problemsOf('clean', {checkedCode})).toEqual([]);
    const problems = await problemsOf('faint-code', {checkedCode});
    expect(problems).toContainEqual(expect.stringMatching(/^faint-code: axe \(light\) color-contrast .*#d8d8d8/));
  });

  it('leave the code blocks they left out of axe as they were: emptied while axe runs, then restored', async () => {
    const blocks = () =>
      tab.locator('pre').evaluateAll((pres) => pres.map((pre) => ({style: pre.getAttribute('style'), html: pre.innerHTML, left: pre.hasAttribute('data-axe-skip')})));
    const checkedCode = newCheckedCode();
    // Checked once: the blocks are new, so axe checks them as they are.
    expect(await problemsOf('clean', {checkedCode})).toEqual([]);
    const checkedWhole = await blocks();
    expect(checkedWhole.map((b) => b.left)).toEqual(checkedWhole.map(() => false));
    // Checked again: every block now looks like one checked, so each is left out, and emptied.
    expect(await problemsOf('clean', {checkedCode})).toEqual([]);
    const leftOut = await blocks();
    expect(leftOut.map((b) => b.left)).toEqual(checkedWhole.map(() => true));
    expect(leftOut.map(({style, html}) => ({style, html}))).toEqual(checkedWhole.map(({style, html}) => ({style, html})));
  });
});
