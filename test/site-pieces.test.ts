import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import snippetSources from '../src/plugins/snippetSources';
import {candidatePaths} from '../src/snippets/python';
import {cssUrls, isLoadedResource, references} from '../src/site/html';
import {frontMatterSlug} from '../src/site/pages';
import {stillServed} from '../src/site/publicUrls';
import {resolveFile} from '../src/site/serve';
import {aloneOnlyInPyodide, aloneOnlyOnCPython, rightOnlyAlone} from '../src/snippets/aloneOnly';
import {failedTests} from '../src/site/testRun';

describe('the snippet-sources plugin', () => {
  it('imports ?raw files as text', () => {
    const plugin = snippetSources();
    const config = plugin.configureWebpack!({} as never, false, {} as never, {} as never) as {module: {rules: unknown[]}};
    expect(config.module.rules).toEqual([{resourceQuery: /raw/, type: 'asset/source'}]);
  });
});

describe('interpreter discovery', () => {
  it('uses exactly the interpreters SNIPPET_PYTHONS lists, when set', () => {
    expect(candidatePaths({SNIPPET_PYTHONS: '/a/python3:/b/python3'})).toEqual(['/a/python3', '/b/python3']);
  });

  it('looks on PATH and in pyenv, but not at pyenv shims', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pythons-'));
    const touch = (p: string) => {
      fs.mkdirSync(path.dirname(p), {recursive: true});
      fs.writeFileSync(p, '');
    };
    touch(path.join(root, 'bin/python3.12'));
    touch(path.join(root, 'bin/python3-config'));
    touch(path.join(root, 'shims/python3'));
    touch(path.join(root, 'pyenv/versions/3.10.13/bin/python3'));
    const found = candidatePaths({PATH: `${root}/shims:${root}/bin`, PYENV_ROOT: path.join(root, 'pyenv')});
    expect(found).toContain(path.join(root, 'bin/python3.12'));
    expect(found).toContain(path.join(root, 'pyenv/versions/3.10.13/bin/python3'));
    expect(found).not.toContain(path.join(root, 'shims/python3'));
    expect(found).not.toContain(path.join(root, 'bin/python3-config'));
    fs.rmSync(root, {recursive: true});
  });
});

describe('reading pages', () => {
  it('takes the slug from front matter', () => {
    expect(frontMatterSlug('---\nslug: time-sharing\ntitle: x\n---\n# x')).toBe('time-sharing');
    expect(frontMatterSlug("---\ntitle: x\nslug: '/tasks'\n---")).toBe('/tasks');
    expect(frontMatterSlug('# no front matter\nslug: nope')).toBeUndefined();
  });

  it('tells loaded resources from links a reader follows', () => {
    const refs = references(
      '<link rel="stylesheet" href="https://cdn.example/k.css"><link rel="canonical" href="https://site/x"><a href="https://docs.python.org">docs</a><script src="/a.js"></script>',
    );
    expect(refs.filter(isLoadedResource).map((r) => r.url)).toEqual(['https://cdn.example/k.css', '/a.js']);
  });

  it('finds the URLs a stylesheet loads, leaving inline data alone', () => {
    expect(cssUrls('a{src:url(/f.woff2) format("woff2"),url("https://x/f.ttf")} b{background:url(data:image/png;base64,xx)}')).toEqual([
      '/f.woff2',
      'https://x/f.ttf',
    ]);
  });
});

describe('the static server', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'served-'));
  fs.mkdirSync(path.join(root, 'chapters'));
  fs.writeFileSync(path.join(root, 'index.html'), '');
  fs.writeFileSync(path.join(root, 'chapters/tasks.html'), '');

  it('resolves clean URLs the way GitHub Pages does', () => {
    expect(resolveFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveFile(root, '/chapters/tasks')).toBe(path.join(root, 'chapters/tasks.html'));
    expect(resolveFile(root, '/chapters/tasks?x=1')).toBe(path.join(root, 'chapters/tasks.html'));
    expect(resolveFile(root, '/chapters/nope')).toBeUndefined();
  });

  it('never serves a file outside the build', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
  });
});

describe('the site config', () => {
  it('takes the published URL and base path from the environment', async () => {
    vi.stubEnv('SITE_URL', 'https://someone.github.io');
    vi.stubEnv('BASE_URL', '/async-python/');
    vi.resetModules();
    const {default: config} = await import('../docusaurus.config');
    expect(config.url).toBe('https://someone.github.io');
    expect(config.baseUrl).toBe('/async-python/');
    expect(config.onBrokenLinks).toBe('throw');
    expect(config.onBrokenAnchors).toBe('throw');
    expect(config.markdown?.hooks?.onBrokenMarkdownLinks).toBe('throw');
    vi.unstubAllEnvs();
  });
});

describe('published addresses', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'urls-'));
  fs.mkdirSync(path.join(dir, 'chapters'));
  fs.writeFileSync(path.join(dir, 'chapters/new.html'), '<html><body><article><h2 id="kept">Kept</h2></article></body></html>');
  fs.writeFileSync(
    path.join(dir, 'chapters/old.html'),
    '<html><head><meta http-equiv="refresh" content="0; url=/base/chapters/new"></head></html>',
  );
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('follow a client redirect to the page and section it leads to', () => {
    expect(stillServed(dir, '/base/', '/chapters/old')).toBeUndefined();
    expect(stillServed(dir, '/base/', '/chapters/old#kept')).toBeUndefined();
  });

  it('say why an address no longer works', () => {
    expect(stillServed(dir, '/base/', '/chapters/gone')).toBe('no page at /chapters/gone');
    expect(stillServed(dir, '/base/', '/chapters/old#renamed')).toBe('/chapters/new has no element with id "renamed"');
  });
});

describe('the failed tests of a run of npm test', () => {
  it('are read from vitest\'s JSON report, named by file and full name, with files that failed outside a test', () => {
    const site = path.resolve(__dirname, '..');
    const report = {
      testResults: [
        {name: `${site}/test/a.test.ts`, status: 'failed', assertionResults: [{fullName: 'group passes', status: 'passed'}, {fullName: 'group breaks', status: 'failed'}]},
        {name: `${site}/test/b.test.ts`, status: 'passed', assertionResults: [{fullName: 'fine', status: 'passed'}]},
        {name: `${site}/test/c.test.ts`, status: 'failed', message: 'Hook timed out in 10000ms\nmore', assertionResults: []},
      ],
    };
    expect(failedTests(report)).toEqual(['test/a.test.ts > group breaks', 'test/c.test.ts: Hook timed out in 10000ms']);
  });

  it("name the snippet runs right only when run again alone, on CPython and in Pyodide, once each", () => {
    // As the two test files print them (a soak's log, colours taken out).
    const log = [
      "stderr | test/pyodide.test.ts > every snippet in Pyodide, with JSPI (as in Chromium)",
      "snippets/12-when-tasks-fail/gather_keep_the_tasks.py: printed what its page shows in Pyodide only when run again alone (beside other runs it printed something else (- the page, + Pyodide):",
      "2 snippet run(s) passed only when run again alone:",
      "",
      "snippets/16-queues-and-pipelines/pipeline_with_sentinels.py on CPython 3.11.7 at /root/.pyenv/versions/3.11.7/bin/python3 printed its expected output only when run alone; beside other runs:",
      "snippets/16-queues-and-pipelines/pipeline_with_sentinels.py on CPython 3.11.7 at /root/.pyenv/versions/3.11.7/bin/python3 printed something other than snippets/16-queues-and-pipelines/pipeline_with_sentinels.output.txt (- expected, + printed):",
      "snippets/16-queues-and-pipelines/pipeline_with_sentinels.py on CPython 3.13.0 at /root/.pyenv/versions/3.13.0/bin/python3 printed its expected output only when run alone; beside other runs:",
    ].join('\n');
    expect(rightOnlyAlone(log)).toEqual([
      'snippets/12-when-tasks-fail/gather_keep_the_tasks.py in Pyodide',
      'snippets/16-queues-and-pipelines/pipeline_with_sentinels.py on CPython 3.11.7',
      'snippets/16-queues-and-pipelines/pipeline_with_sentinels.py on CPython 3.13.0',
    ]);
    expect(rightOnlyAlone('Tests  1142 passed (1142)')).toEqual([]);
    // The warnings as the tests write them now are read the same way.
    const written = [
      `${aloneOnlyOnCPython('snippets/16-queues-and-pipelines/worker_pool.py on CPython 3.12.1 at /usr/bin/python3.12')}; beside other runs:`,
      `${aloneOnlyInPyodide('12-when-tasks-fail/gather_keep_the_tasks.py')} (beside other runs it printed something else)`,
    ].join('\n');
    expect(rightOnlyAlone(written)).toEqual(['snippets/16-queues-and-pipelines/worker_pool.py on CPython 3.12.1', 'snippets/12-when-tasks-fail/gather_keep_the_tasks.py in Pyodide']);
  });
});
