// What an author sees when a page goes wrong: each mistake, its message, its file and line.
// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import {compile} from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import remarkDiagrams from '../src/remark/diagrams';
import remarkSnippetInclude from '../src/remark/snippetInclude';
import {mermaidProblems} from './support/mermaid';

const site = path.join(__dirname, 'fixtures/site');
const snippetsDir = path.join(site, 'snippets');

function problemsOf(page: string): string[] {
  return lintPages(site, snippetsDir, [`broken/${page}.mdx`]).problems.filter((p) => !p.includes('is not shown on any page'));
}

describe('a page with includes that resolve', () => {
  it('has no problems and records which snippets it shows', () => {
    const report = lintPages(site, snippetsDir, ['docs']);
    expect(report.problems.filter((p) => !p.includes('is not shown on any page'))).toEqual([]);
    expect([...report.used]).toEqual(['01-demo/greet.py']);
    expect(report.mermaid.map((m) => m.where)).toEqual(['docs/good.mdx:9']);
  });

  it('compiles to a Snippet element with every output, and the page\'s files in one chunk the bundler tracks', async () => {
    const value = escapeMarkdownHeadingIds(fs.readFileSync(path.join(site, 'docs/good.mdx'), 'utf8'));
    const file = {path: path.join(site, 'docs/good.mdx'), value};
    const code = String(await compile(file, {remarkPlugins: [remarkMath, [remarkSnippetInclude, {siteDir: site, snippetsDir}]]}));
    expect(code).toContain('import Snippet from \'@site/src/components/Snippet\'');
    // The files, each once (the region include shows the same file), in one chunk for their folder.
    expect(code).toContain('await __pageFiles({\n  "01-demo": import.meta.webpackContext("@site/snippets/01-demo?raw", {\n');
    expect(code).toContain('regExp: /^\\.\\/(?:greet\\.py|greet\\.output\\.txt|greet\\.3\\.12\\.output\\.txt)$/');
    expect(code).toContain('mode: "lazy-once"');
    expect(code).toMatch(/label: "Python 3\.10–3\.11",\s*file: "01-demo\/greet\.output\.txt"/);
    expect(code).toMatch(/label: "Python 3\.12–3\.13",\s*file: "01-demo\/greet\.3\.12\.output\.txt"/);
    expect(code).toContain('region: "inner"');
    // No text of a snippet is in the page's own code: only in its files' chunk.
    expect(code).not.toContain(fs.readFileSync(path.join(snippetsDir, '01-demo/greet.output.txt'), 'utf8').trim().split('\n')[0]);
    // The region include says no-output: its element gets an empty list.
    expect(code).toMatch(/region: "inner",\s*outputs: \[\]/);
  });

  it('compiles a diagram to its drawings, their size and its text alternative', async () => {
    const value = escapeMarkdownHeadingIds(fs.readFileSync(path.join(site, 'docs/good.mdx'), 'utf8'));
    const code = String(await compile({path: path.join(site, 'docs/good.mdx'), value}, {remarkPlugins: [[remarkDiagrams, {siteDir: site}]]}));
    const [key, drawing] = Object.entries(JSON.parse(fs.readFileSync(path.join(site, 'src/diagram-drawings.json'), 'utf8')))[0] as [string, {width: number}];
    expect(code).toContain('import Diagram from \'@site/src/components/Diagram\'');
    expect(code).toContain(`drawing: "${key}"`);
    expect(code).toContain(`width: ${drawing.width}`);
    expect(code).toMatch(/title: "[^"]+"/);
    expect(code).not.toContain('```mermaid');
  });
});

describe('each way an author can go wrong fails with file, line and a fix', () => {
  it('names a snippet that does not exist', () => {
    expect(problemsOf('missing-snippet')).toEqual([
      'broken/missing-snippet.mdx:5: snippet "01-demo/nope.py" does not exist (looked for snippets/01-demo/nope.py)',
    ]);
  });

  it('names a region that does not exist, and the ones that do', () => {
    expect(problemsOf('missing-region')).toEqual([
      'broken/missing-region.mdx:3: snippets/01-demo/greet.py: has no region "outer" (regions: inner, greet)',
    ]);
  });

  it('points at the line of a region that is never closed', () => {
    expect(problemsOf('unclosed-region')).toEqual([
      'broken/unclosed-region.mdx:3: snippets/01-demo/unclosed.py:1: region "top" is never closed (add "# endregion top")',
    ]);
  });

  it('points at a stray end marker', () => {
    expect(problemsOf('stray-marker')).toEqual([
      'broken/stray-marker.mdx:3: snippets/01-demo/stray.py:2: "# endregion nowhere" has no matching "# region nowhere"',
    ]);
  });

  it('refuses a path that leaves snippets/', () => {
    expect(problemsOf('outside')).toEqual([
      'broken/outside.mdx:3: snippet path "../secrets.py" leaves snippets/ (paths are relative to snippets/)',
    ]);
  });

  it('refuses code typed into the page', () => {
    expect(problemsOf('inline-fence')).toEqual([
      'broken/inline-fence.mdx:5: a code block written into the page. Put the code in snippets/ and include it: ```python file=NN-chapter/name.py',
    ]);
  });

  it('refuses an include with code in it', () => {
    expect(problemsOf('not-empty')).toEqual([
      'broken/not-empty.mdx:3: a snippet include must be empty: the code comes from snippets/01-demo/greet.py',
    ]);
  });

  it('asks for the update command when the expected output is missing', () => {
    expect(problemsOf('missing-output')).toEqual([
      'broken/missing-output.mdx:3: snippets/01-demo/no_output.py has no expected output yet (run "npm run snippets:update")',
    ]);
  });

  it('lists every snippet no page shows', () => {
    const orphans = lintPages(site, snippetsDir, ['docs']).problems.filter((p) => p.includes('is not shown on any page'));
    expect(orphans).toContain(
      'snippets/01-demo/orphan.py: is not shown on any page (include it with ```python file=01-demo/orphan.py, or delete it)',
    );
    expect(orphans.some((p) => p.startsWith('snippets/01-demo/greet.py'))).toBe(false);
  });

  it('names the page and line of a diagram that does not parse', async () => {
    const {mermaid} = lintPages(site, snippetsDir, ['broken/broken-mermaid.mdx']);
    const problems = await mermaidProblems(mermaid);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^broken\/broken-mermaid\.mdx:3: mermaid diagram does not parse: /);
  });

  it('asks for an explicit id on a section heading, suggesting one', () => {
    expect(problemsOf('heading-without-id')).toEqual([
      'broken/heading-without-id.mdx:5: heading "Why await matters" needs an explicit id, so renaming it never breaks a link: write it as "Why await matters {#why-await-matters}"',
    ]);
  });

  it('names a diagram that has no drawing of its current text, and the command that draws it', () => {
    expect(problemsOf('undrawn-diagram')).toEqual([
      expect.stringMatching(/^broken\/undrawn-diagram\.mdx:3: this diagram has no drawing of its current text \(no entry [0-9a-f]{12} in src\/diagram-drawings\.json\): run "npm run diagrams:render" and commit what it writes$/),
    ]);
  });

  it('asks for a text alternative when a diagram has none', () => {
    expect(problemsOf('mute-diagram')).toEqual([
      'broken/mute-diagram.mdx:3: a diagram needs a text alternative: add "accDescr: ..." (read by screen readers and shown without JavaScript)',
    ]);
  });

  it('accepts a diagram that parses', async () => {
    expect(await mermaidProblems(lintPages(site, snippetsDir, ['docs']).mermaid)).toEqual([]);
  });

  it('stops the build at the first broken include', async () => {
    const value = '# Page\n\n```python file=01-demo/nope.py\n```\n';
    await expect(
      compile({path: path.join(site, 'docs/x.mdx'), value}, {remarkPlugins: [[remarkSnippetInclude, {siteDir: site, snippetsDir}]]}),
    ).rejects.toThrow('docs/x.mdx:3: snippet "01-demo/nope.py" does not exist');
  });
});

describe('an exercise', () => {
  it('shows the program, the solution\'s output as its target, and the solution', async () => {
    const report = lintPages(site, snippetsDir, ['exercises/good.mdx']);
    expect(report.problems.filter((p) => !p.includes('is not shown on any page'))).toEqual([]);
    expect(report.exercises).toEqual([{page: 'exercises/good.mdx', file: '01-demo/exercise_greet.py', solution: '01-demo/exercise_greet_solution.py'}]);
    const file = path.join(site, 'exercises/good.mdx');
    const code = String(await compile({path: file, value: fs.readFileSync(file, 'utf8')}, {remarkPlugins: [[remarkSnippetInclude, {siteDir: site, snippetsDir}]]}));
    expect(code).toContain("import Exercise from '@site/src/components/Exercise'");
    expect(code).toContain('regExp: /^\\.\\/(?:exercise_greet\\.py|exercise_greet_solution\\.py|exercise_greet_solution\\.output\\.txt)$/');
    expect(code).toMatch(/file: "01-demo\/exercise_greet\.py",\s*solutionFile: "01-demo\/exercise_greet_solution\.py",\s*target: "01-demo\/exercise_greet_solution\.output\.txt"/);
  });

  it('names the page and line of an exercise without a solution', () => {
    expect(lintPages(site, snippetsDir, ['exercises/no-solution.mdx']).problems.filter((p) => !p.includes('is not shown on any page'))).toEqual([
      'exercises/no-solution.mdx:3: an exercise names its program and a solution: ```exercise file=NN-slug/name.py solution=NN-slug/name_solution.py',
    ]);
  });
});
