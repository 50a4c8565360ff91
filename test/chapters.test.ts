// What every Part I chapter (05 onwards) promises its reader, counted: the parts a chapter must
// have, enough prose, enough tested snippets with output, a diagram, a broken/fixed pair.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintPages} from '../src/remark/lintPages';
import {snippetsDirOf} from '../src/snippets/catalog';

const SITE = path.resolve(__dirname, '..');
const PART_ONE = fs
  .readdirSync(path.join(SITE, 'docs'))
  .filter((f) => /^(0[5-9]|[1-9]\d)-.*\.mdx$/.test(f))
  .map((f) => `docs/${f}`);
const includes = lintPages(SITE, snippetsDirOf(SITE), PART_ONE).includes;

/** The words a reader reads: no front matter, code, diagrams, imports or markup. */
export function proseWords(mdx: string): number {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/^:::\w*(\[[^\]]*\])?/gm, '');
  return prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}

describe.each(PART_ONE)('%s', (page) => {
  const text = fs.readFileSync(path.join(SITE, page), 'utf8');
  const mine = includes.filter((i) => i.page === page).map((i) => i.include);

  it('has what you will learn, a summary, check-yourself answers and further reading to the official docs', () => {
    const missing = [
      [/^:::info\[What you will learn\]/m, 'a ":::info[What you will learn]" box'],
      [/^## Summary \{#summary\}/m, 'a "## Summary {#summary}" section'],
      [/<details>\s*<summary>/, 'a check-yourself question with a hidden answer (<details>)'],
      [/^## Further reading \{#further-reading\}[\s\S]*https:\/\/docs\.python\.org\//m, 'further reading that links docs.python.org'],
      [/^:::note\[Python versions\]/m, 'a ":::note[Python versions]" box'],
      [/^```mermaid/m, 'a mermaid diagram'],
    ]
      .filter(([pattern]) => !(pattern as RegExp).test(text))
      .map(([, what]) => `${page} needs ${what}`);
    expect(missing).toEqual([]);
    expect(text.indexOf(':::info[What you will learn]')).toBeLessThan(text.indexOf('\n## '));
  });

  it('has at least 1,200 words of prose', () => {
    expect(proseWords(text), `${page}: prose words`).toBeGreaterThanOrEqual(1200);
  });

  it('shows at least 4 snippets with their output', () => {
    const withOutput = new Set(mine.filter((i) => i.showOutput).map((i) => i.file));
    expect([...withOutput].length, `${page}: snippets shown with output`).toBeGreaterThanOrEqual(4);
  });

  it('shows a common mistake as a broken snippet and its fixed twin, both with output, in a callout', () => {
    const callout = /^:::warning\[Common mistake\]([\s\S]*?)^:::$/m.exec(text)?.[1] ?? '';
    expect(callout, `${page} needs a ":::warning[Common mistake]" callout`).not.toBe('');
    const broken = mine.filter((i) => i.showOutput && /_broken\.py$/.test(i.file) && callout.includes(i.file));
    const fixed = broken.filter((b) => mine.some((i) => i.showOutput && i.file === b.file.replace(/_broken\.py$/, '_fixed.py') && callout.includes(i.file)));
    expect(fixed.map((b) => b.file), `${page}: a *_broken.py and its *_fixed.py, both shown with output inside the callout`).not.toEqual([]);
  });
});

describe('proseWords', () => {
  it('counts the words of the prose and nothing else', () => {
    const mdx = '---\ntitle: T\n---\nimport X from "y";\n\n## Two words {#two}\n\n```python file=a.py\n```\n\nThree more <b>words</b>.\n';
    expect(proseWords(mdx)).toBe(5);
  });
});
