// The browser checks catch what they claim: on a fixture site with one deliberately broken page
// per mistake, each check fails with a message that names the page, and a clean page passes.
import type {Browser, BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../src/site/browser';
import {ContextWatch, readerProblems} from '../src/site/readerChecks';
import {serveBuild, type Served} from '../src/site/serve';
import {BASE, builtSite} from './support/build';

let server: Served;
let browser: Browser;
let context: BrowserContext;
let watch: ContextWatch;

beforeAll(async () => {
  server = await serveBuild(await builtSite(inject('brokenBuild')), BASE);
  browser = await launchChromium();
  context = await browser.newContext();
  watch = await ContextWatch.attach(context, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function problemsOf(slug: string): Promise<string[]> {
  const problems = await readerProblems(context, watch, `${server.url}chapters/${slug}`, {mode: 'light'});
  return problems.map((p) => `${slug}: ${p}`);
}

describe('the browser checks, on a fixture site of broken pages', () => {
  it('find nothing wrong with a clean page that has a diagram and math', async () => {
    expect(await problemsOf('clean')).toEqual([]);
  });

  it('report a console error, naming the page', async () => {
    const problems = await problemsOf('console-error');
    expect(problems).toContainEqual(expect.stringMatching(/^console-error: console error: fixture: something went wrong/));
  });

  it('report a request to another origin, naming the page and the URL', async () => {
    const problems = await problemsOf('external-request');
    expect(problems).toContain('external-request: requests another origin: https://cdn.example.com/pixel.png');
  });

  it('report a diagram that did not render, naming the page and the diagram', async () => {
    const problems = await problemsOf('failed-diagram');
    expect(problems).toContainEqual(expect.stringMatching(/^failed-diagram: diagram 1 \("A broken diagram"\) did not render/));
  });
});
