// A page's snippet files (src/components/Snippet/files.ts): a page opened from a link arrives with
// its code, outputs and timelines in its HTML and hydrates without fetching them, keeping that HTML;
// a page the browser draws itself (the server, the dev server, a page reached from another one)
// fetches them first; a block with neither its text nor any HTML asks for its files.
// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import {act, createElement, type ReactElement} from 'react';
// @ts-expect-error react-dom has no types here (@types/react-dom is not a dependency); typed below.
import {hydrateRoot as hydrateUntyped, createRoot as createUntyped} from 'react-dom/client';
// @ts-expect-error as above
import {renderToString as renderUntyped} from 'react-dom/server';
import {themes} from 'prism-react-renderer';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {Trace} from '../src/trace/timelineModel';

interface Root {
  render(element: ReactElement): void;
  unmount(): void;
}
const hydrateRoot = hydrateUntyped as (container: Element, element: ReactElement) => Root;
const createRoot = createUntyped as (container: Element) => Root;
const renderToString = renderUntyped as (element: ReactElement) => string;

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const THEMES = {light: themes.vsLight, dark: themes.gruvboxMaterialDark};
const CODE = 'import asyncio\n\n\nasync def main() -> None:\n    print("a < b & c")\n\nasyncio.run(main())\n';
const trace = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'fixtures/timeline/snippets/01-demo/starved.trace.json'), 'utf8'),
) as Trace;

// Each test gets the modules afresh: files.ts keeps what a page fetched for as long as the page lives.
async function modules() {
  const files = await import('../src/components/Snippet/files');
  const CodeBlock = (await import('../src/components/Code/Block')).default;
  const Island = (await import('../src/components/Timeline/Island')).default;
  const Drawing = await import('../src/components/Timeline/Drawing');
  return {files, CodeBlock, Island, Drawing};
}

/** A page's files of one folder, as the bundler's lazy-once context hands them over; `fetches` counts its chunk's fetches. */
function folder(texts: Record<string, string>, fail = 0) {
  const context = Object.assign(
    async (key: string) => {
      context.fetches++;
      if (context.fetches <= fail) throw new Error('offline');
      return texts[key];
    },
    {keys: () => Object.keys(texts), fetches: 0},
  );
  return context;
}

/** What the server renders, put in the page, as a browser gets it. */
function page(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

beforeEach(() => {
  vi.resetModules();
  document.body.replaceChildren();
});

afterEach(() => {
  vi.unstubAllEnvs();
  delete (window as {docusaurusRoot?: unknown}).docusaurusRoot;
});

describe('where the browser draws the page itself', () => {
  it('fetches the page\'s files before the page goes on (the server, the dev server)', async () => {
    const {files} = await modules();
    const texts = folder({'./a.py': 'print(1)\n', './a.output.txt': '1\n', './a.trace.json': JSON.stringify(trace)});
    await files.pageFiles({'01-x': texts});
    expect(texts.fetches).toBe(3);
    expect(files.getFile('01-x/a.py')).toBe('print(1)\n');
    expect(files.getFile('01-x/a.output.txt')).toBe('1\n');
    expect(files.getFile('01-x/a.trace.json')).toEqual(trace);
  });

  it('tells a page opened from a link (its HTML to hydrate) from one drawn after the site first rendered', async () => {
    const {files} = await modules();
    vi.stubEnv('HYDRATE_CLIENT_ENTRY', 'true');
    expect(files.drawnHere()).toBe(false);
    (window as {docusaurusRoot?: unknown}).docusaurusRoot = {};
    expect(files.drawnHere()).toBe(true);
  });
});

describe('a page opened from a link', () => {
  it('fetches nothing until asked, then each page\'s chunk once, and names a file no page brings', async () => {
    const {files} = await modules();
    vi.stubEnv('HYDRATE_CLIENT_ENTRY', 'true');
    const texts = folder({'./a.py': 'print(1)\n', './a.output.txt': '1\n'});
    expect(files.pageFiles({'01-x': texts})).toBeUndefined();
    expect(texts.fetches).toBe(0);
    expect(files.getFile('01-x/a.py')).toBeUndefined();
    await Promise.all([files.ensureFiles(['01-x/a.py']), files.ensureFiles(['01-x/a.output.txt', '01-x/a.py'])]);
    expect(texts.fetches).toBe(2);
    expect(files.getFile('01-x/a.output.txt')).toBe('1\n');
    await expect(files.ensureFiles(['01-x/b.py'])).rejects.toThrow('no page brings snippets/01-x/b.py');
  });

  it('asks again after a fetch that failed', async () => {
    const {files} = await modules();
    vi.stubEnv('HYDRATE_CLIENT_ENTRY', 'true');
    files.pageFiles({'01-x': folder({'./a.py': 'x\n'}, 1)});
    await expect(files.ensureFiles(['01-x/a.py'])).rejects.toThrow('offline');
    await files.ensureFiles(['01-x/a.py']);
    expect(files.getFile('01-x/a.py')).toBe('x\n');
  });

  it('keeps a code block\'s HTML as it hydrates without the text, copies what it shows, and draws it again from that HTML later', async () => {
    const {files, CodeBlock} = await modules();
    const html = renderToString(createElement(CodeBlock, {code: CODE, language: 'python', themes: THEMES}));
    const container = page(html);
    const shown = container.querySelector('code')!.innerHTML;
    expect(shown).toMatch(/<span class="l\d+/);
    await act(async () => {
      hydrateRoot(container, createElement(CodeBlock, {code: undefined, textKey: 'snippet:01-x/a.py#', language: 'python', themes: THEMES}));
    });
    expect(container.querySelector('code')!.innerHTML).toBe(shown);
    expect(files.keptHtml('snippet:01-x/a.py#')).toBe(shown);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    await act(async () => container.querySelector('button')!.click());
    expect(writeText).toHaveBeenCalledWith(CODE.replace(/\n$/, ''));

    // Back on the page later: drawn afresh, from the HTML it had.
    const again = page('');
    await act(async () => {
      createRoot(again).render(createElement(CodeBlock, {code: undefined, textKey: 'snippet:01-x/a.py#', language: 'python', themes: THEMES}));
    });
    expect(again.querySelector('code')!.innerHTML).toBe(shown);
  });

  it('asks for the text of a block drawn afresh with nothing to show, and shows it once it comes', async () => {
    const {CodeBlock} = await modules();
    const onMissing = vi.fn();
    const container = page('');
    const root = createRoot(container);
    await act(async () => root.render(createElement(CodeBlock, {code: undefined, textKey: 'output:01-x/b.output.txt', onMissing, language: 'text', themes: THEMES})));
    expect(onMissing).toHaveBeenCalledTimes(1);
    await act(async () => root.render(createElement(CodeBlock, {code: 'done\n', textKey: 'output:01-x/b.output.txt', onMissing, language: 'text', themes: THEMES})));
    expect(container.querySelector('code')!.textContent).toBe('done');
  });

  it('keeps a timeline\'s drawing as it hydrates without its trace or its code', async () => {
    // The server renders with the page's files.
    const server = await modules();
    await server.files.pageFiles({'01-demo': folder({'./starved.trace.json': JSON.stringify(trace)})}, async () => server.Drawing);
    const html = renderToString(createElement(server.Island, {file: '01-demo/starved.py'}));
    expect(html).toContain('<figure');
    expect(html).toContain('data-timeline="01-demo/starved.py"');
    expect(html).toContain('<svg');
    // The browser, with modules of its own that have fetched nothing.
    vi.resetModules();
    const {files, Island, Drawing} = await modules();
    vi.stubEnv('HYDRATE_CLIENT_ENTRY', 'true');
    const drawing = vi.fn(async () => Drawing);
    files.pageFiles({'01-demo': folder({'./starved.trace.json': JSON.stringify(trace)})}, drawing);
    const container = page(html);
    const figure = container.querySelector('figure')!.innerHTML;
    await act(async () => {
      hydrateRoot(container, createElement(Island, {file: '01-demo/starved.py'}));
    });
    expect(container.querySelector('figure')!.innerHTML).toBe(figure);
    expect(drawing).not.toHaveBeenCalled();
    expect(files.keptHtml('timeline:01-demo/starved.py')).toBe(figure);
  });

  it('draws a timeline with nothing to show once its trace and code come', async () => {
    const {files, Island, Drawing} = await modules();
    vi.stubEnv('HYDRATE_CLIENT_ENTRY', 'true');
    files.pageFiles({'01-demo': folder({'./starved.trace.json': JSON.stringify(trace)})}, async () => Drawing);
    const container = page('');
    await act(async () => createRoot(container).render(createElement(Island, {file: '01-demo/starved.py'})));
    await vi.waitFor(() => expect(container.querySelector('figure svg')).not.toBeNull());
    expect(container.querySelector('figure')!.getAttribute('data-timeline')).toBe('01-demo/starved.py');
  });
});
